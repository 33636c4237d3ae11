package com.usthem.core.workspace;

import com.usthem.core.corpus.CorpusException;

import java.io.IOException;
import java.util.Optional;

/**
 * A queue answered one item at a time with the keys of the labeling queue: the labeling queue and
 * the conflicts queue. Each answer is a label (or a settlement) saved at once, or a skip; back one
 * takes back the latest answer.
 */
public interface AnswerQueue {

    /** The item to answer now; empty when every item has been answered. */
    Optional<?> current();

    /** Moves on without an answer. */
    void skip();

    /** Steps back to the previous item and takes back its label, if it got one. False when at the start. */
    boolean undo() throws IOException, CorpusException;
}
