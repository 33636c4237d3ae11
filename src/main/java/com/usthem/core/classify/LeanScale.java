package com.usthem.core.classify;

import com.usthem.core.Label;

/**
 * One distinction's lean (log-odds toward sales) in words and as the length of a bar, the same in
 * the app, the compare window and the HTML report: log-odds mean nothing to a writer. The words
 * change where a verdict's would: a lean "clearly" toward sales would, alone, make a verdict of
 * 65% sales, "strongly" one of 85%.
 */
public final class LeanScale {

    /** Below this a distinction's features cancel out or hardly count: it has no lean. */
    static final double NONE = 0.1;
    static final double CLEAR = Math.log(0.65 / 0.35);
    static final double STRONG = Math.log(0.85 / 0.15);
    /** A lean this large fills its half of a bar: larger ones are rare, even in long drafts. */
    static final double FULL = 3.0;

    private LeanScale() {
    }

    /** Whether the lean is large enough to be worth a word. */
    public static boolean leans(double logOdds) {
        return Math.abs(logOdds) >= NONE;
    }

    /** "no lean", "leans sales", "clearly marketing", "strongly sales". */
    public static String words(double logOdds) {
        double size = Math.abs(logOdds);
        if (!leans(logOdds)) {
            return "no lean";
        }
        String side = (logOdds > 0 ? Label.SALES : Label.MARKETING).id();
        return (size >= STRONG ? "strongly " : size >= CLEAR ? "clearly " : "leans ") + side;
    }

    /** How much of its half of a bar (marketing to the left, sales to the right) the lean fills, 0..1. */
    public static double fraction(double logOdds) {
        return Math.min(1, Math.abs(logOdds) / FULL);
    }
}
