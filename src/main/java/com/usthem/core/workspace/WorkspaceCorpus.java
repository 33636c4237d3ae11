package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusException;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.CorpusMerge;
import com.usthem.core.corpus.CorpusReadResult;
import com.usthem.core.corpus.Example;
import com.usthem.core.corpus.ExampleFields;
import com.usthem.core.corpus.ExampleIds;
import com.usthem.core.io.DirectoryLock;
import com.usthem.core.io.FileProblem;
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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The user's examples in a workspace, and every change a user makes to them: label copy, relabel,
 * edit or delete an example, import files, and undo or redo any of these.
 *
 * <p>Every change is saved at once, by an atomic rewrite of the one file it touches, under the
 * workspace lock (the command line may change the same corpus meanwhile, so each change re-reads
 * the file rather than trusting what this object saw before). A file with a line that cannot be
 * read is never rewritten: that line would be lost. Methods may be called from any thread.
 */
public final class WorkspaceCorpus {

    public static final String USER_SOURCE = "user";
    private static final int DESCRIPTION_TEXT = 40;

    private final Workspace workspace;
    private final Clock clock;
    private final Deque<CorpusEdit> undoStack = new ArrayDeque<>();
    private final Deque<CorpusEdit> redoStack = new ArrayDeque<>();

    public WorkspaceCorpus(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** What labeling some copy did. */
    public enum Outcome { ADDED, RELABELED, ALREADY_LABELED }

    /** The result of {@link #label}: what happened, the example as it now is, and the edit made (null if none). */
    public record Labeled(Outcome outcome, CorpusEntry entry, CorpusEdit edit) {

        public String message() {
            String where = entry.heldOut() ? " (in the held-out test split)" : "";
            String label = entry.example().label().id();
            return switch (outcome) {
                case ADDED -> "added as " + label;
                case RELABELED -> "relabeled as " + label + where;
                case ALREADY_LABELED -> "already labeled " + label + where;
            };
        }
    }

    /** What an import added, how many rows were already in the corpus, and the rows that were bad. */
    public record ImportResult(List<Example> added, int duplicates, List<FileProblem> problems) {

        public ImportResult {
            added = List.copyOf(added);
            problems = List.copyOf(problems);
        }
    }

    /** Every corpus file of the workspace, the held-out test split included. */
    public CorpusSnapshot read() throws IOException {
        List<CorpusEntry> entries = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        for (Path file : corpusFiles()) {
            CorpusReadResult result = CorpusFiles.read(file, CorpusFormat.JSONL, "corpus");
            result.examples().forEach(example -> entries.add(new CorpusEntry(example, file)));
            problems.addAll(result.problems());
        }
        return new CorpusSnapshot(entries, problems);
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
     * Labels copy as the user sees it: new copy is added to {@code corpus/user.jsonl} with source
     * {@value #USER_SOURCE} and the current time; copy already in the corpus with the other label is
     * relabeled where it is; copy already labeled so is left alone.
     *
     * @throws IllegalArgumentException for empty text, text without words, or text longer than an example may be
     */
    public synchronized Labeled label(String text, Label label) throws IOException, CorpusException {
        String copy = checkedText(text);
        try (DirectoryLock lock = lock()) {
            CorpusSnapshot snapshot = read();
            Optional<CorpusEntry> existing = snapshot.withText(copy);
            if (existing.isPresent() && existing.get().example().label() == label) {
                return new Labeled(Outcome.ALREADY_LABELED, existing.get(), null);
            }
            String description = "label " + quoted(copy) + " as " + label.id();
            if (existing.isPresent()) {
                CorpusEntry entry = existing.get();
                Example relabeled = byUser(entry.example().withLabel(label));
                return new Labeled(Outcome.RELABELED, new CorpusEntry(relabeled, entry.file()),
                        replace(snapshot, entry, relabeled, description));
            }
            Path file = workspace.userCorpus();
            Example added = new Example(uniqueId(snapshot, copy), copy, label, USER_SOURCE, now(), Map.of());
            CorpusEdit edit = commit(new CorpusEdit(description, file,
                    List.of(new CorpusEdit.Change(snapshot.examplesIn(file).size(), null, added))));
            return new Labeled(Outcome.ADDED, new CorpusEntry(added, file), edit);
        }
    }

    /** Gives an example the other label (or the same: then nothing changes). Returns the example as it now is. */
    public synchronized CorpusEntry relabel(CorpusEntry entry, Label label) throws IOException, CorpusException {
        try (DirectoryLock lock = lock()) {
            CorpusSnapshot snapshot = read();
            CorpusEntry current = locate(snapshot, entry);
            if (current.example().label() == label) {
                return current;
            }
            Example relabeled = byUser(current.example().withLabel(label));
            replace(snapshot, current, relabeled,
                    "relabel " + quoted(current.example().text()) + " as " + label.id());
            return new CorpusEntry(relabeled, current.file());
        }
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
            Optional<CorpusEntry> same = snapshot.withText(copy);
            if (same.isPresent() && !same.get().equals(current)) {
                throw new IllegalArgumentException("the same copy is already in the corpus ("
                        + same.get().file().getFileName() + ", id " + same.get().example().id() + ")");
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

    /** Adds the examples read, as {@link #importFiles} does, reporting the read's problems with the result. */
    public synchronized ImportResult importExamples(CorpusReadResult incoming) throws IOException, CorpusException {
        try (DirectoryLock lock = lock()) {
            CorpusSnapshot snapshot = read();
            CorpusMerge.Result merged = CorpusMerge.add(snapshot.all(), incoming.examples());
            Path file = workspace.userCorpus();
            int index = snapshot.examplesIn(file).size();
            Instant now = now();
            List<Example> added = new ArrayList<>();
            List<CorpusEdit.Change> changes = new ArrayList<>();
            for (Example example : merged.added()) {
                Example stamped = example.added() != null ? example : new Example(example.id(), example.text(),
                        example.label(), example.source(), now, example.extras());
                added.add(stamped);
                changes.add(new CorpusEdit.Change(index++, null, stamped));
            }
            if (!changes.isEmpty()) {
                commit(new CorpusEdit("import " + added.size() + " examples", file, changes));
            }
            return new ImportResult(added, merged.duplicates(), incoming.problems());
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

    private void apply(CorpusEdit edit) throws IOException, CorpusException {
        try (DirectoryLock lock = lock()) {
            List<Example> examples = new ArrayList<>(readForRewrite(edit.file()));
            for (CorpusEdit.Change change : edit.changes()) {
                if (change.before() == null) {
                    examples.add(Math.min(change.index(), examples.size()), change.after());
                    continue;
                }
                int at = indexOfId(examples, change.before().id());
                if (at < 0) {
                    throw new CorpusException(edit.file().toString(), "example " + change.before().id()
                            + " is no longer in this file (it was changed elsewhere); nothing was changed");
                }
                if (change.after() == null) {
                    examples.remove(at);
                } else {
                    examples.set(at, change.after());
                }
            }
            CorpusFiles.writeJsonl(edit.file(), examples);
        }
    }

    private static List<Example> readForRewrite(Path file) throws CorpusException {
        if (!Files.exists(file)) {
            return List.of();
        }
        CorpusReadResult result = CorpusFiles.read(file, CorpusFormat.JSONL, "corpus");
        if (!result.clean()) {
            throw new CorpusException(result.problems().stream()
                    .map(p -> new FileProblem(p.file(), p.line(), p.reason()
                            + "; fix or remove this line first (UsThem does not rewrite a file it cannot fully read)"))
                    .toList());
        }
        return result.examples();
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

    /** What the user touched is the user's: source "user", stamped now. */
    private Example byUser(Example example) {
        return new Example(example.id(), example.text(), example.label(), USER_SOURCE, now(), example.extras());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private DirectoryLock lock() throws IOException {
        return DirectoryLock.acquire(workspace.root());
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
