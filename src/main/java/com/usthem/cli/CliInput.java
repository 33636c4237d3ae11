package com.usthem.cli;

import com.usthem.core.io.TextFiles;
import com.usthem.core.io.UnreadableFileException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Reads command input from a file or, for "-" or no file, from standard input. */
final class CliInput {

    static final String STDIN_NAME = "<stdin>";

    private CliInput() {
    }

    static String read(Path file, InputStream stdin) throws UnreadableFileException, IOException {
        if (file == null || file.toString().equals("-")) {
            return TextFiles.decode(STDIN_NAME, stdin.readAllBytes());
        }
        return TextFiles.read(file);
    }

    /** Reads a draft to score, refusing one with no text. */
    static String readDraft(Path file, InputStream stdin) throws UnreadableFileException, IOException {
        String text = read(file, stdin);
        if (text.isBlank()) {
            throw new UserInputException(name(file) + ": empty text: nothing to score");
        }
        return text;
    }

    static String name(Path file) {
        return file == null || file.toString().equals("-") ? STDIN_NAME : file.toString();
    }
}
