package com.usthem.core.corpus;

import com.usthem.core.io.FileProblem;
import java.util.List;
import java.util.stream.Collectors;

/** Corpus input that was refused; the message lists each problem as {@code FILE:LINE: reason}. */
public class CorpusException extends Exception {

    private final List<FileProblem> problems;

    public CorpusException(List<FileProblem> problems) {
        super(problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public CorpusException(String file, String reason) {
        this(List.of(new FileProblem(file, 0, reason)));
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
