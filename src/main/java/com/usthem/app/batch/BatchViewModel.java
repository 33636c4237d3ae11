package com.usthem.app.batch;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.task.TaskQueue;
import com.usthem.core.Label;
import com.usthem.core.batch.BatchExport;
import com.usthem.core.batch.BatchListener;
import com.usthem.core.batch.BatchResult;
import com.usthem.core.batch.BatchScorer;
import com.usthem.core.batch.BatchSummary;
import com.usthem.core.batch.Draft;
import com.usthem.core.batch.DraftFormat;
import com.usthem.core.io.AtomicFiles;
import com.usthem.core.io.FileProblem;
import com.usthem.core.job.Cancellation;
import com.usthem.core.scoring.ScoringEngine;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A batch run as the window shows it: the results as they stream in, the files that could not be
 * read, progress and a summary line, and the filter the table applies. The run itself happens off
 * the FX thread ({@link BatchScorer} spreads the scoring over every processor); what it reports is
 * handed to the FX thread in batches, so thousands of results do not flood it.
 */
public final class BatchViewModel {

    private final Supplier<ScoringEngine> engines;
    private final TaskExecutor tasks;
    private final TaskQueue exports;
    private final ObservableList<BatchResult> results = FXCollections.observableArrayList();
    private final FilteredList<BatchResult> filtered = new FilteredList<>(results);
    private final SortedList<BatchResult> shown = new SortedList<>(filtered);
    private final ObservableList<FileProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<BatchResult> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ObservableList<FileProblem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<Label> labelFilter = new SimpleObjectProperty<>(this, "labelFilter");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Choose files or a folder of drafts (" + DraftFormat.SUPPORTED + "), or drop them here.");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private Run current;
    private Path base;

    public BatchViewModel(Supplier<ScoringEngine> engines, TaskExecutor tasks) {
        this.engines = engines;
        this.tasks = tasks;
        this.exports = tasks.queue("usthem-batch-export");
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::filter, filterText, labelFilter));
    }

    /** Scores the drafts in these files and folders, in place of what the table showed. */
    public void score(List<Path> paths) {
        ScoringEngine engine = engines.get();
        if (paths.isEmpty()) {
            return;
        }
        if (engine == null) {
            status.set("The model is still loading: choose the files again in a moment.");
            return;
        }
        cancel();
        base = commonFolder(paths);
        results.clear();
        problems.clear();
        Run run = new Run();
        current = run;
        running.set(true);
        progress.set(-1);
        status.set("Reading the files\u2026");
        tasks.execute(BackgroundTask.of(() -> new BatchScorer(engine).score(paths, run, run.cancellation))
                .onSuccess(run::finish).onFailure(run::fail));
    }

    /** Stops the run after the drafts being scored; what was scored stays in the table. */
    public void cancel() {
        if (current != null && running.get()) {
            current.cancellation.cancel();
            status.set("Cancelling\u2026");
        }
    }

    /**
     * Writes the rows the table shows — filtered, in the table's order — to a file, atomically;
     * then {@code done} gets the number of rows written, or {@code failed} why none were.
     */
    public void export(Path file, BatchExport format, Consumer<Integer> done, Consumer<String> failed) {
        List<BatchResult> rows = List.copyOf(shown);
        exports.execute(BackgroundTask.of(() -> {
            AtomicFiles.write(file, out -> format.write(rows, out));
            return rows.size();
        }).onSuccess(done).onFailure(failed));
    }

    /** Where a draft came from, for the table: relative to the folder the chosen files share. */
    public String place(Draft draft) {
        Path file = draft.file();
        return base != null && file.startsWith(base) && !file.equals(base) ? base.relativize(file).toString()
                : String.valueOf(file.getFileName());
    }

    private Predicate<BatchResult> filter() {
        String words = filterText.get().strip().toLowerCase(Locale.ROOT);
        Label side = labelFilter.get();
        return result -> (side == null || result.label() == side) && (words.isEmpty()
                || result.draft().text().toLowerCase(Locale.ROOT).contains(words)
                || place(result.draft()).toLowerCase(Locale.ROOT).contains(words)
                || (result.draft().id() != null && result.draft().id().toLowerCase(Locale.ROOT).contains(words)));
    }

    private static Path commonFolder(List<Path> paths) {
        Path common = null;
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
            if (common == null) {
                common = folder;
            }
            while (common != null && folder != null && !folder.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }

    /** Hears one run; what it hears reaches the lists only while it is the current run. */
    private final class Run implements BatchListener {
        final Cancellation cancellation = new Cancellation();
        private final ConcurrentLinkedQueue<BatchResult> scored = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<FileProblem> unreadable = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean flushing = new AtomicBoolean();
        private volatile int done;
        private volatile int total = -1;

        @Override
        public void scored(BatchResult result) {
            scored.add(result);
            requestFlush();
        }

        @Override
        public void problem(FileProblem problem) {
            unreadable.add(problem);
            requestFlush();
        }

        @Override
        public void progress(int doneSoFar, int totalDrafts) {
            done = doneSoFar;
            total = totalDrafts;
            requestFlush();
        }

        /** At most one hand-over waits on the FX thread; it takes everything that arrived until it runs. */
        private void requestFlush() {
            if (flushing.compareAndSet(false, true)) {
                Platform.runLater(this::flush);
            }
        }

        private void flush() {
            flushing.set(false);
            if (current != this) {
                return;
            }
            List<BatchResult> arrived = new ArrayList<>();
            for (BatchResult result = scored.poll(); result != null; result = scored.poll()) {
                arrived.add(result);
            }
            results.addAll(arrived);
            List<FileProblem> failed = new ArrayList<>();
            for (FileProblem problem = unreadable.poll(); problem != null; problem = unreadable.poll()) {
                failed.add(problem);
            }
            problems.addAll(failed);
            if (total >= 0 && running.get() && !cancellation.isCancelled()) {
                progress.set(total == 0 ? 1 : (double) done / total);
                status.set(String.format(Locale.ROOT, "Scored %,d of %,d drafts\u2026", done, total));
            }
        }

        void finish(BatchSummary summary) {
            flush();
            if (current != this) {
                return;
            }
            summary.skipped().forEach(file -> problems.add(new FileProblem(file.toString(), 0,
                    "skipped: not a draft file (batch scoring reads " + DraftFormat.SUPPORTED + ")")));
            running.set(false);
            progress.set(summary.cancelled() ? progress.get() : 1);
            status.set(summarize(summary));
        }

        void fail(String problem) {
            flush();
            if (current == this) {
                running.set(false);
                progress.set(0);
                status.set("Batch scoring stopped: " + problem);
            }
        }
    }

    /** "Scored 412 drafts from 37 files; 2 problems; 3 files skipped (not drafts)." */
    static String summarize(BatchSummary summary) {
        int scored = summary.results().size();
        StringBuilder line = new StringBuilder();
        if (summary.cancelled()) {
            line.append(String.format(Locale.ROOT, "Cancelled: %,d draft%s scored before the stop", scored,
                    scored == 1 ? "" : "s"));
        } else {
            line.append(String.format(Locale.ROOT, "Scored %,d draft%s from %,d file%s", scored, scored == 1 ? "" : "s",
                    summary.files(), summary.files() == 1 ? "" : "s"));
        }
        if (!summary.problems().isEmpty()) {
            line.append(String.format(Locale.ROOT, "; %,d could not be read or scored (listed below)",
                    summary.problems().size()));
        }
        if (!summary.skipped().isEmpty()) {
            line.append(String.format(Locale.ROOT, "; %,d file%s skipped (not drafts)", summary.skipped().size(),
                    summary.skipped().size() == 1 ? "" : "s"));
        }
        return line.append('.').toString();
    }

    /** Every result of the run so far, in the order they arrived. */
    public ObservableList<BatchResult> results() {
        return resultsView;
    }

    /** The results the filter lets through, sorted as the table asks (bind its comparator). */
    public SortedList<BatchResult> shown() {
        return shown;
    }

    /** Files and rows that could not be read or scored, and folder files skipped as not drafts. */
    public ObservableList<FileProblem> problems() {
        return problemsView;
    }

    /** Words to find in a draft's text, file or id; empty shows every result. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Only drafts with this verdict; null for both. */
    public ObjectProperty<Label> labelFilterProperty() {
        return labelFilter;
    }

    /** 0..1 while scoring; -1 while the files are read and the number of drafts is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
