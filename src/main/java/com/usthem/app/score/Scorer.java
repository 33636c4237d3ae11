package com.usthem.app.score;

/** Scores a text; may be slow, so it is only ever called off the FX thread. */
@FunctionalInterface
public interface Scorer {

    /** Throws IllegalArgumentException when the text has nothing to score. */
    ScoredText score(String text);
}
