package com.usthem.core.compare;

import com.usthem.core.Distinction;

import java.util.Locale;

/**
 * How a rewrite moved on one of the six distinctions: the distinction's lean (log-odds toward
 * sales) before and after.
 */
public record DistinctionChange(Distinction distinction, double before, double after) {

    /** The move, positive toward sales. */
    public double change() {
        return after - before;
    }

    /** "The journey vs. the last mile: +1.8 toward sales". */
    public String describe() {
        return String.format(Locale.ROOT, "%s: +%.1f toward %s", distinction.title(), Math.abs(change()),
                change() >= 0 ? "sales" : "marketing");
    }
}
