package com.usthem.app.team;

import com.usthem.app.dialog.Severity;
import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import com.usthem.core.io.FileProblem;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.text.OneLine;
import com.usthem.core.workspace.CorpusEntry;
import com.usthem.core.workspace.CorpusSnapshot;
import com.usthem.core.workspace.ReviewedExample;
import com.usthem.core.workspace.WorkspaceCorpus;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The examples window's state: every example of the workspace corpus beside the current model's
 * score, searched and filtered; and the changes the user makes to them (relabel, edit, delete,
 * import), each saved at once and undoable. The examples are read and scored again whenever the
 * corpus, the model or the workspace changes while the window is open.
 */
public final class ExamplesViewModel {

    /** A message for the window's banner. */
    public record Message(Severity kind, String text) {
    }

    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final ObservableList<ReviewedExample> all = FXCollections.observableArrayList();
    private final FilteredList<ReviewedExample> filtered = new FilteredList<>(all);
    private final SortedList<ReviewedExample> sorted = new SortedList<>(filtered);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty disagreeing = new SimpleBooleanProperty(this, "disagreeing");
    private final BooleanProperty lowConfidence = new SimpleBooleanProperty(this, "lowConfidence");
    private final ObjectProperty<AuthorFilter> author = new SimpleObjectProperty<>(this, "author",
            AuthorFilter.EVERYONE);
    private final ObservableList<AuthorFilter> authors = FXCollections.observableArrayList(AuthorFilter.EVERYONE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<Message> messages = FXCollections.observableArrayList();
    private boolean active;
    private BackgroundTask<Reviewed> reviewing;
    private List<FileProblem> shownProblems = List.of();

    /** The corpus as read, scored. */
    private record Reviewed(List<ReviewedExample> examples, List<FileProblem> problems) {
    }

    public ExamplesViewModel(WorkspaceSession session, TaskExecutor tasks) {
        this.session = session;
        this.tasks = tasks;
        search.addListener(this::filterChanged);
        disagreeing.addListener(this::filterChanged);
        lowConfidence.addListener(this::filterChanged);
        author.addListener(this::filterChanged);
        session.corpusRevisionProperty().addListener(observable -> refresh());
        session.engineProperty().addListener(observable -> refresh());
    }

    /** While active (the window is open), the examples are kept up to date; activating reads them at once. */
    public void setActive(boolean isActive) {
        active = isActive;
        if (active) {
            refresh();
        } else if (reviewing != null) {
            reviewing.cancel();
        }
    }

    /** Reads the corpus and scores it again, in the background; a newer refresh cancels an older one. */
    public void refresh() {
        ScoringEngine engine = session.engine();
        if (!active || engine == null) {
            return;
        }
        if (reviewing != null) {
            reviewing.cancel();
        }
        WorkspaceCorpus corpus = session.corpus();
        BackgroundTask<Reviewed> task = BackgroundTask.job((listener, cancellation) -> {
            CorpusSnapshot snapshot = corpus.read();
            return new Reviewed(ReviewedExample.review(snapshot.entries(), engine.classifier(), listener,
                    cancellation), snapshot.problems());
        });
        reviewing = task;
        loading.set(true);
        progress.bind(task.progressProperty());
        tasks.execute(task.onSuccess(reviewed -> {
            finishLoading();
            all.setAll(reviewed.examples());
            listAuthors();
            showProblems(reviewed.problems());
        }).onFailure(problem -> {
            finishLoading();
            messages.add(new Message(Severity.ERROR, "Could not read the examples: " + problem));
        }));
    }

    private void finishLoading() {
        progress.unbind();
        loading.set(false);
        reviewing = null;
    }

    /** Bad corpus lines, each said once (not again on every refresh). */
    private void showProblems(List<FileProblem> problems) {
        if (!problems.isEmpty() && !problems.equals(shownProblems)) {
            messages.add(new Message(Severity.WARNING, (problems.size() == 1
                    ? "A corpus line cannot be read, so that file cannot be changed until it is fixed: "
                    : Figures.count(problems.size()) + " corpus lines cannot be read, so those files cannot be "
                    + "changed until they are fixed:\n") + Figures.problems(problems)));
        }
        shownProblems = problems;
    }

    /**
     * The choices of the author filter: everyone, the lines without a name when there are any, then
     * each person by name; the one chosen stays a choice even when its lines are gone.
     */
    private void listAuthors() {
        Set<AuthorFilter> choices = new LinkedHashSet<>(List.of(AuthorFilter.EVERYONE));
        if (all.stream().anyMatch(example -> example.author() == null)) {
            choices.add(AuthorFilter.NO_NAME);
        }
        all.stream().map(ReviewedExample::author).filter(Objects::nonNull).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).forEach(name -> choices.add(AuthorFilter.of(name)));
        choices.add(author.get());
        updateInPlace(List.copyOf(choices));
    }

    /**
     * Makes the choices these by removing and inserting, never replacing the list: a list control
     * showing it drops its choice when its items are replaced.
     */
    private void updateInPlace(List<AuthorFilter> choices) {
        authors.retainAll(choices);
        for (int i = 0; i < choices.size(); i++) {
            AuthorFilter choice = choices.get(i);
            if (i < authors.size() && authors.get(i).equals(choice)) {
                continue;
            }
            if (authors.contains(choice)) {
                authors.setAll(choices);
                return;
            }
            authors.add(i, choice);
        }
    }

    private void filterChanged(Observable observable) {
        String words = search.get().strip().toLowerCase(Locale.ROOT);
        AuthorFilter whose = author.get();
        Predicate<ReviewedExample> predicate = example -> (words.isEmpty() || example.matches(words))
                && (!disagreeing.get() || !example.agrees())
                && (!lowConfidence.get() || example.lowConfidence())
                && whose.keeps(example);
        filtered.setPredicate(predicate);
    }

    /** The examples shown: searched and filtered; sort them by binding its comparator to the table's. */
    public SortedList<ReviewedExample> examples() {
        return sorted;
    }

    /** How many examples the corpus has, whether shown or not. */
    public int total() {
        return all.size();
    }

    /** Words that must all occur in an example's text, label, source, axis or author. */
    public StringProperty searchProperty() {
        return search;
    }

    /** Only examples the model gives the other label. */
    public BooleanProperty disagreeingProperty() {
        return disagreeing;
    }

    /** Only examples the model is unsure about. */
    public BooleanProperty lowConfidenceProperty() {
        return lowConfidence;
    }

    /** Only one person's labels, or only those without a name. */
    public ObjectProperty<AuthorFilter> authorProperty() {
        return author;
    }

    /** The choices of the author filter, as the corpus has them. */
    public ObservableList<AuthorFilter> authors() {
        return authors;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the last change did, or why it could not be done. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Messages for the banner: import reports and problems; the window takes them as they come. */
    public ObservableList<Message> messages() {
        return messages;
    }

    /** Gives the example's copy this label, as the user (asking who labels, the first time). */
    public void relabel(ReviewedExample example, Label label) {
        if (!session.labeler().ready()) {
            return;
        }
        WorkspaceCorpus corpus = session.corpus();
        change(() -> corpus.relabel(example.entry(), label),
                labeled -> "\u201c" + OneLine.cut(labeled.copy().text(), 50) + "\u201d: " + labeled.message() + ".");
    }

    public void editText(ReviewedExample example, String text) {
        WorkspaceCorpus corpus = session.corpus();
        change(() -> corpus.editText(example.entry(), text), entry -> "Changed the text of the example.");
    }

    public void delete(ReviewedExample example) {
        WorkspaceCorpus corpus = session.corpus();
        CorpusEntry entry = example.entry();
        change(() -> {
            corpus.delete(entry);
            return entry;
        }, deleted -> "Deleted \u201c" + OneLine.cut(deleted.example().text(), 50) + "\u201d. Alt+Z brings it back.");
    }

    public void undo() {
        session.undo(status::set);
    }

    public void redo() {
        session.redo(status::set);
    }

    /**
     * Adds the good rows of the files to the corpus, each file's format taken from its name; bad rows
     * are reported with their line, rows already in the corpus are left out.
     */
    public void importFiles(List<Path> files) {
        if (!session.labeler().ready()) {
            return;
        }
        WorkspaceCorpus corpus = session.corpus();
        session.run(() -> corpus.importFiles(files, null), result -> {
            session.corpusChanged();
            String from = files.size() == 1 ? files.get(0).getFileName().toString() : files.size() + " files";
            String already = result.duplicates() == 0 ? ""
                    : " " + Figures.plural(result.duplicates(), "row") + " already in the corpus "
                    + (result.duplicates() == 1 ? "was" : "were") + " left out.";
            messages.add(new Message(Severity.INFO, "Imported " + Figures.plural(result.added().size(),
                    "example") + " from " + from + "." + already
                    + (result.added().isEmpty() ? "" : " Alt+Z undoes the import.")));
            if (!result.notes().isEmpty()) {
                messages.add(new Message(Severity.WARNING, String.join("\n", result.notes())));
            }
            if (!result.problems().isEmpty()) {
                messages.add(new Message(Severity.WARNING, (result.problems().size() == 1
                        ? "1 row was not imported: "
                        : Figures.count(result.problems().size()) + " rows were not imported:\n")
                        + Figures.problems(result.problems())));
            }
        }, problem -> messages.add(new Message(Severity.ERROR, "Nothing was imported: " + problem)));
    }

    /**
     * Writes the training examples (the held-out test split stays out) as JSON Lines, CSV or doccat,
     * by the file's name.
     */
    public void export(Path file) {
        WorkspaceCorpus corpus = session.corpus();
        session.run(() -> {
            CorpusFormat format = CorpusFormat.fromFileName(file);
            List<Example> training = corpus.read().trainingOrThrow();
            CorpusFiles.write(file, format, training);
            return training.size();
        }, count -> status.set("Exported " + Figures.plural(count, "example") + " to " + file.getFileName() + "."),
                problem -> messages.add(new Message(Severity.ERROR, "Nothing was exported: " + problem)));
    }

    private <T> void change(Callable<T> edit, Function<T, String> done) {
        session.run(edit, result -> {
            status.set(done.apply(result));
            session.corpusChanged();
        }, problem -> status.set("Not changed: " + problem));
    }
}
