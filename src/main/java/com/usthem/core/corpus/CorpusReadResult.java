package com.usthem.core.corpus;

import com.usthem.core.io.FileLine;
import com.usthem.core.io.FileProblem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The good examples of one or more files with the line each was read from, and a problem for
 * every line that was not good.
 */
public record CorpusReadResult(List<Example> examples, List<FileLine> origins, List<FileProblem> problems) {

    public CorpusReadResult {
        examples = List.copyOf(examples);
        origins = List.copyOf(origins);
        problems = List.copyOf(problems);
        if (origins.size() != examples.size()) {
            throw new IllegalArgumentException("one origin per example");
        }
    }

    /** Examples made in memory, not read from a file. */
    public CorpusReadResult(List<Example> examples, List<FileProblem> problems) {
        this(examples, Collections.nCopies(examples.size(), FileLine.NONE), problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    public CorpusReadResult plus(CorpusReadResult other) {
        List<Example> allExamples = new ArrayList<>(examples);
        allExamples.addAll(other.examples);
        List<FileLine> allOrigins = new ArrayList<>(origins);
        allOrigins.addAll(other.origins);
        List<FileProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        return new CorpusReadResult(allExamples, allOrigins, allProblems);
    }

    /** This result when it has no problem; otherwise throws with them, as {@link #examplesOrThrow} does. */
    public CorpusReadResult checked() throws CorpusException {
        examplesOrThrow();
        return this;
    }

    /** Throws with every problem listed when there is any; for callers that must not go on with bad data. */
    public List<Example> examplesOrThrow() throws CorpusException {
        if (!clean()) {
            throw new CorpusException(problems);
        }
        return examples;
    }
}
