package com.usthem.core.corpus;

import java.util.List;
import java.util.stream.Collectors;

/** Corpus input that was refused; the message lists each problem as {@code FILE:LINE: reason}. */
public class CorpusException extends Exception {

    private final List<CorpusProblem> problems;

    public CorpusException(List<CorpusProblem> problems) {
        super(problems.stream().map(CorpusProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public CorpusException(String file, String reason) {
        this(List.of(new CorpusProblem(file, 0, reason)));
    }

    public List<CorpusProblem> problems() {
        return problems;
    }
}
