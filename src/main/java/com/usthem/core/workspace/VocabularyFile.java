package com.usthem.core.workspace;

import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.io.AtomicFiles;
import com.usthem.core.io.TextFiles;
import com.usthem.core.io.UnreadableFileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workspace's company vocabulary on disk: one name a line, so people can also keep it in a
 * text editor; blank lines and lines starting with {@code #} are ignored. No file means no names.
 */
public final class VocabularyFile {

    private static final String HEADER = "# Company, product and staff names that UsThem counts as \"we\" words.\n"
            + "# One a line. Used by the next model you train.\n";

    private VocabularyFile() {
    }

    public static CompanyVocabulary read(Path file) throws UnreadableFileException {
        if (!Files.exists(file)) {
            return CompanyVocabulary.EMPTY;
        }
        return new CompanyVocabulary(TextFiles.read(file).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList());
    }

    public static void write(Path file, CompanyVocabulary vocabulary) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (String name : vocabulary.names()) {
            if (name.startsWith("#")) {
                throw new IllegalArgumentException("a name cannot start with '#': " + name);
            }
            text.append(name.replaceAll("\\s+", " ")).append('\n');
        }
        AtomicFiles.writeString(file, text.toString());
    }
}
