package com.usthem.core;

import java.util.Locale;

/** The two kinds of copy UsThem tells apart. Written lowercase in files and output. */
public enum Label {
    MARKETING,
    SALES;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Label other() {
        return this == MARKETING ? SALES : MARKETING;
    }

    /** Parses a label as written in files; case-insensitive, surrounding space ignored. */
    public static Label parse(String text) {
        if (text != null) {
            String cleaned = text.strip().toLowerCase(Locale.ROOT);
            for (Label label : values()) {
                if (label.id().equals(cleaned)) {
                    return label;
                }
            }
        }
        throw new IllegalArgumentException(
                "unknown label '" + text + "' (expected 'marketing' or 'sales')");
    }

    @Override
    public String toString() {
        return id();
    }
}
