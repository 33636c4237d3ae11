package com.usthem.app.workshop;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.task.TaskQueue;
import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusReadResult;
import com.usthem.core.corpus.Example;
import com.usthem.core.io.FileProblem;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.workshop.AgreementTally;
import com.usthem.core.workshop.Deck;
import com.usthem.core.workshop.DeckReadResult;
import com.usthem.core.workshop.DeckReader;
import com.usthem.core.workshop.PromptRound;
import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workshop.WorkshopExamples;
import com.usthem.core.workshop.WorkshopSession;
import com.usthem.core.workspace.ImportResult;
import com.usthem.core.workspace.WorkspaceCorpus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A workshop as the trainer drives it: which deck, which prompt is up, the rewrite being typed and
 * the room's vote on it, the rewrite last revealed, the round table and the running agreement. A
 * room of phones ({@link RoomViewModel}) adds its rewrites to the session as they arrive; the round
 * table shows them once revealed, as it shows the rewrites typed here.
 * Everything slow — scoring the deck and each rewrite, reading decks, keeping examples, exporting —
 * runs off the FX thread, one task at a time and in order; the properties change on the FX thread only.
 */
public final class WorkshopViewModel {

    /** Where the workshop is. */
    public enum Phase { CHOOSING_DECK, STARTING, PLAYING }

    /** Something to tell the trainer; a new object each time, so the same words said twice are shown twice. */
    public record Message(boolean problem, String text) {
    }

    private final Supplier<ScoringEngine> engines;
    private final Supplier<WorkspaceCorpus> corpus;
    private final Runnable corpusChanged;
    private final Clock clock;
    private final TaskQueue worker;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.CHOOSING_DECK);
    private final ReadOnlyObjectWrapper<WorkshopSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyIntegerWrapper promptIndex = new ReadOnlyIntegerWrapper(this, "promptIndex");
    private final ReadOnlyObjectWrapper<PromptRound> round = new ReadOnlyObjectWrapper<>(this, "round");
    private final ObservableList<Rewrite> roundRewrites = FXCollections.observableArrayList();
    private final ObservableList<Rewrite> roundRewritesView = FXCollections.unmodifiableObservableList(roundRewrites);
    private final ReadOnlyObjectWrapper<AgreementTally> agreement =
            new ReadOnlyObjectWrapper<>(this, "agreement", new AgreementTally(0, 0));
    private final ObjectProperty<Label> vote = new SimpleObjectProperty<>(this, "vote");
    private final StringProperty rewriteText = new SimpleStringProperty(this, "rewriteText", "");
    private final StringProperty author = new SimpleStringProperty(this, "author", "");
    private final ReadOnlyObjectWrapper<Rewrite> revealed = new ReadOnlyObjectWrapper<>(this, "revealed");
    private final RevealedMove revealedMove;
    private final ReadOnlyBooleanWrapper scoring = new ReadOnlyBooleanWrapper(this, "scoring");
    private final ReadOnlyBooleanWrapper unexported = new ReadOnlyBooleanWrapper(this, "unexported");
    /** By key: recording the phones' votes with a rewrite makes a new record of it, which stays kept. */
    private final ObservableMap<Rewrite.Key, Label> kept = FXCollections.observableHashMap();
    private final ObservableMap<Rewrite.Key, Label> keptView = FXCollections.unmodifiableObservableMap(kept);
    /** The rewrites revealed on this screen; the phones' others wait off the round table for their turn. */
    private final Set<Rewrite.Key> onTable = new HashSet<>();
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ObservableList<FileProblem> deckProblems = FXCollections.observableArrayList();
    private final ObservableList<FileProblem> deckProblemsView = FXCollections.unmodifiableObservableList(deckProblems);

    /**
     * @param corpus        the workspace corpus in use, shared with the rest of the app (one undo history)
     * @param corpusChanged tells the app's other views that the corpus changed (called on the FX thread)
     */
    public WorkshopViewModel(Supplier<ScoringEngine> engines, Supplier<WorkspaceCorpus> corpus, Runnable corpusChanged,
                             Clock clock, TaskExecutor tasks) {
        this.engines = engines;
        this.corpus = corpus;
        this.corpusChanged = corpusChanged;
        this.clock = clock;
        this.worker = tasks.queue("usthem-workshop");
        // Typing the next rewrite takes the last verdict off the screen: the room votes on the new one blind.
        revealedMove = new RevealedMove(revealed.getReadOnlyProperty(), session.getReadOnlyProperty(), worker,
                this::tell);
        rewriteText.addListener((observable, old, now) -> {
            if (!now.isBlank()) {
                revealed.set(null);
            }
        });
    }

    /** Scores every prompt of the deck and starts playing it from the first prompt. */
    public void start(Deck deck, List<FileProblem> problems) {
        ScoringEngine engine = engines.get();
        if (engine == null) {
            tell(true, "The model is still loading: choose the deck again in a moment.");
            return;
        }
        phase.set(Phase.STARTING);
        run(() -> WorkshopSession.start(deck, engine.classifier(), clock), started -> {
            deckProblems.setAll(problems);
            kept.clear();
            onTable.clear();
            unexported.set(false);
            session.set(started);
            vote.set(null);
            goTo(0);
            phase.set(Phase.PLAYING);
        }, problem -> {
            phase.set(Phase.CHOOSING_DECK);
            tell(true, "Could not start the deck: " + problem);
        });
    }

    /** Reads a deck file; its bad lines are listed, and it is played when it has at least one good prompt. */
    public void openDeck(Path file) {
        run(() -> DeckReader.read(file), (DeckReadResult read) -> {
            if (read.playable()) {
                start(read.deck(), read.problems());
            } else {
                deckProblems.setAll(read.problems());
                tell(true, "The deck " + file.getFileName() + " has no prompt to play: see the lines listed.");
            }
        }, problem -> tell(true, "Could not read the deck " + file + ": " + problem));
    }

    /** Ends the session, unexported rewrites and all, and goes back to choosing a deck. */
    public void leaveDeck() {
        session.set(null);
        round.set(null);
        roundRewrites.clear();
        revealed.set(null);
        vote.set(null);
        unexported.set(false);
        agreement.set(new AgreementTally(0, 0));
        deckProblems.clear();
        phase.set(Phase.CHOOSING_DECK);
    }

    /** Shows prompt {@code index} (from 0, kept within the deck); the vote is for that prompt's rewrites only. */
    public void goTo(int index) {
        WorkshopSession current = session.get();
        if (current == null) {
            return;
        }
        promptIndex.set(Math.max(0, Math.min(current.promptCount() - 1, index)));
        vote.set(null);
        revealed.set(null);
        refreshRound();
    }

    public void next() {
        goTo(promptIndex.get() + 1);
    }

    public void previous() {
        goTo(promptIndex.get() - 1);
    }

    /** The room's vote on the rewrite being typed; voting the same way again takes the vote back. */
    public void vote(Label side) {
        if (session.get() != null) {
            vote.set(vote.get() == side ? null : side);
        }
    }

    /** Scores the rewrite typed, with the room's vote, and reveals the model's verdict on it. */
    public void reveal() {
        WorkshopSession current = session.get();
        String text = rewriteText.get();
        if (current == null || scoring.get()) {
            return;
        }
        if (text.isBlank()) {
            tell(true, "Type the rewrite first, then reveal.");
            return;
        }
        int index = promptIndex.get();
        Label roomVote = vote.get();
        String who = author.get();
        scoring.set(true);
        run(() -> current.addRewrite(index, who, text, roomVote), added -> {
            scoring.set(false);
            if (added.isEmpty()) {
                tell(true, "Nothing to score in this rewrite: type a sentence or two.");
                return;
            }
            if (text.equals(rewriteText.get())) {
                rewriteText.set("");
                author.set("");
            }
            vote.set(null);
            showRevealed(added.get());
        }, problem -> {
            scoring.set(false);
            tell(true, "Could not score the rewrite: " + problem);
        });
    }

    /** Takes a rewrite typed by mistake out of the session (an example already kept stays in the corpus). */
    public void remove(Rewrite rewrite) {
        WorkshopSession current = session.get();
        if (current != null && current.removeRewrite(rewrite)) {
            sessionChanged();
        }
    }

    /**
     * The session changed under the round table (a rewrite taken back, or sent from a phone): the
     * table follows it, and a verdict on screen whose rewrite was taken back goes.
     */
    void sessionChanged() {
        WorkshopSession current = session.get();
        if (current == null) {
            return;
        }
        unexported.set(true);
        // A rewrite taken back frees its number: a phone's next rewrite, which may get it, waits for its reveal.
        onTable.retainAll(current.allRewrites().stream().map(Rewrite::key).toList());
        Rewrite shown = revealed.get();
        if (shown != null && !onTable.contains(shown.key())) {
            revealed.set(null);
        }
        refreshRound();
    }

    /**
     * Puts a rewrite revealed (typed here, or a phone's with the room's votes) on the round table,
     * and its verdict on the big screen when its prompt is up; null takes the verdict off.
     */
    void showRevealed(Rewrite rewrite) {
        if (rewrite == null || session.get() == null) {
            revealed.set(null);
            return;
        }
        onTable.add(rewrite.key());
        unexported.set(true);
        refreshRound();
        if (rewrite.prompt().number() - 1 == promptIndex.get()) {
            revealed.set(rewrite);
        }
    }

    /**
     * Adds the rewrite to the workspace corpus as an example with the trainer's label, with source
     * "workshop", through the app's one corpus service: copy already in the corpus is not added
     * twice, and the app's labeling undo takes it back.
     */
    public void keep(Rewrite rewrite, Label label) {
        WorkshopSession current = session.get();
        if (current == null || rewrite == null) {
            return;
        }
        Example example = WorkshopExamples.example(current.deck(), rewrite, label, clock.instant());
        run(() -> corpus.get().importExamples(new CorpusReadResult(List.of(example), List.of())),
                (ImportResult result) -> {
                    if (result.added().isEmpty()) {
                        tell(false, "Rewrite " + rewrite.number() + " is already in the corpus: not added again.");
                    } else {
                        corpusChanged.run();
                        kept.put(rewrite.key(), label);
                        tell(false, "Rewrite " + rewrite.number() + " kept as a " + label.id()
                                + " example in the workspace corpus.");
                    }
                }, problem -> tell(true, "Could not keep the rewrite: " + problem));
    }

    /**
     * Writes the session as CSV and as an HTML report into a folder, under names that do not replace
     * any file there; {@code written} gets the two files.
     */
    public void export(Path folder, Consumer<SessionExport.Written> written) {
        WorkshopSession current = session.get();
        if (current == null) {
            return;
        }
        if (current.allRewrites().isEmpty()) {
            tell(true, "Nothing to export yet: no rewrite has been revealed.");
            return;
        }
        run(() -> SessionExport.write(current, folder), files -> {
            unexported.set(false);
            tell(false, "Saved " + files.csv().getFileName() + " and .html in " + folder.getFileName() + ".");
            written.accept(files);
        }, problem -> tell(true, "Could not export the session to " + folder + ": " + problem));
    }

    private void refreshRound() {
        WorkshopSession current = session.get();
        PromptRound now = current.round(promptIndex.get());
        round.set(now);
        roundRewrites.setAll(now.rewrites().stream().filter(rewrite -> onTable.contains(rewrite.key())).toList());
        agreement.set(current.agreement());
    }

    /** Tells the trainer something, as the model's own messages are told. */
    public void tell(boolean problem, String text) {
        message.set(new Message(problem, text));
    }

    private <T> void run(Callable<T> work, Consumer<T> done, Consumer<String> failed) {
        worker.execute(BackgroundTask.of(work).onSuccess(done).onFailure(failed));
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkshopSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty promptIndexProperty() {
        return promptIndex.getReadOnlyProperty();
    }

    /** The prompt up now, with its score and the rewrites revealed for it. */
    public ReadOnlyObjectProperty<PromptRound> roundProperty() {
        return round.getReadOnlyProperty();
    }

    /** The round table: the current prompt's rewrites, in the order they were revealed. */
    public ObservableList<Rewrite> roundRewrites() {
        return roundRewritesView;
    }

    /** Room and model over the whole session. */
    public ReadOnlyObjectProperty<AgreementTally> agreementProperty() {
        return agreement.getReadOnlyProperty();
    }

    /** The room's vote on the rewrite being typed; null when the room has not voted. */
    public ReadOnlyObjectProperty<Label> voteProperty() {
        return vote;
    }

    public StringProperty rewriteTextProperty() {
        return rewriteText;
    }

    public StringProperty authorProperty() {
        return author;
    }

    /** The rewrite whose verdict is on screen; null while the next one is typed. */
    public ReadOnlyObjectProperty<Rewrite> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** Which distinction the rewrite on screen moved most on, in words; empty until known. */
    public ReadOnlyStringProperty revealedMoveProperty() {
        return revealedMove.textProperty();
    }

    /** A rewrite is being scored. */
    public ReadOnlyBooleanProperty scoringProperty() {
        return scoring.getReadOnlyProperty();
    }

    /** Whether the session has rewrites that are in no export yet. */
    public ReadOnlyBooleanProperty unexportedProperty() {
        return unexported.getReadOnlyProperty();
    }

    /** The rewrites kept as examples this session, by key, with the label they were kept under. */
    public ObservableMap<Rewrite.Key, Label> kept() {
        return keptView;
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The lines of the deck file that could not be read. */
    public ObservableList<FileProblem> deckProblems() {
        return deckProblemsView;
    }
}
