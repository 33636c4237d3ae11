package com.usthem.core.report;

import com.usthem.core.classify.TextScore;

/**
 * What to say when counting we- and you-words alone would give the other verdict: the one wording
 * the app, the command line and the reports share, since it is where the model earns its keep.
 */
public final class PronounNote {

    private PronounNote() {
    }

    /** "The we/you count alone says marketing; the model says sales, because ..."; null when they agree. */
    public static String of(TextScore score) {
        if (!score.disagreesWithPronounCount()) {
            return null;
        }
        return "The we/you count alone says " + score.pronouns().verdict().id() + "; the model says "
                + score.label().id() + ", because other cues outweigh the pronouns.";
    }
}
