package com.usthem.core.corpus;

import com.usthem.core.io.AtomicFiles;
import com.usthem.core.io.FileProblem;
import com.usthem.core.io.TextFiles;
import com.usthem.core.io.UnreadableFileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads and writes corpus files on disk; every write is atomic. */
public final class CorpusFiles {

    /** The held-out test split inside a training-data folder: never read as training data. */
    public static final String TEST_FILE = "test.jsonl";

    private CorpusFiles() {
    }

    public static CorpusReadResult read(Path file, CorpusFormat format, String defaultSource) {
        try {
            return format.codec().parse(file.toString(), TextFiles.read(file), defaultSource);
        } catch (UnreadableFileException e) {
            return new CorpusReadResult(List.of(), List.of(FileProblem.of(e)));
        }
    }

    public static CorpusReadResult read(Path file) {
        CorpusFormat format;
        try {
            format = CorpusFormat.fromFileName(file);
        } catch (IllegalArgumentException e) {
            return new CorpusReadResult(List.of(), List.of(new FileProblem(file.toString(), 0, e.getMessage())));
        }
        return read(file, format, "import");
    }

    /**
     * Reads files to import, each in {@code format}, or in the format its name says when
     * {@code format} is null; a file whose format can't be told is one more problem.
     */
    public static CorpusReadResult readAll(List<Path> files, CorpusFormat format) {
        CorpusReadResult all = new CorpusReadResult(List.of(), List.of());
        for (Path file : files) {
            try {
                all = all.plus(read(file, format != null ? format : CorpusFormat.fromFileName(file), "import"));
            } catch (IllegalArgumentException e) {
                all = all.plus(new CorpusReadResult(List.of(), List.of(new FileProblem(file.toString(), 0,
                        e.getMessage()))));
            }
        }
        return all;
    }

    /**
     * Reads training examples from a JSONL file, or from every {@code *.jsonl} file in a folder
     * except the held-out {@value #TEST_FILE}.
     */
    public static CorpusReadResult readTraining(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) {
            return read(fileOrFolder, CorpusFormat.JSONL, "corpus");
        }
        CorpusReadResult all = new CorpusReadResult(List.of(), List.of());
        for (Path file : trainingFiles(fileOrFolder)) {
            all = all.plus(read(file, CorpusFormat.JSONL, "corpus"));
        }
        if (all.examples().isEmpty() && all.clean()) {
            return new CorpusReadResult(List.of(), List.of(
                    new FileProblem(fileOrFolder.toString(), 0, "no *.jsonl training files in this folder")));
        }
        return all;
    }

    public static List<Path> trainingFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                    .filter(f -> !f.getFileName().toString().equals(TEST_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public static void write(Path file, CorpusFormat format, List<Example> examples) throws IOException {
        AtomicFiles.write(file, out -> format.codec().write(examples, out));
    }

    public static void writeJsonl(Path file, List<Example> examples) throws IOException {
        write(file, CorpusFormat.JSONL, examples);
    }
}
