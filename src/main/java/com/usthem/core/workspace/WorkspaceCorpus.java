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
import com.usthem.core.corpus.JsonlCorpusFile;
import com.usthem.core.corpus.RepeatedCopies;
import com.usthem.core.io.DirectoryLock;
import com.usthem.core.io.FileLine;
import com.usthem.core.io.FileProblem;
import com.usthem.core.team.Author;
import com.usthem.core.team.LabeledCopy;
import com.usthem.core.text.OneLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
    private final Deque<CorpusEdit> undoStack = new ArrayDeque<>();
    private final Deque<CorpusEdit> redoStack = new ArrayDeque<>();

    /** A corpus labeled without a name, as before names were recorded. */
    public WorkspaceCorpus(Workspace workspace, Clock clock) {
        this(workspace, clock, () -> Author.UNNAMED);
    }

    /** @param author who is labeling now; asked at every change */
    public WorkspaceCorpus(Workspace workspace, Clock clock, Supplier<Author> author) {
        this.workspace = workspace;
        this.clock = clock;
        this.author = author;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** What labeling some copy did. */
    public enum Outcome {
        /** New copy, added. */
        ADDED,
        /** The label that counts for the copy changed. */
        RELABELED,
        /** The copy already had this label (from this author, or nobody named): nothing changed. */
        ALREADY_LABELED,
        /** Other people labeled it so too: this author's label is added beside theirs. */
        AGREED,
        /** People now label it differently: it waits for the team to settle it. */
        DISPUTED,
        /** The team's decision on a disputed copy is recorded. */
        SETTLED
    }

    /**
     * The result of a label or a settlement: what happened, the line written (or found, when
     * nothing changed), the copy as it now is, and the edit made (null if none).
     */
    public record Labeled(Outcome outcome, CorpusEntry entry, LabeledCopy copy, CorpusEdit edit) {

        public String message() {
            String where = copy.heldOut() ? " (in the held-out test split)" : "";
            Label label = entry.example().label();
            return switch (outcome) {
                case ADDED -> "added as " + label;
                case RELABELED -> "relabeled as " + label + where;
                case ALREADY_LABELED -> "already labeled " + label + where;
                case AGREED -> "labeled " + label + ", as " + others(label) + " did" + where;
                case DISPUTED -> "labeled " + label + ", but " + others(label.other()) + " said " + label.other()
                        + ": disputed until the team settles it" + where;
                case SETTLED -> "settled as " + label + where;
            };
        }

        /** The other people who labeled the copy so. */
        private String others(Label label) {
            return copy.byPerson().values().stream()
                    .filter(line -> line.label() == label && !Objects.equals(line.author(), entry.example().author()))
                    .map(Example::author)
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * What an import added, how many rows were already in the corpus, the rows that were bad, and
     * what to tell about texts the files repeat (used once) or label differently (left out).
     */
    public record ImportResult(List<Example> added, int duplicates, List<FileProblem> problems, List<String> notes) {

        public ImportResult {
            added = List.copyOf(added);
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
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
            CorpusEntry current = locate(snapshot, entry);
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
        Example line = new Example(uniqueId(snapshot, copy), copy, label, USER_SOURCE, now(), extras)
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
            CorpusEntry current = locate(snapshot, entry);
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
            CorpusEntry current = locate(snapshot, entry);
            commit(new CorpusEdit("delete " + quoted(current.example().text()), current.file(),
                    List.of(new CorpusEdit.Change(indexIn(snapshot, current), current.example(), null))));
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
        return !undoStack.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redoStack.isEmpty();
    }

    /** What Undo would take back, for a menu item; empty when there is nothing to undo. */
    public synchronized Optional<String> undoDescription() {
        return Optional.ofNullable(undoStack.peek()).map(CorpusEdit::description);
    }

    public synchronized Optional<String> redoDescription() {
        return Optional.ofNullable(redoStack.peek()).map(CorpusEdit::description);
    }

    /** Takes back the latest edit; returns it, or empty when there was none. */
    public synchronized Optional<CorpusEdit> undo() throws IOException, CorpusException {
        CorpusEdit edit = undoStack.peek();
        if (edit == null) {
            return Optional.empty();
        }
        apply(edit.inverse());
        redoStack.push(undoStack.pop());
        return Optional.of(edit);
    }

    /** Does again the latest undone edit; returns it, or empty when there was none. */
    public synchronized Optional<CorpusEdit> redo() throws IOException, CorpusException {
        CorpusEdit edit = redoStack.peek();
        if (edit == null) {
            return Optional.empty();
        }
        apply(edit);
        undoStack.push(redoStack.pop());
        return Optional.of(edit);
    }

    /**
     * Takes back one particular edit: an undo when it is the latest, otherwise a new edit that
     * reverses it (so the edits made since stay, and the reversal itself can be undone).
     */
    public synchronized void revert(CorpusEdit edit) throws IOException, CorpusException {
        if (undoStack.peek() == edit) {
            undo();
        } else {
            CorpusEdit inverse = edit.inverse();
            commit(new CorpusEdit("undo " + edit.description(), inverse.file(), inverse.changes()));
        }
    }

    private CorpusEdit replace(CorpusSnapshot snapshot, CorpusEntry current, Example after, String description)
            throws IOException, CorpusException {
        return commit(new CorpusEdit(description, current.file(),
                List.of(new CorpusEdit.Change(indexIn(snapshot, current), current.example(), after))));
    }

    private CorpusEdit commit(CorpusEdit edit) throws IOException, CorpusException {
        apply(edit);
        undoStack.push(edit);
        redoStack.clear();
        return edit;
    }

    /**
     * Writes an edit, changing only the lines it touches. Every example it changes must still be as
     * the edit found it: an undo must not take back what someone else did meanwhile.
     */
    private void apply(CorpusEdit edit) throws IOException, CorpusException {
        try (DirectoryLock lock = lock()) {
            JsonlCorpusFile file = JsonlCorpusFile.read(edit.file());
            for (CorpusEdit.Change change : edit.changes()) {
                if (change.before() == null) {
                    file.insert(change.index(), change.after());
                    continue;
                }
                Example current = file.get(change.before().id());
                if (!change.before().equals(current)) {
                    throw new CorpusException(edit.file().toString(), "example " + change.before().id()
                            + (current == null ? " is no longer in this file" : " has changed")
                            + " (it was changed elsewhere); nothing was changed");
                }
                if (change.after() == null) {
                    file.remove(current.id());
                } else {
                    file.replace(current.id(), change.after());
                }
            }
            file.write();
        }
    }

    /** The entry as it is in the files now: by file and id, since the caller's copy may be stale. */
    private static CorpusEntry locate(CorpusSnapshot snapshot, CorpusEntry entry) throws CorpusException {
        return snapshot.entries().stream()
                .filter(e -> e.file().equals(entry.file()) && e.example().id().equals(entry.example().id()))
                .findFirst()
                .orElseThrow(() -> new CorpusException(entry.file().toString(), "example " + entry.example().id()
                        + " is no longer in this file (it was changed elsewhere)"));
    }

    private static int indexIn(CorpusSnapshot snapshot, CorpusEntry entry) {
        return indexOfId(snapshot.examplesIn(entry.file()), entry.example().id());
    }

    private static int indexOfId(List<Example> examples, String id) {
        for (int i = 0; i < examples.size(); i++) {
            if (examples.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String uniqueId(CorpusSnapshot snapshot, String text) {
        String base = ExampleIds.forText(text);
        String id = base;
        for (int n = 2; snapshot.hasId(id); n++) {
            id = base + "-" + n;
        }
        return id;
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
