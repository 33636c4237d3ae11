package com.usthem.core.features;

import java.util.Comparator;

/** Evidence in a text: a span of characters [start, end) and what kind of cue it is. */
public record Cue(CueKind kind, int start, int end) {

    /** As a reader meets them: by where they start, the shorter first. */
    public static final Comparator<Cue> TEXT_ORDER = Comparator.comparingInt(Cue::start).thenComparingInt(Cue::end);

    public Cue shift(int offset) {
        return new Cue(kind, start + offset, end + offset);
    }
}
