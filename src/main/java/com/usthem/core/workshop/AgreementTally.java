package com.usthem.core.workshop;

import java.util.Collection;
import java.util.Locale;

/** How often the room's vote matched the model's verdict, over the rewrites the room voted on. */
public record AgreementTally(int votes, int agreements) {

    public static AgreementTally of(Collection<Rewrite> rewrites) {
        int votes = 0;
        int agreements = 0;
        for (Rewrite rewrite : rewrites) {
            if (rewrite.voted()) {
                votes++;
                if (rewrite.roomAgrees()) {
                    agreements++;
                }
            }
        }
        return new AgreementTally(votes, agreements);
    }

    public int disagreements() {
        return votes - agreements;
    }

    /** Share of votes that matched, 0..100; 0 before any vote. */
    public double percent() {
        return votes == 0 ? 0 : 100.0 * agreements / votes;
    }

    /** "Room and model agreed on 5 of 7 votes (71%)". */
    public String describe() {
        return votes == 0 ? "No room votes yet"
                : String.format(Locale.ROOT, "Room and model agreed on %d of %d vote%s (%.0f%%)", agreements, votes,
                        votes == 1 ? "" : "s", percent());
    }
}
