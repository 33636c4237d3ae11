package com.usthem.app;

import com.usthem.app.batch.BatchViewModel;
import com.usthem.app.batch.BatchWindow;
import com.usthem.app.compare.CompareViewModel;
import com.usthem.app.compare.CompareWindow;
import com.usthem.app.score.ModelSummary;
import com.usthem.app.task.BackgroundThread;
import com.usthem.app.view.AppAction;
import com.usthem.app.view.FileDialogs;
import com.usthem.app.view.MessageBanner;
import com.usthem.app.view.WindowLook;
import com.usthem.app.workshop.WorkshopViewModel;
import com.usthem.app.workshop.WorkshopWindow;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.io.AtomicFiles;
import com.usthem.core.report.DraftReport;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.scoring.ScoringEngine;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * What the write-and-score window opens beside itself: workshop mode, batch scoring, the
 * comparison of two drafts, and the HTML report on the draft. Each window takes the scoring engine
 * current when it starts (a session, a run, a comparison), so a model changed meanwhile is used
 * from the next start on.
 */
final class ToolWindows {

    private static final List<FileDialogs.Filter> HTML =
            List.of(new FileDialogs.Filter("Web page (*.html)", List.of("*.html")));

    private final MainWindow main;
    private final Stage owner;
    private final Supplier<ScoringEngine> engine;
    private final WorkspaceSession session;
    private final ObjectProperty<WindowLook> look = new SimpleObjectProperty<>(this, "look");
    private final ExecutorService files = BackgroundThread.named("usthem-tool-files");
    private final ExecutorService workshopThread = BackgroundThread.named("usthem-workshop");
    private final ExecutorService batchThread = BackgroundThread.named("usthem-batch");
    private final ExecutorService compareThread = BackgroundThread.named("usthem-compare");
    private FileDialogs dialogs = FileDialogs.NATIVE;
    private Consumer<String> documentOpener;
    private WorkshopWindow workshop;
    private BatchWindow batch;
    private CompareWindow compare;

    ToolWindows(MainWindow main, Stage owner, Supplier<ScoringEngine> engine, WorkspaceSession session) {
        this.main = main;
        this.owner = owner;
        this.engine = engine;
        this.session = session;
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

    /** The main window's look changed: the tool windows follow it. */
    void lookChanged(WindowLook now) {
        look.set(now);
    }

    /** Opens files in the user's browser (the application's host services). */
    void setDocumentOpener(Consumer<String> opener) {
        documentOpener = opener;
    }

    /** The pickers the tool windows ask with; tests answer them in the user's place. */
    void setFileDialogs(FileDialogs fileDialogs) {
        dialogs = fileDialogs;
    }

    WorkshopWindow workshop() {
        return workshop;
    }

    BatchWindow batch() {
        return batch;
    }

    CompareWindow compare() {
        return compare;
    }

    void openWorkshop() {
        if (workshop == null || !workshop.stage().isShowing()) {
            WorkshopViewModel model = new WorkshopViewModel(engine, session::corpus, session::corpusChanged, Clock.systemUTC(),
                    workshopThread);
            workshop = new WorkshopWindow(model, look, dialogs, documentOpener);
        }
        workshop.show();
    }

    void openBatch() {
        if (batch == null || !batch.stage().isShowing()) {
            batch = new BatchWindow(owner, new BatchViewModel(engine, batchThread), look, dialogs, files);
        }
        batch.show();
    }

    /** Compares the draft in the editor (the "before") with a rewrite typed or opened beside it. */
    void openCompare() {
        if (compare != null && compare.stage().isShowing()) {
            compare.show();
            return;
        }
        ScoringEngine current = engine.get();
        if (current == null) {
            main.notify("The model is still loading: try again in a moment.");
            return;
        }
        CompareViewModel model = new CompareViewModel(current.classifier(), compareThread);
        model.beforeProperty().set(main.editor().area().getText());
        Path file = main.draft().getFile();
        compare = new CompareWindow(owner, model, file == null ? "the draft in the editor" : file.getFileName()
                + " (in the editor)", look, dialogs);
        compare.show();
    }

    /** Writes the self-contained HTML report on the draft as scored, then offers to open it. */
    void exportReport() {
        ScoredText result = main.scores().getResult();
        ScoringEngine current = engine.get();
        String text = main.editor().area().getText();
        if (result == null || current == null || !result.text().equals(text)) {
            main.notify("No verdict to report yet.");
            return;
        }
        Path draftFile = main.draft().getFile();
        String name = draftFile == null ? null : draftFile.getFileName().toString();
        String suggested = (name == null ? "draft" : name.replaceFirst("\\.[^.]+$", "")) + "-report.html";
        dialogs.saveFile(owner, "Export an HTML report on the draft", suggested, HTML).ifPresent(chosen -> {
            Path file = FileDialogs.withExtension(chosen, "html");
            Task<Path> writing = new Task<>() {
                @Override
                protected Path call() throws Exception {
                    AtomicFiles.writeString(file, DraftReport.html(name == null ? "Untitled draft" : name, result,
                            ModelSummary.name(current.loaded()), Instant.now()));
                    return file;
                }
            };
            writing.setOnSucceeded(e -> {
                main.notify("Report saved to " + file.getFileName());
                offerToOpen(file);
            });
            writing.setOnFailed(e -> main.banner().show(MessageBanner.Kind.ERROR, "Could not write the report to "
                    + file + ": " + writing.getException().getMessage()));
            files.execute(writing);
        });
    }

    private void offerToOpen(Path file) {
        if (documentOpener == null) {
            return;
        }
        ButtonType open = new ButtonType("Open in the browser", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "The report is saved as " + file + ".", open,
                ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Report saved");
        alert.setHeaderText("Report saved");
        look.get().styled(alert);
        alert.setOnHidden(e -> {
            if (alert.getResult() == open) {
                documentOpener.accept(file.toUri().toString());
            }
        });
        alert.show();
    }
}
