package com.usthem.core.room;

/**
 * What the trainer's screen hears from the phones. The room calls these on its server's threads,
 * in the order things happened, while it holds its lock: hand the work to your own thread (a UI's
 * event thread) and return at once.
 */
public interface RoomListener {

    default void joined(Participant participant) {
    }

    /** A rewrite arrived, already scored. */
    default void submitted(Submission submission) {
    }

    /** A phone voted on the rewrite up for the vote; the submission carries the counts so far. */
    default void voted(Submission submission) {
    }
}
