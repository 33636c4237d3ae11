package com.usthem.core.workspace;

/** How sure a model is of a verdict: how far P(sales) is from an even 0.5. */
public final class Certainty {

    /** Below this margin (P(sales) between 0.35 and 0.65) a verdict counts as low confidence. */
    public static final double LOW_MARGIN = 0.15;

    private Certainty() {
    }

    /** |P(sales) − 0.5|: 0 for a coin toss, 0.5 for a certain verdict. */
    public static double margin(double sales) {
        return Math.abs(sales - 0.5);
    }

    public static boolean isLow(double sales) {
        return margin(sales) < LOW_MARGIN;
    }
}
