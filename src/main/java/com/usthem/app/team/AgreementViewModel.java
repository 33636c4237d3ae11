package com.usthem.app.team;

import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.task.TaskQueue;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.io.AtomicFiles;
import com.usthem.core.report.TeamReport;
import com.usthem.core.team.AgreementReport;
import com.usthem.core.workspace.CorpusSnapshot;
import com.usthem.core.workspace.WorkspaceCorpus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The team view's state: whether the team agrees on its labeling rules, from the copy two or more
 * people labeled (each pair's agreement and kappa, the distinctions people disagree on most, the
 * disputed copies), read again whenever the corpus changes while the view is open; and the report
 * of it as a web page for a team meeting.
 */
public final class AgreementViewModel {

    private final WorkspaceSession session;
    private final TaskExecutor tasks;
    private final TaskQueue reports;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<AgreementReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Told> told = new ReadOnlyObjectWrapper<>(this, "told", Told.NOTHING);
    private boolean active;
    private BackgroundTask<Read> reading;

    /** The figures, and how many corpus lines could not be read for them. */
    private record Read(AgreementReport report, int badLines) {
    }

    /**
     * What the view tells the user under the figures.
     *
     * @param message what the latest export did, or why something could not be done; "" for nothing
     * @param written the report written last, to open in the browser; null before one is
     */
    public record Told(String message, Path written) {

        static final Told NOTHING = new Told("", null);
    }

    /** @param clock dates the exported report */
    public AgreementViewModel(WorkspaceSession session, TaskExecutor tasks, Clock clock) {
        this.session = session;
        this.tasks = tasks;
        this.reports = tasks.queue("usthem-team-report");
        this.clock = clock;
        // A new workspace's corpus comes with a new revision too.
        session.corpusRevisionProperty().addListener(observable -> refresh());
    }

    /** While active (the view is open) the figures follow the corpus; activating reads them at once. */
    public void setActive(boolean isActive) {
        active = isActive;
        refresh();
    }

    /**
     * Reads the corpus and works out the figures again, off the FX thread, while the view is open; a
     * newer reading overtakes an older one.
     */
    public void refresh() {
        if (reading != null) {
            reading.cancel();
            reading = null;
        }
        if (!active) {
            return;
        }
        WorkspaceCorpus corpus = session.corpus();
        BackgroundTask<Read> task = BackgroundTask.of(() -> {
            CorpusSnapshot snapshot = corpus.read();
            return new Read(AgreementReport.of(snapshot.copies()), snapshot.problems().size());
        });
        reading = task;
        tasks.execute(task.onSuccess(read -> {
            reading = null;
            report.set(read.report());
            if (read.badLines() > 0) {
                tell(Figures.plural(read.badLines(), "corpus line") + " cannot be read, so "
                        + (read.badLines() == 1 ? "it is" : "they are") + " left out of the figures.");
            }
        }).onFailure(problem -> {
            reading = null;
            tell("Could not read the examples: " + problem);
        }));
    }

    /** The figures; null until they are first read. */
    public ReadOnlyObjectProperty<AgreementReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** A name for the report of today: {@code team-agreement-2026-12-01.html}. */
    public String suggestedFileName() {
        return "team-agreement-" + LocalDate.ofInstant(clock.instant(), clock.getZone()) + ".html";
    }

    /** Writes the figures as they are shown, as one self-contained web page, atomically. */
    public void export(Path file) {
        AgreementReport shown = report.get();
        if (shown == null) {
            tell("The figures are still being read; export again in a moment.");
            return;
        }
        String workspace = session.workspace().root().toString();
        reports.execute(BackgroundTask.of(() -> {
            AtomicFiles.writeString(file, TeamReport.html(workspace, shown, clock.instant()));
            return file;
        }).onSuccess(written -> told.set(new Told("Report saved to " + written.getFileName() + ".", written)))
                .onFailure(problem -> tell("Could not write the report to " + file + ": " + problem)));
    }

    /** What to tell the user under the figures, and the report to open. */
    public ReadOnlyObjectProperty<Told> toldProperty() {
        return told.getReadOnlyProperty();
    }

    /** Says something, keeping the report written last to open. */
    private void tell(String message) {
        told.set(new Told(message, told.get().written()));
    }
}
