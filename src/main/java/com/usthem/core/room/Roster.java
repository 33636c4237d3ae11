package com.usthem.core.room;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people in a room: each has a secret key, known only to their phone, that every request of
 * theirs carries, and a name unique in the room. Not thread-safe: the room guards it.
 */
final class Roster {

    /** A phone that joined: the key it sends from now on, and who it is in the room. */
    record Joined(String key, Participant participant) {
    }

    /** Control and format characters (bidi overrides among them) could make a name lie about itself on screen. */
    private static final String INVISIBLE = "[\\p{Cc}\\p{Cf}]";

    private final RoomLimits limits;
    private final SecureRandom random;
    private final Map<String, Participant> byKey = new HashMap<>();
    private final Set<String> namesTaken = new HashSet<>();
    private final List<Participant> inOrder = new ArrayList<>();

    Roster(RoomLimits limits, SecureRandom random) {
        this.limits = limits;
        this.random = random;
    }

    Joined join(String requestedName) throws RoomRefusal {
        if (inOrder.size() >= limits.maxParticipants()) {
            throw new RoomRefusal(RoomRefusal.Reason.ROOM_FULL, "This room is full (" + limits.maxParticipants()
                    + " people). Ask the trainer, or share a neighbour's screen.");
        }
        String name = clean(requestedName);
        if (name.codePointCount(0, name.length()) > limits.maxNameLength()) {
            throw new RoomRefusal(RoomRefusal.Reason.NAME_TOO_LONG, "Names can be up to " + limits.maxNameLength()
                    + " characters long: try a shorter one.");
        }
        int number = inOrder.size() + 1;
        Participant participant = new Participant(number, unique(name.isEmpty() ? "Participant " + number : name));
        byte[] secret = new byte[16];
        random.nextBytes(secret);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byKey.put(key, participant);
        inOrder.add(participant);
        return new Joined(key, participant);
    }

    Participant byKey(String key) throws RoomRefusal {
        Participant participant = key == null ? null : byKey.get(key);
        if (participant == null) {
            throw new RoomRefusal(RoomRefusal.Reason.UNKNOWN_PARTICIPANT,
                    "This phone is not in the room (the trainer may have opened a new one): join again.");
        }
        return participant;
    }

    List<Participant> all() {
        return List.copyOf(inOrder);
    }

    private static String clean(String name) {
        return name == null ? "" : name.replaceAll(INVISIBLE, " ").replaceAll("\\s+", " ").strip();
    }

    /** "Sam", then "Sam (2)": the tally and the export tell people apart by name. */
    private String unique(String name) {
        String candidate = name;
        for (int n = 2; !namesTaken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}
