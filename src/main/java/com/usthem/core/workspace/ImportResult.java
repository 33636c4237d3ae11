package com.usthem.core.workspace;

import com.usthem.core.corpus.Example;
import com.usthem.core.io.FileProblem;

import java.util.List;

/**
 * What an import added, how many rows were already in the corpus, the rows that were bad, and
 * what to tell about texts the files repeat (used once) or label differently (left out).
 */
public record ImportResult(List<Example> added, int duplicates, List<FileProblem> problems, List<String> notes) {

    public ImportResult {
        added = List.copyOf(added);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }
}
