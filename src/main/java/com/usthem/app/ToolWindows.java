package com.usthem.app;

import com.usthem.app.batch.BatchViewModel;
import com.usthem.app.batch.BatchWindow;
import com.usthem.app.compare.CompareViewModel;
import com.usthem.app.compare.CompareWindow;
import com.usthem.app.dialog.DialogService;
import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.dialog.Severity;
import com.usthem.app.draft.CurrentDraft;
import com.usthem.app.score.ModelSummary;
import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskQueue;
import com.usthem.app.view.AppAction;
import com.usthem.app.workshop.RoomViewModel;
import com.usthem.app.workshop.WorkshopViewModel;
import com.usthem.app.workshop.WorkshopWindow;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.io.AtomicFiles;
import com.usthem.core.report.DraftReport;
import com.usthem.core.room.LocalNetwork;
import com.usthem.core.room.RoomLimits;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.scoring.ScoringEngine;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * What the write-and-score window opens beside itself: workshop mode, batch scoring, the
 * comparison of two drafts, and the HTML report on the draft. Each window takes the model of the
 * workspace session current when it starts (a session, a run, a comparison), so a model changed
 * meanwhile is used from the next start on.
 */
final class ToolWindows {

    private static final List<FileDialogs.Filter> HTML =
            List.of(new FileDialogs.Filter("Web page (*.html)", List.of("*.html")));

    private final WindowKit kit;
    private final WorkspaceSession session;
    private final CurrentDraft draft;
    private final DialogService dialogs;
    private final TaskQueue reports;
    private Consumer<String> documentOpener;
    private WorkshopWindow workshop;
    private BatchWindow batch;
    private CompareWindow compare;

    ToolWindows(WindowKit kit, WorkspaceSession session, CurrentDraft draft, DialogService dialogs) {
        this.kit = kit;
        this.session = session;
        this.draft = draft;
        this.dialogs = dialogs;
        this.reports = kit.tasks().queue("usthem-reports");
    }

    /** The report action, for the File menu. */
    AppAction reportAction() {
        return new AppAction("File", "Export HTML report\u2026",
                new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN, SHIFT_DOWN), this::exportReport);
    }

    /** The Tools menu. */
    List<AppAction> actions() {
        return List.of(
                new AppAction("Tools", "Workshop mode (full screen)\u2026",
                        new KeyCodeCombination(KeyCode.W, SHORTCUT_DOWN, SHIFT_DOWN), this::openWorkshop),
                new AppAction("Tools", "Batch scoring\u2026", new KeyCodeCombination(KeyCode.B, SHORTCUT_DOWN),
                        this::openBatch),
                new AppAction("Tools", "Compare with another draft\u2026",
                        new KeyCodeCombination(KeyCode.D, SHORTCUT_DOWN), this::openCompare));
    }

    /** Opens files in the user's browser (the application's host services). */
    void setDocumentOpener(Consumer<String> opener) {
        documentOpener = opener;
    }

    BatchWindow batch() {
        return batch;
    }

    CompareWindow compare() {
        return compare;
    }

    void openWorkshop() {
        if (workshop == null || !workshop.stage().isShowing()) {
            WorkshopViewModel model = new WorkshopViewModel(session::engine, session::corpus, session::corpusChanged,
                    Clock.systemUTC(), kit.tasks());
            RoomViewModel room = new RoomViewModel(model, LocalNetwork::addresses, RoomLimits.DEFAULT, kit.tasks());
            workshop = new WorkshopWindow(model, room, kit.look().windowLook(), kit.files(), documentOpener);
        }
        workshop.show();
    }

    void openBatch() {
        if (batch == null || !batch.stage().isShowing()) {
            batch = new BatchWindow(kit.owner(), new BatchViewModel(session::engine, kit.tasks()),
                    kit.look().windowLook(), kit.files());
        }
        batch.show();
    }

    /** Compares the draft in the editor (the "before") with a rewrite typed or opened beside it. */
    void openCompare() {
        if (compare != null && compare.stage().isShowing()) {
            compare.show();
            return;
        }
        ScoringEngine current = session.engine();
        if (current == null) {
            dialogs.notify("The model is still loading: try again in a moment.");
            return;
        }
        CompareViewModel model = new CompareViewModel(current.classifier(), kit.tasks());
        model.beforeProperty().set(draft.editor().text());
        Path file = draft.file().getValue();
        compare = new CompareWindow(kit.owner(), model, file == null ? "the draft in the editor" : file.getFileName()
                + " (in the editor)", kit.look().windowLook(), kit.files());
        compare.show();
    }

    /** Writes the self-contained HTML report on the draft as scored, then offers to open it. */
    void exportReport() {
        ScoredText result = draft.verdict().getValue();
        ScoringEngine current = session.engine();
        if (result == null || current == null || !result.text().equals(draft.editor().text())) {
            dialogs.notify("No verdict to report yet.");
            return;
        }
        Path draftFile = draft.file().getValue();
        String name = draftFile == null ? null : draftFile.getFileName().toString();
        String suggested = (name == null ? "draft" : name.replaceFirst("\\.[^.]+$", "")) + "-report.html";
        dialogs.saveFile("Export an HTML report on the draft", suggested, HTML, null).ifPresent(chosen -> {
            Path file = FileDialogs.withExtension(chosen, "html");
            reports.execute(BackgroundTask.of(() -> {
                AtomicFiles.writeString(file, DraftReport.html(name == null ? "Untitled draft" : name, result,
                        ModelSummary.name(current.loaded()), Instant.now()));
                return file;
            }).onSuccess(written -> {
                dialogs.notify("Report saved to " + file.getFileName());
                offerToOpen(file);
            }).onFailure(problem -> dialogs.showMessage(Severity.ERROR, "Could not write the report to " + file + ": "
                    + problem)));
        });
    }

    private void offerToOpen(Path file) {
        if (documentOpener == null) {
            return;
        }
        ButtonType open = new ButtonType("Open in the browser", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "The report is saved as " + file + ".", open,
                ButtonType.CLOSE);
        alert.initOwner(kit.owner());
        alert.setTitle("Report saved");
        alert.setHeaderText("Report saved");
        kit.look().now().styled(alert);
        alert.setOnHidden(e -> {
            if (alert.getResult() == open) {
                documentOpener.accept(file.toUri().toString());
            }
        });
        alert.show();
    }
}
