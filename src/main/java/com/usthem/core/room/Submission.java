package com.usthem.core.room;

import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workshop.VoteSplit;

/**
 * A rewrite a participant sent from their phone, as the trainer sees it: its number in the room,
 * who sent it, the rewrite with the model's verdict (also in the workshop session), how the phones
 * have voted on it so far, and whether its verdict has been revealed to the room.
 */
public record Submission(int id, Participant participant, Rewrite rewrite, VoteSplit votes, boolean revealed) {

    /** The prompt it answers, from 0 as the session counts prompts. */
    public int promptIndex() {
        return rewrite.prompt().number() - 1;
    }
}
