package com.usthem.core.room;

import com.usthem.core.workshop.VoteSplit;

/**
 * What every phone in the room is shown, sent to each as JSON whenever the trainer changes it: the
 * room's code, the prompt up now and the rewrite up for the vote — its author, the model's verdict
 * and the phones' votes only once revealed, so nobody votes with the answer in sight. Nothing else
 * of the workshop, the workspace or the model leaves the laptop.
 */
record PhoneView(String room, Prompt prompt, Vote vote) {

    /** The prompt: its place in the deck, its text and the kind of copy to rewrite it as. */
    record Prompt(int number, int count, String text, String target) {
    }

    /** The rewrite up for the vote; the fields after {@code revealed} are null until it is. */
    record Vote(int submission, String text, boolean revealed, String author, String verdict, Long salesPercent,
                VoteSplit votes) {
    }
}
