package com.usthem.core.compare;

import com.usthem.core.classify.SentenceScore;

/**
 * A sentence of the comparison: kept in both drafts (as scored in the second), added in the
 * second, or removed from the first.
 */
public record SentenceChange(Kind kind, SentenceScore sentence) {

    public enum Kind {
        KEPT,
        ADDED,
        REMOVED
    }
}
