package com.usthem.core.workshop;

import com.usthem.core.Label;

import java.util.Locale;

/** Which way a workshop prompt is to be rewritten. Written {@code to-sales} / {@code to-marketing} in decks. */
public enum Direction {
    TO_SALES("to-sales", Label.SALES),
    TO_MARKETING("to-marketing", Label.MARKETING);

    private final String id;
    private final Label target;

    Direction(String id, Label target) {
        this.id = id;
        this.target = target;
    }

    public String id() {
        return id;
    }

    /** The kind of copy the rewrite should become. */
    public Label target() {
        return target;
    }

    /** "marketing → sales". */
    public String describe() {
        return target.other().id() + " \u2192 " + target.id();
    }

    public static Direction parse(String text) {
        String cleaned = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Direction direction : values()) {
            if (direction.id.equals(cleaned)) {
                return direction;
            }
        }
        throw new IllegalArgumentException("unknown direction '" + text + "' (expected 'to-sales' or 'to-marketing')");
    }

    @Override
    public String toString() {
        return id;
    }
}
