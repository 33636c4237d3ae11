package com.usthem.core.compare;

import com.usthem.core.features.CueKind;

/** How often a cue word (lowercased, e.g. "you" or "sign") appears in each draft. */
public record CueWordChange(CueKind kind, String word, int before, int after) {

    /** Positive when the second draft uses it more often. */
    public int change() {
        return after - before;
    }

    /** "'your' ×3 (you/your words)": the word, how many more or fewer times when more than once, and its kind. */
    public String describe() {
        int times = Math.abs(change());
        return "'" + word + "'" + (times > 1 ? " \u00d7" + times : "") + " (" + kind.description() + ")";
    }
}
