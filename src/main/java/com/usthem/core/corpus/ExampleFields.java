package com.usthem.core.corpus;

import com.usthem.core.Label;

/** Checks shared by every format for the two fields every example needs. */
final class ExampleFields {

    private ExampleFields() {
    }

    /** The reason the text can't be used, or null when it can. */
    static String textProblem(String text) {
        if (text == null) {
            return "missing text";
        }
        if (text.isBlank()) {
            return "empty text";
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
