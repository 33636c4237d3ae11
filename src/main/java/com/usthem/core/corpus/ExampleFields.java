package com.usthem.core.corpus;

import com.usthem.core.Label;

/** Checks shared by every format, and by labeling, for the two fields every example needs. */
public final class ExampleFields {

    /** Longer than any one piece of copy: a bigger text is a document (or a mistaken paste), not an example. */
    public static final int MAX_TEXT_LENGTH = 20_000;

    private ExampleFields() {
    }

    /** The reason the text can't be used, or null when it can. */
    public static String textProblem(String text) {
        if (text == null) {
            return "missing text";
        }
        if (text.isBlank()) {
            return "empty text";
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return "text of " + text.length() + " characters; an example has at most " + MAX_TEXT_LENGTH;
        }
        return null;
    }

    static Label label(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing label (expected 'marketing' or 'sales')");
        }
        return Label.parse(value);
    }
}
