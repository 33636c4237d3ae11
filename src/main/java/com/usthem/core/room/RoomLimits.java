package com.usthem.core.room;

/**
 * What one room accepts, so that a phone in the room (or anything else on the network) cannot
 * flood the trainer's laptop: the length of a rewrite and of a name, rewrites per participant per
 * prompt, requests per second from one address (with a burst for a page loading), and people.
 */
public record RoomLimits(int maxTextLength, int maxNameLength, int rewritesPerPrompt, int requestsPerSecond,
                         int requestBurst, int maxParticipants) {

    /** Rooms of 5 to 200 people, as the workshop is meant for, with room to spare. */
    public static final RoomLimits DEFAULT = new RoomLimits(1_000, 40, 3, 10, 30, 250);

    public RoomLimits {
        if (maxTextLength < 1 || maxNameLength < 1 || rewritesPerPrompt < 1 || requestsPerSecond < 1
                || requestBurst < 1 || maxParticipants < 1) {
            throw new IllegalArgumentException("every room limit must be at least 1: " + this);
        }
    }
}
