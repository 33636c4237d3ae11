package com.usthem.core.workshop;

import com.usthem.core.Label;
import com.usthem.core.classify.TextScore;

/**
 * One participant's rewrite of a prompt: who wrote it (may be empty), the room's vote when the
 * room voted before the reveal (else null), how the room's phones voted ({@link VoteSplit#NONE} when
 * the vote was the trainer's key press), and the model's verdict.
 */
public record Rewrite(DeckPrompt prompt, double promptSales, int number, String author, String text,
                      Label roomVote, VoteSplit votes, TextScore score) {

    public Rewrite {
        author = author == null ? "" : author.strip();
        if (votes == null) {
            throw new IllegalArgumentException("no vote split: VoteSplit.NONE when the phones did not vote");
        }
    }

    /**
     * What stays the same when the phones' votes are recorded with a rewrite (which makes a new
     * record of it): the prompt it answers, its number there and its words.
     */
    public record Key(int prompt, int number, String text) {
    }

    public Key key() {
        return new Key(prompt.number(), number, text);
    }

    /** The same rewrite with the phones' votes; the room's vote is then their majority (none on a tie). */
    public Rewrite withVotes(VoteSplit split) {
        return new Rewrite(prompt, promptSales, number, author, text, split.majority(), split, score);
    }

    /** The model's verdict. */
    public Label label() {
        return score.label();
    }

    public double sales() {
        return score.sales();
    }

    /** How far the rewrite moved the sales probability from the prompt's: -1..1, positive toward sales. */
    public double change() {
        return score.sales() - promptSales;
    }

    /** The change measured in the direction the prompt asked for: positive means the rewrite went the right way. */
    public double changeTowardTarget() {
        return prompt.direction() == Direction.TO_SALES ? change() : -change();
    }

    /** Whether the model reads the rewrite as the kind of copy the prompt asked for. */
    public boolean reachesTarget() {
        return label() == prompt.direction().target();
    }

    public boolean voted() {
        return roomVote != null;
    }

    /** Whether the room voted and its vote matches the model's verdict. */
    public boolean roomAgrees() {
        return roomVote == label();
    }
}
