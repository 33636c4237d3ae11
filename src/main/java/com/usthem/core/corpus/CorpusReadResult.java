package com.usthem.core.corpus;

import com.usthem.core.io.FileProblem;
import java.util.ArrayList;
import java.util.List;

/** The good examples of one or more files, and a problem for every line that was not good. */
public record CorpusReadResult(List<Example> examples, List<FileProblem> problems) {

    public CorpusReadResult {
        examples = List.copyOf(examples);
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    public CorpusReadResult plus(CorpusReadResult other) {
        List<Example> allExamples = new ArrayList<>(examples);
        allExamples.addAll(other.examples);
        List<FileProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        return new CorpusReadResult(allExamples, allProblems);
    }

    /** Throws with every problem listed when there is any; for callers that must not go on with bad data. */
    public List<Example> examplesOrThrow() throws CorpusException {
        if (!clean()) {
            throw new CorpusException(problems);
        }
        return examples;
    }
}
