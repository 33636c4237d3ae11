package com.usthem.core.features;

/** Evidence in a text: a span of characters [start, end) and what kind of cue it is. */
public record Cue(CueKind kind, int start, int end) {

    public Cue shift(int offset) {
        return new Cue(kind, start + offset, end + offset);
    }
}
