package com.usthem.core.batch;

import com.usthem.core.io.FileProblem;

import java.nio.file.Path;
import java.util.List;

/**
 * What a batch run did: how many files it opened (readable or not), every result in input order, the problems (unreadable
 * files, bad rows, drafts with nothing to score), the folder files it skipped as not drafts, and
 * whether the user cancelled it (then {@code results} holds what was scored before).
 */
public record BatchSummary(int files, List<BatchResult> results, List<FileProblem> problems, List<Path> skipped,
                           boolean cancelled) {

    public BatchSummary {
        results = List.copyOf(results);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }
}
