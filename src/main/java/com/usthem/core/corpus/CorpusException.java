package com.usthem.core.corpus;

import com.usthem.core.io.FileProblem;
import com.usthem.core.io.ListedFirst;
import java.util.List;

/**
 * Corpus input that was refused; the message lists each problem as {@code FILE:LINE: reason} (the
 * first {@value ListedFirst#SHOWN} of a long list, and how many more).
 */
public class CorpusException extends Exception {

    private final List<FileProblem> problems;

    public CorpusException(List<FileProblem> problems) {
        super(String.join("\n", ListedFirst.of(problems.stream().map(FileProblem::toString).toList())));
        this.problems = List.copyOf(problems);
    }

    public CorpusException(String file, String reason) {
        this(List.of(new FileProblem(file, 0, reason)));
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
