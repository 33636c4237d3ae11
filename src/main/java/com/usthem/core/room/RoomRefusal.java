package com.usthem.core.room;

/** Why the room turned a phone's request down, in words the phone shows as they are. */
final class RoomRefusal extends Exception {

    /** What went wrong, for the server to pick the HTTP status; the last three are the request's own form. */
    enum Reason {
        ROOM_CLOSED, ROOM_FULL, NAME_TOO_LONG, UNKNOWN_PARTICIPANT, TEXT_TOO_LONG, NO_WORDS, TOO_MANY_REWRITES,
        PROMPT_MOVED_ON, NOT_UP_FOR_VOTE, NOT_JSON, NOT_UNDERSTOOD, TOO_LARGE
    }

    private final Reason reason;

    RoomRefusal(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
