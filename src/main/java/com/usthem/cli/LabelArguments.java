package com.usthem.cli;

import com.usthem.core.Label;
import com.usthem.core.io.UnreadableFileException;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.List;

/** {@code marketing|sales TEXT...} of the commands that give a label; {@code -} reads the copy from standard input. */
public class LabelArguments {

    @Parameters(index = "0", paramLabel = "marketing|sales", description = "The label.")
    String label;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The copy (or - for stdin).")
    List<String> words;

    Label label() {
        return Label.parse(label);
    }

    String text() throws IOException, UnreadableFileException {
        return words.equals(List.of("-")) ? CliInput.read(null, System.in) : String.join(" ", words);
    }

    /** Whether the copy was given as one word, which may be an id rather than copy. */
    boolean oneWord() {
        return words.size() == 1;
    }
}
