package com.usthem.core.room;

import com.usthem.core.workshop.Rewrite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rewrites the phones have sent, by their number in the room, and those being scored (each
 * holds a place in its sender's allowance meanwhile). Not thread-safe: the room guards it.
 */
final class SentRewrites {

    /** A sending being scored: who, for which prompt, under which key of the phone's. */
    record Reservation(Participant participant, int promptIndex, String clientKey) {
    }

    private final Map<Integer, SentRewrite> byId = new LinkedHashMap<>();
    private final List<Reservation> scoring = new ArrayList<>();
    private int lastId;

    Reservation reserve(Participant participant, int promptIndex, String clientKey) {
        Reservation reservation = new Reservation(participant, promptIndex, clientKey);
        scoring.add(reservation);
        return reservation;
    }

    void release(Reservation reservation) {
        scoring.remove(reservation);
    }

    /** Numbers the scored rewrite and keeps it, in place of its reservation. */
    SentRewrite add(Reservation reservation, Rewrite rewrite) {
        release(reservation);
        SentRewrite entry = new SentRewrite(++lastId, reservation.participant(), reservation.clientKey(), rewrite);
        byId.put(entry.id, entry);
        return entry;
    }

    /** Whether a sending of the participant's under this key is being scored now. */
    boolean scoring(Participant participant, String clientKey) {
        return clientKey != null && scoring.stream()
                .anyMatch(r -> r.participant().equals(participant) && clientKey.equals(r.clientKey()));
    }

    /** The rewrite the participant sent under this key before, if any. */
    Optional<SentRewrite> earlier(Participant participant, String clientKey) {
        return clientKey == null ? Optional.empty() : byId.values().stream()
                .filter(s -> s.participant.equals(participant) && clientKey.equals(s.clientKey)).findFirst();
    }

    /** How many rewrites of the prompt the participant has sent or is sending. */
    int countFor(Participant participant, int promptIndex) {
        return (int) (byId.values().stream().filter(s -> s.participant.equals(participant)
                && s.promptIndex() == promptIndex).count() + scoring.stream()
                .filter(r -> r.participant().equals(participant) && r.promptIndex() == promptIndex).count());
    }

    SentRewrite find(int id) {
        SentRewrite found = byId.get(id);
        if (found == null) {
            throw new IllegalArgumentException("no rewrite " + id + " in this room");
        }
        return found;
    }

    /** Takes a rewrite out; null when it is not here. */
    SentRewrite remove(int id) {
        return byId.remove(id);
    }

    List<Submission> snapshots() {
        return byId.values().stream().map(SentRewrite::snapshot).toList();
    }
}
