package com.usthem.core.workspace;

import java.io.Closeable;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus packed into the application ({@code training-data/} at the root of the classpath),
 * listed whether the application runs from a folder of classes or from a jar. Resources cannot be
 * listed by name, so the classpath root is found from the one resource whose name is fixed, the
 * shipped model, and the corpus folder is read beside it.
 */
public final class ShippedData implements Closeable {

    static final String ANCHOR = "models/usthem.bin";
    static final String CORPUS_FOLDER = "training-data";

    private final Path root;
    private final FileSystem jar;

    private ShippedData(Path root, FileSystem jar) {
        this.root = root;
        this.jar = jar;
    }

    public static ShippedData open() throws IOException {
        return open(ShippedData.class.getClassLoader());
    }

    static ShippedData open(ClassLoader loader) throws IOException {
        URL anchor = loader.getResource(ANCHOR);
        if (anchor == null) {
            throw new IOException("the shipped model " + ANCHOR + " is missing from the application");
        }
        try {
            switch (anchor.getProtocol()) {
                case "file" -> {
                    return new ShippedData(Path.of(anchor.toURI()).getParent().getParent(), null);
                }
                case "jar" -> {
                    URL jarFile = ((JarURLConnection) anchor.openConnection()).getJarFileURL();
                    FileSystem fs = FileSystems.newFileSystem(Path.of(jarFile.toURI()));
                    return new ShippedData(fs.getPath("/"), fs);
                }
                default -> throw new IOException("cannot list the shipped corpus from " + anchor);
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot list the shipped corpus from " + anchor + " (" + e.getMessage() + ")", e);
        }
    }

    /** Every {@code *.jsonl} of the shipped corpus, the held-out test split included, sorted by name. */
    public List<Path> corpusFiles() throws IOException {
        Path folder = root.resolve(CORPUS_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
    }

    @Override
    public void close() throws IOException {
        if (jar != null) {
            jar.close();
        }
    }
}
