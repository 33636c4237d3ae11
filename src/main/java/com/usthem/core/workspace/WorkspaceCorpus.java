package com.usthem.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusException;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.CorpusMerge;
import com.usthem.core.corpus.CorpusReadResult;
import com.usthem.core.corpus.Example;
import com.usthem.core.corpus.ExampleFields;
import com.usthem.core.corpus.ExampleIds;
import com.usthem.core.corpus.RepeatedCopies;
import com.usthem.core.io.DirectoryLock;
import com.usthem.core.io.FileLine;
import com.usthem.core.io.FileProblem;
import com.usthem.core.team.Author;
import com.usthem.core.team.LabeledCopy;
import com.usthem.core.workspace.Labeled.Outcome;
import com.usthem.core.text.OneLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The user's examples in a workspace, and every change a user makes to them: label copy, relabel,
 * edit or delete an example, import files, and undo or redo any of these.
 *
 * <p>Every change is saved at once, by an atomic rewrite of the one file it touches, under the
 * workspace lock (the command line may change the same corpus meanwhile, so each change re-reads
 * the file rather than trusting what this object saw before). A file with a line that cannot be
 * read is never rewritten: that line would be lost. Methods may be called from any thread.
 *
 * <p>Labels are given by an {@link Author}, asked for at each change so that a name changed in the
 * settings applies at once. A person's labels go to a file of their own; another person's label
 * of the same copy is never overwritten: both are kept and, when they differ, the copy is disputed
 * until the team settles it (see {@link LabeledCopy}).
 */
public final class WorkspaceCorpus {

    public static final String USER_SOURCE = "user";
    private static final int DESCRIPTION_TEXT = 40;

    private final Workspace workspace;
    private final Clock clock;
    private final Supplier<Author> author;
    private final EditHistory history;

    /** A corpus labeled without a name, as before names were recorded. */
    public WorkspaceCorpus(Workspace workspace, Clock clock) {
        this(workspace, clock, () -> Author.UNNAMED);
    }

    /** @param author who is labeling now; asked at every change */
    public WorkspaceCorpus(Workspace workspace, Clock clock, Supplier<Author> author) {
        this.workspace = workspace;
        this.clock = clock;
        this.author = author;
        this.history = new EditHistory(workspace);
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Every corpus file of the workspace, the held-out test split included. */
    public CorpusSnapshot read() throws IOException {
        List<CorpusEntry> entries = new ArrayList<>();
        List<FileLine> origins = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        for (Path file : corpusFiles()) {
            CorpusReadResult result = CorpusFiles.read(file, CorpusFormat.JSONL, "corpus");
            result.examples().forEach(example -> entries.add(new CorpusEntry(example, file)));
            origins.addAll(result.origins());
            problems.addAll(result.problems());
        }
        return new CorpusSnapshot(entries, origins, problems);
    }

    private List<Path> corpusFiles() throws IOException {
        if (!Files.isDirectory(workspace.corpusDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(workspace.corpusDir())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    /**
     * Labels copy as the author sees it. New copy is added to the author's file with source
     * {@value #USER_SOURCE} and the current time. Copy the author labeled before is relabeled where
     * their line is. Copy nobody named labeled (the shipped corpus, older labels) is relabeled where
     * it is when labeling without a name, and gets a line of the author's own otherwise. Copy other
     * people labeled gets the author's label beside theirs: agreed, or disputed when they differ.
     *
     * @throws IllegalArgumentException for empty text, text without words, or text longer than an
     *                                  example may be; and when labeling without a name copy that
     *                                  someone named labeled otherwise (a label with a name counts
     *                                  over one without, so the new label would not count)
     */
    public synchronized Labeled label(String text, Label label) throws IOException, CorpusException {
        String copy = checkedText(text);
        try (DirectoryLock lock = lock()) {
            CorpusSnapshot snapshot = read();
            Optional<LabeledCopy> existing = snapshot.copyOf(copy);
            if (existing.isPresent()) {
                return labelCopy(snapshot, existing.get(), null, label);
            }
            CorpusEdit edit = addLine(snapshot, copy, label, Map.of(), labelDescription(copy, label));
            CorpusEntry added = written(edit);
            return new Labeled(Outcome.ADDED, added, new LabeledCopy(List.of(added.example()), false), edit);
        }
    }

    /**
     * Labels the copy of an example, as {@link #label} does: the example itself changes when it is
     * the author's own line (or nobody's, labeling without a name). The result's entry is the
     * author's line as it now is.
     */
    public synchronized Labeled relabel(CorpusEntry entry, Label label) throws IOException, CorpusException {
        try (DirectoryLock lock = lock()) {
            CorpusSnapshot snapshot = read();
            CorpusEntry current = snapshot.current(entry);
            LabeledCopy copy = snapshot.copyOf(current.example().text()).orElseThrow();
            return labelCopy(snapshot, copy, current, label);
        }
    }

    /**
     * Records the team's decision on a disputed copy: a line of the settling author's own, flagged
     * {@link Example#SETTLES}, with their name and the time. The copy is trained on with this label
     * until someone labels it differently after the settlement.
     *
     * @throws IllegalArgumentException when the corpus has no such copy, or it is not disputed
     */
    public synchronized Labeled settle(String text, Label label) throws IOException, CorpusException {
        try (DirectoryLock lock = lock()) {
            CorpusSnapshot snapshot = read();
            LabeledCopy copy = snapshot.copyOf(text).orElseThrow(() -> new IllegalArgumentException(
                    "no copy " + quoted(text) + " in the corpus"));
            if (copy.state() != LabeledCopy.State.DISPUTED) {
                throw new IllegalArgumentException(quoted(copy.text()) + " is not disputed (it is "
                        + copy.state().name().toLowerCase(Locale.ROOT) + " " + copy.label().orElseThrow()
                        + "): nothing to settle");
            }
            CorpusEdit edit = addLine(snapshot, copy.text(), label, Map.of(Example.SETTLES, BooleanNode.TRUE),
                    "settle " + quoted(copy.text()) + " as " + label.id());
            CorpusEntry settlement = written(edit);
            return new Labeled(Outcome.SETTLED, settlement, withLine(copy, null, settlement.example()), edit);
        }
    }

    /**
     * Gives the author's label to copy the corpus has. {@code chosen} is the line the author pointed
     * at (a row of the examples table), changed in place when it is theirs.
     */
    private Labeled labelCopy(CorpusSnapshot snapshot, LabeledCopy copy, CorpusEntry chosen, Label label)
            throws IOException, CorpusException {
        Author by = author.get();
        // Beside a named label an unnamed one would not count: it may only say what the copy already says.
        boolean wouldNotCount = !by.named() && copy.hasNamedLabels();
        if (wouldNotCount && copy.label().orElse(null) != label) {
            throw new IllegalArgumentException(quoted(copy.text()) + " is labeled by " + String.join(", ",
                    copy.byPerson().keySet()) + "; a label with a name counts over one without, so give yours a "
                    + "name to add it");
        }
        Optional<CorpusEntry> own = chosen != null && by.gave(chosen.example()) && !chosen.example().settles()
                ? Optional.of(chosen) : copy.labelBy(by).map(snapshot::entryOf);
        boolean ownSays = own.isPresent() && own.get().example().label() == label;
        boolean nobodysSays = own.isEmpty() && !copy.hasNamedLabels() && copy.label().orElse(null) == label;
        if (ownSays || nobodysSays || wouldNotCount) {
            CorpusEntry found = own.orElseGet(() -> snapshot.entryOf(copy.lines().get(0)));
            return new Labeled(Outcome.ALREADY_LABELED, found, copy, null);
        }
        String description = labelDescription(copy.text(), label);
        CorpusEdit edit = own.isPresent()
                ? replace(snapshot, own.get(), own.get().example().withLabel(label).stamped(USER_SOURCE, now())
                        .withAuthor(by.name()), description)
                : addLine(snapshot, copy.text(), label, Map.of(), description);
        CorpusEntry written = written(edit);
        LabeledCopy now = withLine(copy, own.map(CorpusEntry::example).orElse(null), written.example());
        return new Labeled(outcome(now, written.example()), written, now, edit);
    }

    /** Adds a line of the author's to the end of their file: a label, or a settlement. */
    private CorpusEdit addLine(CorpusSnapshot snapshot, String copy, Label label, Map<String, JsonNode> extras,
                               String description) throws IOException, CorpusException {
        Author by = author.get();
        Path file = workspace.userCorpus(by);
        Example line = new Example(snapshot.newId(copy), copy, label, USER_SOURCE, now(), extras)
                .withAuthor(by.name());
        return commit(new CorpusEdit(description, file,
                List.of(new CorpusEdit.Change(snapshot.examplesIn(file).size(), null, line))));
    }

    /** The line a one-line edit wrote. */
    private static CorpusEntry written(CorpusEdit edit) {
        return new CorpusEntry(edit.changes().get(0).after(), edit.file());
    }

    private static Outcome outcome(LabeledCopy copy, Example written) {
        if (copy.state() == LabeledCopy.State.DISPUTED) {
            return Outcome.DISPUTED;
        }
        boolean othersAgree = copy.byPerson().values().stream().anyMatch(line -> line.label() == written.label()
                && !Objects.equals(line.author(), written.author()));
        return othersAgree ? Outcome.AGREED : Outcome.RELABELED;
    }

    /** The copy with one line replaced ({@code before} non-null) or added. */
    private static LabeledCopy withLine(LabeledCopy copy, Example before, Example after) {
        List<Example> lines = new ArrayList<>(copy.lines());
        if (before == null) {
            lines.add(after);
        } else {
            lines.set(lines.indexOf(before), after);
        }
        return new LabeledCopy(lines, copy.heldOut());
    }

    /**
     * Changes an example's text, keeping its id and label.
     *
     * @throws IllegalArgumentException when the text is unusable or the same copy is already another example
     */
    public synchronized CorpusEntry editText(CorpusEntry entry, String text) throws IOException, CorpusException {
        String copy = checkedText(text);
        try (DirectoryLock lock = lock()) {
            CorpusSnapshot snapshot = read();
            CorpusEntry current = snapshot.current(entry);
            Optional<LabeledCopy> same = snapshot.copyOf(copy)
                    .filter(other -> other.lines().stream().noneMatch(line -> line == current.example()));
            if (same.isPresent()) {
                CorpusEntry other = snapshot.entryOf(same.get().lines().get(0));
                throw new IllegalArgumentException("the same copy is already in the corpus ("
                        + other.file().getFileName() + ", id " + other.example().id() + ")");
            }
            Example edited = byUser(current.example().withText(copy));
            replace(snapshot, current, edited, "edit " + quoted(current.example().text()));
            return new CorpusEntry(edited, current.file());
        }
    }

    public synchronized void delete(CorpusEntry entry) throws IOException, CorpusException {
        try (DirectoryLock lock = lock()) {
            CorpusSnapshot snapshot = read();
            CorpusEntry current = snapshot.current(entry);
            commit(new CorpusEdit("delete " + quoted(current.example().text()), current.file(),
                    List.of(new CorpusEdit.Change(snapshot.indexOf(current), current.example(), null))));
        }
    }

    /**
     * Adds the good rows of JSONL, CSV or doccat files to {@code corpus/user.jsonl}, each file's
     * format taken from its name unless {@code format} is given. Copy already in the corpus is not
     * added again; bad rows are reported as {@code FILE:LINE: reason} and the good rows are kept.
     * One import is one undoable edit.
     */
    public synchronized ImportResult importFiles(List<Path> files, CorpusFormat format)
            throws IOException, CorpusException {
        return importExamples(CorpusFiles.readAll(files, format));
    }

    /**
     * Adds the examples read, as {@link #importFiles} does, to the author's file, reporting the
     * read's problems with the result. A text the files repeat with its label is added once; one
     * they label differently is not added, and both are told in the result's notes. Rows keep the
     * author and time they carry; the others get the author's name and the current time.
     */
    public synchronized ImportResult importExamples(CorpusReadResult incoming) throws IOException, CorpusException {
        RepeatedCopies repeated = RepeatedCopies.of(incoming);
        try (DirectoryLock lock = lock()) {
            CorpusSnapshot snapshot = read();
            CorpusMerge.Result merged = CorpusMerge.add(snapshot.all(), repeated.kept());
            Author by = author.get();
            Path file = workspace.userCorpus(by);
            int index = snapshot.examplesIn(file).size();
            Instant now = now();
            List<Example> added = new ArrayList<>();
            List<CorpusEdit.Change> changes = new ArrayList<>();
            for (Example example : merged.added()) {
                Example stamped = by.sign(example.added() != null ? example : example.stamped(example.source(), now));
                added.add(stamped);
                changes.add(new CorpusEdit.Change(index++, null, stamped));
            }
            if (!changes.isEmpty()) {
                commit(new CorpusEdit("import " + added.size() + " examples", file, changes));
            }
            return new ImportResult(added, merged.duplicates(), incoming.problems(), repeated.report());
        }
    }

    public synchronized boolean canUndo() {
        return history.canUndo();
    }

    public synchronized boolean canRedo() {
        return history.canRedo();
    }

    /** What Undo would take back, for a menu item; empty when there is nothing to undo. */
    public synchronized Optional<String> undoDescription() {
        return history.undoDescription();
    }

    public synchronized Optional<String> redoDescription() {
        return history.redoDescription();
    }

    /** Takes back the latest edit; returns it, or empty when there was none. */
    public synchronized Optional<CorpusEdit> undo() throws IOException, CorpusException {
        return history.undo();
    }

    /** Does again the latest undone edit; returns it, or empty when there was none. */
    public synchronized Optional<CorpusEdit> redo() throws IOException, CorpusException {
        return history.redo();
    }

    /**
     * Takes back one particular edit: an undo when it is the latest, otherwise a new edit that
     * reverses it (so the edits made since stay, and the reversal itself can be undone).
     */
    public synchronized void revert(CorpusEdit edit) throws IOException, CorpusException {
        history.revert(edit);
    }

    private CorpusEdit replace(CorpusSnapshot snapshot, CorpusEntry current, Example after, String description)
            throws IOException, CorpusException {
        return commit(new CorpusEdit(description, current.file(),
                List.of(new CorpusEdit.Change(snapshot.indexOf(current), current.example(), after))));
    }

    private CorpusEdit commit(CorpusEdit edit) throws IOException, CorpusException {
        return history.commit(edit);
    }

    /** An edited example is the user's: source "user", stamped now; the label stays whose it was. */
    private Example byUser(Example example) {
        return example.stamped(USER_SOURCE, now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private DirectoryLock lock() throws IOException {
        return DirectoryLock.acquire(workspace.root());
    }

    private static String labelDescription(String text, Label label) {
        return "label " + quoted(text) + " as " + label.id();
    }

    private static String checkedText(String text) {
        String problem = ExampleFields.textProblem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem + ": nothing to label");
        }
        String copy = text.strip();
        if (ExampleIds.normalize(copy).isEmpty()) {
            throw new IllegalArgumentException("the text has no words to label");
        }
        return copy;
    }

    /** The copy an edit touched, for an Undo/Redo menu: “Sign today…”. */
    private static String quoted(String text) {
        return "“" + OneLine.cut(text, DESCRIPTION_TEXT) + "”";
    }
}
