package com.usthem.core.room;

import com.usthem.core.Label;
import com.usthem.core.workshop.DeckPrompt;
import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workshop.WorkshopSession;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * A workshop room: the participants of a {@link WorkshopSession} rewrite and vote from their own
 * phones. Opening it starts a small web server on the address given (the laptop's address on the
 * room's network); closing it stops the server, and nothing listens any more. The trainer drives it
 * — which prompt is up, which rewrite goes up for the vote, when the verdict is revealed — and the
 * phones follow. Every rewrite sent is scored at once and added to the session, so the session's
 * round table, tallies and export hold the room's work with participants' names and votes.
 *
 * <p>Thread-safe: phones call in on the server's threads, the trainer from the app.
 */
public final class WorkshopRoom implements AutoCloseable {

    /** A rewrite accepted from a phone: its number in the room, and how many of the allowed the sender has sent for the prompt. */
    record Sent(int submission, int sentForPrompt, int allowed) {
    }

    /** The model would score "?!", but a rewrite needs a letter or a digit to be one. */
    private static final Pattern HAS_WORDS = Pattern.compile("[\\p{L}\\p{N}]");
    /**
     * Bidi embeddings, overrides and isolates: on the projector they would turn the rest of the
     * line around, the writer's name after the rewrite included. Other format characters stay
     * (the joiners inside emoji among them).
     */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private final Object lock = new Object();
    private final WorkshopSession session;
    private final RoomLimits limits;
    private final RoomKeys keys;
    private final Roster roster;
    private final RoomServer server;
    private final List<RoomListener> listeners = new CopyOnWriteArrayList<>();
    private final SentRewrites sent = new SentRewrites();
    private int promptIndex;
    private SentRewrite up;
    private boolean open = true;

    private WorkshopRoom(WorkshopSession session, RoomLimits limits, SecureRandom random, int promptIndex) {
        this.session = session;
        this.limits = limits;
        this.keys = RoomKeys.generate(random);
        this.roster = new Roster(limits, random);
        this.promptIndex = promptIndex;
        this.server = new RoomServer(this, keys, limits);
    }

    /**
     * Opens a room on the session, showing prompt {@code promptIndex} (from 0), with a server bound
     * to {@code address} (one of {@link LocalNetwork#addresses()}; port 0: any free port) until
     * {@link #close()}.
     */
    public static WorkshopRoom open(WorkshopSession session, int promptIndex, InetSocketAddress address,
                                    RoomLimits limits) throws IOException {
        if (address.getAddress() == null || address.getAddress().isAnyLocalAddress()) {
            throw new IllegalArgumentException("a room listens on one address of this computer, not on " + address);
        }
        WorkshopRoom room = new WorkshopRoom(session, limits, new SecureRandom(), checkedIndex(session, promptIndex));
        room.server.publish(room.phoneView());
        room.server.start(address);
        return room;
    }

    /** The join address, the room's code and the QR code, to put on the projector. */
    public RoomEntrance entrance() {
        return new RoomEntrance(server.joinAddress(), keys.code());
    }

    public boolean isOpen() {
        synchronized (lock) {
            return open;
        }
    }

    /** Stops the server: the phones are told the room closed, and the port is free again. The session keeps everything. */
    @Override
    public void close() {
        synchronized (lock) {
            if (!open) {
                return;
            }
            open = false;
        }
        server.stop();
    }

    /** The session the room adds to: its rounds, tallies and export hold the phones' rewrites, names and votes. */
    public WorkshopSession session() {
        return session;
    }

    public void addListener(RoomListener listener) {
        listeners.add(listener);
    }

    public void removeListener(RoomListener listener) {
        listeners.remove(listener);
    }

    /** Puts prompt {@code index} (from 0) on the phones; whatever was up for the vote comes down. */
    public void showPrompt(int index) {
        synchronized (lock) {
            promptIndex = checkedIndex(session, index);
            up = null;
            publish();
        }
    }

    public int promptIndex() {
        synchronized (lock) {
            return promptIndex;
        }
    }

    /** Puts a rewrite of the prompt shown up for the room's vote; one already revealed goes up with its verdict. */
    public Submission putUp(int submissionId) {
        synchronized (lock) {
            SentRewrite chosen = sent.find(submissionId);
            if (chosen.promptIndex() != promptIndex) {
                throw new IllegalArgumentException("rewrite " + submissionId + " answers prompt "
                        + (chosen.promptIndex() + 1) + ", not the prompt shown");
            }
            up = chosen;
            publish();
            return chosen.snapshot();
        }
    }

    /**
     * Ends the vote on the rewrite up and shows the phones the model's verdict and the vote; the
     * votes are recorded with the rewrite in the session (the room's vote is their majority).
     */
    public Submission reveal() {
        synchronized (lock) {
            if (up == null) {
                throw new IllegalStateException("no rewrite is up for the vote");
            }
            up.revealed = true;
            session.recordVotes(up.rewrite, up.split()).ifPresent(voted -> up.rewrite = voted);
            publish();
            return up.snapshot();
        }
    }

    /** Takes a rewrite out of the room and the session (sent by mistake, or not fit to show); false when it is not there. */
    public boolean remove(int submissionId) {
        synchronized (lock) {
            SentRewrite removed = sent.remove(submissionId);
            if (removed == null) {
                return false;
            }
            session.removeRewrite(removed.rewrite);
            if (up == removed) {
                up = null;
                publish();
            }
            return true;
        }
    }

    /** The rewrite up for the vote, if any. */
    public Optional<Submission> upForVote() {
        synchronized (lock) {
            return Optional.ofNullable(up).map(SentRewrite::snapshot);
        }
    }

    /** Every rewrite sent, in the order they arrived. */
    public List<Submission> submissions() {
        synchronized (lock) {
            return sent.snapshots();
        }
    }

    public List<Participant> participants() {
        synchronized (lock) {
            return roster.all();
        }
    }

    Roster.Joined join(String name) throws RoomRefusal {
        synchronized (lock) {
            requireOpen();
            Roster.Joined joined = roster.join(name);
            listeners.forEach(l -> l.joined(joined.participant()));
            return joined;
        }
    }

    /**
     * Scores a rewrite and adds it to the session. {@code clientKey} names one sending on the phone:
     * the same key again (a retry after a lost answer) gets the first answer, and nothing is added
     * twice. The scoring runs outside the room's lock, so phones sending at once are scored side by
     * side and the trainer's screen never waits for them.
     */
    Sent submit(String participantKey, int promptNumber, String clientKey, String sentText)
            throws RoomRefusal, InterruptedException {
        String text = BIDI_CONTROLS.matcher(sentText).replaceAll("");
        Participant participant;
        SentRewrites.Reservation reservation;
        synchronized (lock) {
            requireOpen();
            participant = roster.byKey(participantKey);
            while (sent.scoring(participant, clientKey)) {
                lock.wait();
            }
            Optional<SentRewrite> earlier = sent.earlier(participant, clientKey);
            if (earlier.isPresent()) {
                return new Sent(earlier.get().id, sent.countFor(participant, earlier.get().promptIndex()),
                        limits.rewritesPerPrompt());
            }
            check(participant, promptNumber, text);
            reservation = sent.reserve(participant, promptIndex, clientKey);
        }
        Optional<Rewrite> scored;
        try {
            scored = session.addRewrite(reservation.promptIndex(), participant.name(), text, null);
        } catch (RuntimeException e) {
            synchronized (lock) {
                sent.release(reservation);
                lock.notifyAll();
            }
            throw e;
        }
        synchronized (lock) {
            // Kept and the waiting retries woken in one step, so a retry finds the rewrite it repeats.
            lock.notifyAll();
            if (scored.isEmpty()) {
                sent.release(reservation);
                throw noWords();
            }
            SentRewrite entry = sent.add(reservation, scored.get());
            listeners.forEach(l -> l.submitted(entry.snapshot()));
            return new Sent(entry.id, sent.countFor(participant, entry.promptIndex()), limits.rewritesPerPrompt());
        }
    }

    /** Whether the rewrite may be sent now: for the prompt shown, short enough, within the sender's allowance, with a word. */
    private void check(Participant participant, int promptNumber, String text) throws RoomRefusal {
        if (promptNumber != promptIndex + 1) {
            throw new RoomRefusal(RoomRefusal.Reason.PROMPT_MOVED_ON,
                    "The trainer has moved on to another prompt, so your rewrite was not sent. Here is the prompt now.");
        }
        if (text.length() > limits.maxTextLength()) {
            throw new RoomRefusal(RoomRefusal.Reason.TEXT_TOO_LONG, String.format(Locale.ROOT,
                    "Your rewrite is %,d characters long; the limit is %,d. Shorten it and send it again.",
                    text.length(), limits.maxTextLength()));
        }
        int already = sent.countFor(participant, promptIndex);
        if (already >= limits.rewritesPerPrompt()) {
            throw new RoomRefusal(RoomRefusal.Reason.TOO_MANY_REWRITES, "You have sent " + already
                    + (already == 1 ? " rewrite" : " rewrites") + " of this prompt, as many as one person can. "
                    + "Vote on the rewrites the trainer puts up, or wait for the next prompt.");
        }
        if (!HAS_WORDS.matcher(text).find()) {
            throw noWords();
        }
    }

    private static RoomRefusal noWords() {
        return new RoomRefusal(RoomRefusal.Reason.NO_WORDS, "Type a rewrite with at least one word.");
    }

    /** A phone's vote on the rewrite up; voting again changes the vote. */
    void vote(String participantKey, int submissionId, Label side) throws RoomRefusal {
        synchronized (lock) {
            requireOpen();
            Participant voter = roster.byKey(participantKey);
            if (up == null || up.id != submissionId || up.revealed) {
                throw new RoomRefusal(RoomRefusal.Reason.NOT_UP_FOR_VOTE,
                        "Voting on that rewrite is over: look at the screen for the next one.");
            }
            up.vote(voter, side);
            Submission counted = up.snapshot();
            listeners.forEach(l -> l.voted(counted));
        }
    }

    RoomLimits limits() {
        return limits;
    }

    /** What the phones see now. */
    PhoneView phoneView() {
        synchronized (lock) {
            DeckPrompt prompt = session.deck().prompts().get(promptIndex);
            PhoneView.Vote vote = null;
            if (up != null) {
                Rewrite rewrite = up.rewrite;
                vote = up.revealed
                        ? new PhoneView.Vote(up.id, rewrite.text(), true, up.participant.name(), rewrite.label().id(),
                        Math.round(100 * rewrite.sales()), up.split())
                        : new PhoneView.Vote(up.id, rewrite.text(), false, null, null, null, null);
            }
            return new PhoneView(keys.code(), new PhoneView.Prompt(prompt.number(), session.promptCount(),
                    prompt.text(), prompt.direction().target().id()), vote);
        }
    }

    /** Called with the lock held, so the phones get the views in the order the trainer made them. */
    private void publish() {
        if (open) {
            server.publish(phoneView());
        }
    }

    private void requireOpen() throws RoomRefusal {
        if (!open) {
            throw new RoomRefusal(RoomRefusal.Reason.ROOM_CLOSED, "The trainer has closed the room. Thank you for taking part!");
        }
    }

    private static int checkedIndex(WorkshopSession session, int index) {
        if (index < 0 || index >= session.promptCount()) {
            throw new IllegalArgumentException("no prompt " + index + " in a deck of " + session.promptCount());
        }
        return index;
    }
}
