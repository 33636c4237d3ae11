package com.usthem.app.workshop;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.task.TaskQueue;
import com.usthem.core.room.Participant;
import com.usthem.core.room.RoomEntrance;
import com.usthem.core.room.RoomLimits;
import com.usthem.core.room.RoomListener;
import com.usthem.core.room.Submission;
import com.usthem.core.room.WorkshopRoom;
import com.usthem.core.workshop.ParticipantTally;
import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workshop.WorkshopSession;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The workshop room as the trainer drives it: opening it on an address of this computer (the
 * trainer chooses when there are several), the join address and code for the projector, the
 * rewrites the phones send for the prompt up, the one up for the vote with its votes so far, the
 * reveal, and each participant's points. The room follows the workshop: its prompt is the prompt
 * shown, and it closes when the deck changes or the workshop ends. The room's server calls in on
 * its own threads; what it says is read again from the room on the room's task queue and shown on
 * the FX thread.
 */
public final class RoomViewModel {

    /** The addresses of this computer that phones in the room can reach (private ones first). */
    @FunctionalInterface
    public interface Network {
        List<InetAddress> addresses() throws IOException;
    }

    /** An address to open the room on, with the network it belongs to, as the trainer chooses it. */
    public record Address(InetAddress address, String network) {
        @Override
        public String toString() {
            return address.getHostAddress() + (network.isEmpty() ? "" : " (" + network + ")");
        }
    }

    /**
     * The room at a glance: how many have joined, the rewrite up for the vote (with the votes so far,
     * and its verdict once revealed; null when none is), and each named participant's points over
     * the session, leaders first.
     */
    public record Status(int people, Submission up, List<ParticipantTally> leaders) {
        static final Status EMPTY = new Status(0, null, List.of());
    }

    /** The room as read on its queue: every rewrite sent, and the rest at a glance. */
    private record Reading(WorkshopRoom room, List<Submission> submissions, Status status) {
    }

    /** What a trainer's action on the room gave, and the room read right after it. */
    private record Acted<T>(T outcome, Reading reading) {
    }

    private final WorkshopViewModel workshop;
    private final Network network;
    private final RoomLimits limits;
    private final TaskQueue worker;
    private final AtomicBoolean readingQueued = new AtomicBoolean();
    private final RoomListener listener = new RoomListener() {
        @Override
        public void joined(Participant participant) {
            readSoon();
        }

        @Override
        public void submitted(Submission submission) {
            readSoon();
        }

        @Override
        public void voted(Submission submission) {
            readSoon();
        }
    };
    private WorkshopRoom room;
    private int submissionCount;

    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    private final ReadOnlyObjectWrapper<RoomEntrance> entrance = new ReadOnlyObjectWrapper<>(this, "entrance");
    private final BooleanProperty joinShown = new SimpleBooleanProperty(this, "joinShown");
    private final ObservableList<Address> addressChoices = FXCollections.observableArrayList();
    private final ObservableList<Submission> submissions = FXCollections.observableArrayList();
    private final ObservableList<Submission> submissionsView = FXCollections.unmodifiableObservableList(submissions);
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.EMPTY);

    public RoomViewModel(WorkshopViewModel workshop, Network network, RoomLimits limits, TaskExecutor tasks) {
        this.workshop = workshop;
        this.network = network;
        this.limits = limits;
        this.worker = tasks.queue("usthem-room");
        workshop.sessionProperty().addListener((observable, old, now) -> close());
        workshop.promptIndexProperty().addListener((observable, old, now) -> {
            if (room != null) {
                // The last prompt's rewrites go at once, so none of them is put up by mistake.
                submissions.clear();
                Status was = status.get();
                status.set(new Status(was.people(), null, was.leaders()));
                showPrompt(now.intValue());
            }
        });
    }

    /** Opens a room when none is open, and closes the one open. */
    public void toggle() {
        if (room != null) {
            close();
        } else {
            open();
        }
    }

    /** Opens a room on the session played: at once when this computer has one address, else once the trainer chose. */
    public void open() {
        if (room != null || opening.get()) {
            return;
        }
        if (workshop.sessionProperty().get() == null) {
            workshop.tell(true, "Choose a deck first: the room plays its prompts.");
            return;
        }
        opening.set(true);
        run(this::addresses, found -> {
            if (found.isEmpty()) {
                opening.set(false);
                workshop.tell(true, "This computer is on no network, so phones cannot reach it: join the room's "
                        + "Wi-Fi and open the room again.");
            } else if (found.size() == 1) {
                openOn(found.get(0));
            } else {
                addressChoices.setAll(found);
            }
        }, problem -> {
            opening.set(false);
            workshop.tell(true, "Could not list this computer's networks: " + problem);
        });
    }

    /** A room is being opened (or the trainer is choosing its address). */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Opens the room on the address the trainer chose (one of {@link #addressChoices()}). */
    public void openOn(Address address) {
        addressChoices.clear();
        WorkshopSession session = workshop.sessionProperty().get();
        if (session == null) {
            opening.set(false);
            return;
        }
        opening.set(true);
        int index = workshop.promptIndexProperty().get();
        run(() -> WorkshopRoom.open(session, index, new InetSocketAddress(address.address(), 0), limits), opened -> {
            opening.set(false);
            if (workshop.sessionProperty().get() != session) {
                stop(opened);
                return;
            }
            room = opened;
            submissionCount = 0;
            opened.addListener(listener);
            entrance.set(opened.entrance());
            joinShown.set(true);
            showPrompt(workshop.promptIndexProperty().get());
            workshop.tell(false, "The room is open at " + opened.entrance().address() + " (Ctrl+R closes it).");
        }, problem -> {
            opening.set(false);
            workshop.tell(true, "Could not open the room on " + address.address().getHostAddress() + ": " + problem);
        });
    }

    /** The join address and code of the room open; null when no room is open, and then nothing listens. */
    public ReadOnlyObjectProperty<RoomEntrance> entranceProperty() {
        return entrance.getReadOnlyProperty();
    }

    /** The trainer chose no address: no room. */
    public void cancelChoice() {
        addressChoices.clear();
        opening.set(false);
    }

    /** The addresses to choose from when this computer has several; empty otherwise. */
    public ObservableList<Address> addressChoices() {
        return addressChoices;
    }

    /** Closes the room: the phones are told, the server stops and the port is free. The session keeps everything. */
    public void close() {
        WorkshopRoom closing = room;
        if (closing == null) {
            return;
        }
        room = null;
        closing.removeListener(listener);
        entrance.set(null);
        joinShown.set(false);
        submissions.clear();
        status.set(Status.EMPTY);
        stop(closing);
    }

    /** Whether the projector shows the join screen (the QR code large) instead of the prompt. */
    public BooleanProperty joinShownProperty() {
        return joinShown;
    }

    /** Puts a phone's rewrite up for the vote on every phone; the verdict on screen goes, so the room votes blind. */
    public void putUp(Submission submission) {
        WorkshopRoom current = room;
        if (current == null || submission == null) {
            return;
        }
        workshop.showRevealed(null);
        act(current, () -> current.putUp(submission.id()), put -> { });
    }

    /**
     * Reveals the rewrite typed when there is one, else the verdict on the phone rewrite up for the
     * vote, with the phones' votes recorded in the session.
     */
    public void reveal() {
        WorkshopRoom current = room;
        Submission voting = status.get().up();
        if (current == null || !workshop.rewriteTextProperty().get().isBlank()) {
            workshop.reveal();
        } else if (voting == null || voting.revealed()) {
            workshop.tell(true, "Put a rewrite from the phones up for the vote (select it, then Ctrl+U), or type "
                    + "one, then reveal.");
        } else {
            act(current, current::reveal, revealed -> workshop.showRevealed(revealed.rewrite()));
        }
    }

    /** Takes a phone's rewrite out of the room and the session (sent by mistake, or not fit to show). */
    public void takeBack(Submission submission) {
        WorkshopRoom current = room;
        if (current != null && submission != null) {
            act(current, () -> current.remove(submission.id()), removed -> workshop.sessionChanged());
        }
    }

    /** Takes back a rewrite of the round table that came from a phone; false when it did not (the trainer typed it). */
    public boolean takeBack(Rewrite rewrite) {
        Optional<Submission> sent = submissions.stream()
                .filter(submission -> submission.rewrite().key().equals(rewrite.key())).findFirst();
        sent.ifPresent(this::takeBack);
        return sent.isPresent();
    }

    /** The rewrites the phones sent for the prompt shown, newest first. */
    public ObservableList<Submission> submissions() {
        return submissionsView;
    }

    /** Runs a trainer's action on the room off the FX thread, then shows the room as it is after it. */
    private <T> void act(WorkshopRoom current, Callable<T> action, Consumer<T> done) {
        run(() -> new Acted<>(action.call(), read(current)), acted -> {
            show(acted.reading());
            done.accept(acted.outcome());
        }, problem -> workshop.tell(true, "The room could not do that: " + problem));
    }

    private void showPrompt(int index) {
        WorkshopRoom current = room;
        if (current != null && index >= 0) {
            act(current, () -> {
                current.showPrompt(index);
                return null;
            }, shown -> { });
        }
    }

    /** The phones said something: read the room once for however many events come before the reading starts. */
    private void readSoon() {
        WorkshopRoom current = room;
        if (current != null && readingQueued.compareAndSet(false, true)) {
            run(() -> {
                readingQueued.set(false);
                return read(current);
            }, this::show, problem -> workshop.tell(true, "Could not read the room: " + problem));
        }
    }

    private static Reading read(WorkshopRoom room) {
        return new Reading(room, room.submissions(), new Status(room.participants().size(),
                room.upForVote().orElse(null), room.session().participantTallies()));
    }

    /** Shows a reading of the room open now (a reading of a room closed since is dropped). */
    private void show(Reading reading) {
        if (reading.room() != room) {
            return;
        }
        int prompt = workshop.promptIndexProperty().get();
        List<Submission> forPrompt = new ArrayList<>(reading.submissions().stream()
                .filter(submission -> submission.promptIndex() == prompt).toList());
        // Newest first: what just arrived is at the top of the trainer's list.
        Collections.reverse(forPrompt);
        follow(forPrompt);
        status.set(reading.status());
        if (reading.submissions().size() != submissionCount) {
            submissionCount = reading.submissions().size();
            workshop.sessionChanged();
        }
    }

    /** The room at a glance, as last read; {@link Status#EMPTY} when no room is open. */
    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Brings the trainer's list to {@code now} in place — the ones gone out, the new ones in at the
     * top, the changed ones replaced where they stand — so the rewrite the trainer selected stays
     * selected while the phones send and vote.
     */
    private void follow(List<Submission> now) {
        Set<Integer> ids = now.stream().map(Submission::id).collect(Collectors.toSet());
        submissions.removeIf(submission -> !ids.contains(submission.id()));
        Set<Integer> listed = submissions.stream().map(Submission::id).collect(Collectors.toSet());
        submissions.addAll(0, now.stream().filter(submission -> !listed.contains(submission.id())).toList());
        for (int i = 0; i < now.size(); i++) {
            if (!submissions.get(i).equals(now.get(i))) {
                submissions.set(i, now.get(i));
            }
        }
    }

    private List<Address> addresses() throws IOException {
        List<Address> found = new ArrayList<>();
        for (InetAddress address : network.addresses()) {
            NetworkInterface card = NetworkInterface.getByInetAddress(address);
            found.add(new Address(address, card == null ? "" : card.getDisplayName()));
        }
        return found;
    }

    /** Stops a room's server off the FX thread: Jetty waits a moment for its connections to end. */
    private void stop(WorkshopRoom closing) {
        run(() -> {
            closing.close();
            return null;
        }, stopped -> { }, problem -> workshop.tell(true, "Could not close the room cleanly: " + problem));
    }

    private <T> void run(Callable<T> work, Consumer<T> done, Consumer<String> failed) {
        worker.execute(BackgroundTask.of(work).onSuccess(done).onFailure(failed));
    }
}
