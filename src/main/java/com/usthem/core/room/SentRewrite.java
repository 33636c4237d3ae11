package com.usthem.core.room;

import com.usthem.core.Label;
import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workshop.VoteSplit;

import java.util.HashMap;
import java.util.Map;

/** A submission as the room keeps it while it changes: the phones' votes by participant. Guarded by the room. */
final class SentRewrite {

    final int id;
    final Participant participant;
    final String clientKey;
    Rewrite rewrite;
    boolean revealed;
    /** One vote per participant number; voting again changes it. */
    private final Map<Integer, Label> votes = new HashMap<>();

    SentRewrite(int id, Participant participant, String clientKey, Rewrite rewrite) {
        this.id = id;
        this.participant = participant;
        this.clientKey = clientKey;
        this.rewrite = rewrite;
    }

    int promptIndex() {
        return rewrite.prompt().number() - 1;
    }

    void vote(Participant voter, Label side) {
        votes.put(voter.number(), side);
    }

    VoteSplit split() {
        int sales = (int) votes.values().stream().filter(side -> side == Label.SALES).count();
        return new VoteSplit(votes.size() - sales, sales);
    }

    Submission snapshot() {
        return new Submission(id, participant, rewrite, split(), revealed);
    }
}
