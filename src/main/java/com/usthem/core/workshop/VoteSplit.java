package com.usthem.core.workshop;

import com.usthem.core.Label;

import java.util.Locale;

/** How many people in the room voted marketing and sales on a rewrite, from their own phones. */
public record VoteSplit(int marketing, int sales) {

    /** No phone votes: the rewrite was typed on the trainer's laptop, or nobody voted on it. */
    public static final VoteSplit NONE = new VoteSplit(0, 0);

    public VoteSplit {
        if (marketing < 0 || sales < 0) {
            throw new IllegalArgumentException("negative vote count: " + marketing + " marketing, " + sales + " sales");
        }
    }

    public int total() {
        return marketing + sales;
    }

    public int count(Label side) {
        return side == Label.SALES ? sales : marketing;
    }

    /** The side more people voted for; null when nobody voted or the room split evenly, so there is no room vote. */
    public Label majority() {
        return marketing == sales ? null : marketing > sales ? Label.MARKETING : Label.SALES;
    }

    /** "12 sales, 5 marketing", the larger side first; "no votes" before any. */
    public String describe() {
        if (total() == 0) {
            return "no votes";
        }
        Label first = sales >= marketing ? Label.SALES : Label.MARKETING;
        return String.format(Locale.ROOT, "%d %s, %d %s", count(first), first.id(), count(first.other()),
                first.other().id());
    }
}
