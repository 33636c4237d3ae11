package com.usthem.core.batch;

import com.usthem.core.io.FileProblem;

import java.util.List;

/** The drafts read from one file, and a problem for each part of it that could not be read. */
public record DraftFile(List<Draft> drafts, List<FileProblem> problems) {

    public DraftFile {
        drafts = List.copyOf(drafts);
        problems = List.copyOf(problems);
    }

    static DraftFile unreadable(FileProblem problem) {
        return new DraftFile(List.of(), List.of(problem));
    }
}
