package com.usthem.app.score;

import com.usthem.core.Label;

import java.util.Locale;

/**
 * Which way a probability of sales leans, and how strongly, in words and as a style class: the one
 * scale the gauge, the sentence shading and the hover text share.
 */
public record Lean(Label side, int strength) {

    /** Strength 3 from this confidence on, 2 from {@link #CLEAR}, 1 below. */
    static final double STRONG = 0.85;
    static final double CLEAR = 0.65;

    public static Lean of(double salesProbability) {
        Label side = salesProbability > 0.5 ? Label.SALES : Label.MARKETING;
        double confidence = Math.max(salesProbability, 1 - salesProbability);
        return new Lean(side, confidence >= STRONG ? 3 : confidence >= CLEAR ? 2 : 1);
    }

    /** "strongly sales", "clearly sales", "leans sales". */
    public String words() {
        return switch (strength) {
            case 3 -> "strongly " + side.id();
            case 2 -> "clearly " + side.id();
            default -> "leans " + side.id();
        };
    }

    public String capitalizedWords() {
        return capitalize(words());
    }

    public static String capitalize(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** "shade-sales-3": the CSS class that tints a sentence leaning this way. */
    public String styleClass() {
        return "shade-" + side.id() + "-" + strength;
    }
}
