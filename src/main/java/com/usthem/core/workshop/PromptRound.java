package com.usthem.core.workshop;

import com.usthem.core.classify.TextScore;

import java.util.List;

/** A prompt of the deck as played so far: its own score and the rewrites typed for it, in order. */
public record PromptRound(DeckPrompt prompt, TextScore promptScore, List<Rewrite> rewrites) {

    public PromptRound {
        rewrites = List.copyOf(rewrites);
    }

    public AgreementTally agreement() {
        return AgreementTally.of(rewrites);
    }

    /** The rewrite that moved furthest the way the prompt asked, or null before any rewrite. */
    public Rewrite best() {
        Rewrite best = null;
        for (Rewrite rewrite : rewrites) {
            if (best == null || rewrite.changeTowardTarget() > best.changeTowardTarget()) {
                best = rewrite;
            }
        }
        return best;
    }
}
