package com.usthem.core.compare;

import com.usthem.core.Distinction;
import com.usthem.core.classify.DistinctionProfile;
import com.usthem.core.classify.Explainer;
import com.usthem.core.classify.TextScore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a rewrite moved on one of the six distinctions: the distinction's lean (log-odds toward
 * sales) before and after.
 */
public record DistinctionChange(Distinction distinction, double before, double after) {

    /** How each of the six distinctions moved from one text to another, in the article's order. */
    public static List<DistinctionChange> between(Explainer explainer, TextScore before, TextScore after) {
        DistinctionProfile from = DistinctionProfile.of(explainer.contributions(before.features()), null);
        DistinctionProfile to = DistinctionProfile.of(explainer.contributions(after.features()), null);
        List<DistinctionChange> changes = new ArrayList<>();
        for (Distinction distinction : Distinction.values()) {
            changes.add(new DistinctionChange(distinction, from.lean(distinction).logOdds(),
                    to.lean(distinction).logOdds()));
        }
        return changes;
    }

    /** The change that moved furthest either way, if any moved at all. */
    public static Optional<DistinctionChange> largest(List<DistinctionChange> changes) {
        return changes.stream().filter(d -> d.change() != 0).max(Comparator.comparingDouble(d -> Math.abs(d.change())));
    }

    /** The move, positive toward sales. */
    public double change() {
        return after - before;
    }

    /** "Moved most on the journey vs. the last mile: +1.8 toward sales.", for the change that moved most. */
    public String movedMost() {
        String change = describe();
        return "Moved most on " + Character.toLowerCase(change.charAt(0)) + change.substring(1) + ".";
    }

    /** "The journey vs. the last mile: +1.8 toward sales". */
    public String describe() {
        return String.format(Locale.ROOT, "%s: +%.1f toward %s", distinction.title(), Math.abs(change()),
                change() >= 0 ? "sales" : "marketing");
    }
}
