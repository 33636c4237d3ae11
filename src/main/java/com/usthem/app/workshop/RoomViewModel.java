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
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
 * trainer chooses when there are several), the join address, code and QR code for the projector,
 * the rewrites the phones send for the prompt up, the one up for the vote with its votes so far,
 * the reveal, and each participant's points. The room follows the workshop: its prompt is the
 * prompt shown, and it closes when the deck changes or the workshop ends. The room's server calls
 * in on its own threads; what it says is read again from the room on the room's task queue and
 * shown on the FX thread.
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

    /** The room as read on its queue: every rewrite sent, the people in it, the one up for the vote, the points. */
    private record Reading(WorkshopRoom room, List<Submission> submissions, int people, Optional<Submission> up,
                           List<ParticipantTally> tallies) {
    }

    /** What a trainer's action on the room gave, and the room read right after it. */
    private record Acted<T>(T outcome, Reading reading) {
    }

    /** Each module of the QR code one pixel: the view scales it, whole pixels to a module. */
    private static final int QR_PIXELS_PER_MODULE = 1;

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

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    private final ReadOnlyObjectWrapper<RoomEntrance> entrance = new ReadOnlyObjectWrapper<>(this, "entrance");
    private final ReadOnlyObjectWrapper<byte[]> qrCode = new ReadOnlyObjectWrapper<>(this, "qrCode");
    private final BooleanProperty joinShown = new SimpleBooleanProperty(this, "joinShown");
    private final ObservableList<Address> addressChoices = FXCollections.observableArrayList();
    private final ObservableList<Submission> submissions = FXCollections.observableArrayList();
    private final ObservableList<Submission> submissionsView = FXCollections.unmodifiableObservableList(submissions);
    private final ReadOnlyIntegerWrapper people = new ReadOnlyIntegerWrapper(this, "people");
    private final ReadOnlyObjectWrapper<Submission> up = new ReadOnlyObjectWrapper<>(this, "up");
    private final ObservableList<ParticipantTally> tallies = FXCollections.observableArrayList();
    private final ObservableList<ParticipantTally> talliesView = FXCollections.unmodifiableObservableList(tallies);

    public RoomViewModel(WorkshopViewModel workshop, Network network, RoomLimits limits, TaskExecutor tasks) {
        this.workshop = workshop;
        this.network = network;
        this.limits = limits;
        this.worker = tasks.queue("usthem-room");
        workshop.sessionProperty().addListener((observable, old, now) -> close());
        workshop.promptIndexProperty().addListener((observable, old, now) -> showPrompt(now.intValue()));
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
                worker.execute(BackgroundTask.of(() -> {
                    opened.close();
                    return null;
                }));
                return;
            }
            room = opened;
            submissionCount = 0;
            opened.addListener(listener);
            entrance.set(opened.entrance());
            qrCode.set(opened.entrance().qrPng(QR_PIXELS_PER_MODULE));
            open.set(true);
            joinShown.set(true);
            showPrompt(workshop.promptIndexProperty().get());
            workshop.tell(false, "The room is open at " + opened.entrance().address() + " (Ctrl+R closes it).");
        }, problem -> {
            opening.set(false);
            workshop.tell(true, "Could not open the room on " + address.address().getHostAddress() + ": " + problem);
        });
    }

    /** The trainer chose no address: no room. */
    public void cancelChoice() {
        addressChoices.clear();
        opening.set(false);
    }

    /** Closes the room: the phones are told, the server stops and the port is free. The session keeps everything. */
    public void close() {
        WorkshopRoom closing = room;
        if (closing == null) {
            return;
        }
        room = null;
        closing.removeListener(listener);
        open.set(false);
        joinShown.set(false);
        entrance.set(null);
        qrCode.set(null);
        submissions.clear();
        people.set(0);
        up.set(null);
        tallies.clear();
        worker.execute(BackgroundTask.of(() -> {
            closing.close();
            return null;
        }));
    }

    /** Puts a phone's rewrite up for the vote on every phone; the verdict on screen goes, so the room votes blind. */
    public void putUp(Submission submission) {
        WorkshopRoom current = room;
        if (current == null || submission == null) {
            return;
        }
        workshop.showRoomVerdict(null);
        act(current, () -> current.putUp(submission.id()), put -> { });
    }

    /**
     * Reveals the rewrite typed when there is one, else the verdict on the phone rewrite up for the
     * vote, with the phones' votes recorded in the session.
     */
    public void reveal() {
        WorkshopRoom current = room;
        Submission voting = up.get();
        if (current == null || !workshop.rewriteTextProperty().get().isBlank()) {
            workshop.reveal();
        } else if (voting == null || voting.revealed()) {
            workshop.tell(true, "Put a rewrite from the phones up for the vote (select it, then Ctrl+U), or type "
                    + "one, then reveal.");
        } else {
            act(current, current::reveal, revealed -> workshop.showRoomVerdict(revealed.rewrite()));
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
        return new Reading(room, room.submissions(), room.participants().size(), room.upForVote(),
                room.session().participantTallies());
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
        people.set(reading.people());
        up.set(reading.up().orElse(null));
        tallies.setAll(reading.tallies());
        if (reading.submissions().size() != submissionCount) {
            submissionCount = reading.submissions().size();
            workshop.sessionChanged();
        }
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

    private <T> void run(Callable<T> work, Consumer<T> done, Consumer<String> failed) {
        worker.execute(BackgroundTask.of(work).onSuccess(done).onFailure(failed));
    }

    /** Whether a room is open: its server listens only then. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** A room is being opened (or the trainer is choosing its address). */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** The join address and room code of the room open; null when none is. */
    public ReadOnlyObjectProperty<RoomEntrance> entranceProperty() {
        return entrance.getReadOnlyProperty();
    }

    /** The join address as a QR code PNG, one pixel a module; null when no room is open. */
    public ReadOnlyObjectProperty<byte[]> qrCodeProperty() {
        return qrCode.getReadOnlyProperty();
    }

    /** Whether the projector shows the join screen (the QR code large) instead of the prompt. */
    public BooleanProperty joinShownProperty() {
        return joinShown;
    }

    /** The addresses to choose from when this computer has several; empty otherwise. */
    public ObservableList<Address> addressChoices() {
        return addressChoices;
    }

    /** The rewrites the phones sent for the prompt shown, newest first. */
    public ObservableList<Submission> submissions() {
        return submissionsView;
    }

    /** How many people have joined the room. */
    public ReadOnlyIntegerProperty peopleProperty() {
        return people.getReadOnlyProperty();
    }

    /** The rewrite up for the vote, with the votes so far (and its verdict once revealed); null when none is. */
    public ReadOnlyObjectProperty<Submission> upProperty() {
        return up.getReadOnlyProperty();
    }

    /** Each named participant's points toward the targets over the session, leaders first. */
    public ObservableList<ParticipantTally> tallies() {
        return talliesView;
    }
}
