package com.usthem.core.batch;

import com.usthem.core.io.FileProblem;

/**
 * Hears a batch run as it goes, to fill a table while files are scored. Calls come from the
 * scoring threads but never two at a time, so an implementation needs no locking of its own
 * (a JavaFX view still hands them to its own thread).
 */
public interface BatchListener {

    BatchListener NONE = new BatchListener() {
    };

    /** A draft was scored. */
    default void scored(BatchResult result) {
    }

    /** A file, or a row of one, could not be read or scored; the run goes on. */
    default void problem(FileProblem problem) {
    }

    /** {@code done} of {@code total} drafts are scored (total is known once every file is read). */
    default void progress(int done, int total) {
    }
}
