package com.usthem.app;

import com.usthem.app.coach.CoachViewModel;
import com.usthem.app.dialog.DialogService;
import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.dialog.Severity;
import com.usthem.app.draft.CurrentDraft;
import com.usthem.app.draft.DraftEditor;
import com.usthem.app.draft.DraftViewModel;
import com.usthem.app.score.ModelSummary;
import com.usthem.app.score.PlainTextReport;
import com.usthem.app.score.ScoreViewModel;
import com.usthem.app.settings.AppSettings;
import com.usthem.app.settings.LiveSettings;
import com.usthem.app.task.BackgroundTask;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.task.TaskQueue;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.io.AtomicFiles;
import com.usthem.core.io.TextFiles;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.scoring.ScoringEngine;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The write-and-score window without the window: the draft and its file, the verdict on it, the
 * status line, the app settings, and what the user is told about the model in use (which comes
 * from the workspace session, like every window's). It speaks to the user through a
 * {@link DialogService} and changes the draft through a {@link DraftEditor}.
 */
public final class MainViewModel {

    private static final double FONT_SCALE_STEP = 0.1;
    private static final String SAMPLE = "sample.txt";
    private static final List<FileDialogs.Filter> DRAFT_FILES = List.of(new FileDialogs.Filter("Drafts ("
            + String.join(", ", DraftViewModel.EXTENSIONS.stream().map(extension -> "*." + extension).toList()) + ")",
            DraftViewModel.EXTENSIONS.stream().map(extension -> "*." + extension).toList()));

    private final WorkspaceSession session;
    private final LiveSettings settings;
    private final DialogService dialogs;
    private final DraftEditor editor;
    private final TaskQueue files;
    private final ScoreViewModel scores;
    private final CoachViewModel coach;
    private final DraftViewModel draft = new DraftViewModel();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public MainViewModel(WorkspaceSession session, LiveSettings settings, TaskExecutor tasks, DialogService dialogs,
                         DraftEditor editor) {
        this.session = session;
        this.settings = settings;
        this.dialogs = dialogs;
        this.editor = editor;
        this.files = tasks.queue("usthem-files");
        this.scores = new ScoreViewModel(tasks);
        this.coach = new CoachViewModel(scores, session, settings, tasks);
        scores.textProperty().addListener((observable, old, now) -> draft.modifiedProperty().set(true));
        scores.resultProperty().addListener(observable -> updateStatus());
        session.engineProperty().addListener((observable, old, now) -> modelLoaded(now));
        session.modelProblemProperty().addListener((observable, old, now) -> modelFailed(now));
        if (session.engine() != null) {
            modelLoaded(session.engine());
        }
        updateStatus();
    }

    public ScoreViewModel scores() {
        return scores;
    }

    /** Coaching the draft toward the side the writer wants. */
    public CoachViewModel coach() {
        return coach;
    }

    /** The draft as the windows beside the editor see it. */
    public CurrentDraft current() {
        return new CurrentDraft(editor, scores.resultProperty(), draft.fileProperty());
    }

    /** "2 sentences, 95 characters · your model v0002, test accuracy 96.3% on 325 held-out examples". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private void modelLoaded(ScoringEngine engine) {
        for (String warning : engine.warnings()) {
            dialogs.showMessage(Severity.WARNING, "Model: " + warning);
        }
        scores.setScorer(engine);
        updateStatus();
    }

    private void modelFailed(String problem) {
        if (problem == null) {
            return;
        }
        ScoringEngine inUse = session.engine();
        if (inUse != null) {
            dialogs.showMessage(Severity.ERROR, "The model could not be loaded, so the verdict still comes from "
                    + ModelSummary.name(inUse.loaded()) + ": " + problem);
            return;
        }
        String message = "No model could be loaded, so nothing can be scored: " + problem;
        dialogs.showMessage(Severity.ERROR, message);
        scores.modelFailed(message);
    }

    private void updateStatus() {
        ScoredText result = scores.getResult();
        List<String> parts = new ArrayList<>();
        if (result != null) {
            int sentences = result.score().sentences().size();
            parts.add(String.format(Locale.ROOT, "%,d sentence%s, %,d characters", sentences, sentences == 1 ? "" : "s",
                    result.text().length()));
            if (result.text().length() > ScoreViewModel.HIGHLIGHTED_CHARACTERS) {
                parts.add(String.format(Locale.ROOT, "shading and highlights cover the first %,d characters",
                        ScoreViewModel.HIGHLIGHTED_CHARACTERS));
            }
        }
        ScoringEngine engine = session.engine();
        parts.add(engine == null ? "loading the model\u2026"
                : ModelSummary.name(engine.loaded()) + ", " + ModelSummary.testAccuracy(engine.loaded().model().metadata()));
        status.set(String.join("  \u00b7  ", parts));
    }

    /** The draft's file and whether it has unsaved changes: the window's title. */
    public DraftViewModel draft() {
        return draft;
    }

    /** Lines for the about box: the model in use, how it was trained and tested, and its warnings. */
    public List<String> aboutModel() {
        ScoringEngine engine = session.engine();
        if (engine == null) {
            return List.of("The model is still loading.");
        }
        List<String> lines = new ArrayList<>(ModelSummary.lines(engine.loaded()));
        engine.warnings().forEach(warning -> lines.add("Warning: " + warning));
        return lines;
    }

    /** Opens a draft file, after asking about unsaved changes; a file that is not UTF-8 text is refused. */
    public void open(Path path) {
        if (!confirmDiscard()) {
            return;
        }
        files.execute(BackgroundTask.of(() -> TextFiles.read(path)).onSuccess(text -> {
            editor.setDraft(text);
            draft.attach(path);
            dialogs.notify("Opened " + path.getFileName());
        }).onFailure(problem -> dialogs.showMessage(Severity.ERROR, "Could not open the draft: " + problem)));
    }

    public void chooseAndOpen() {
        dialogs.openFile("Open a draft", DRAFT_FILES, folderOfDraft()).ifPresent(this::open);
    }

    public void save() {
        if (draft.getFile() == null) {
            saveAs();
        } else {
            write(draft.getFile());
        }
    }

    public void saveAs() {
        Path current = draft.getFile();
        dialogs.saveFile("Save the draft", current == null ? null : current.getFileName().toString(), DRAFT_FILES,
                folderOfDraft()).ifPresent(chosen -> write(FileDialogs.withExtension(chosen, "txt")));
    }

    private Path folderOfDraft() {
        Path current = draft.getFile();
        return current == null ? null : current.toAbsolutePath().getParent();
    }

    private void write(Path path) {
        String text = editor.text();
        files.execute(BackgroundTask.of(() -> {
            AtomicFiles.writeString(path, text);
            return path;
        }).onSuccess(written -> {
            draft.attach(path);
            draft.modifiedProperty().set(!text.equals(editor.text()));
            dialogs.notify("Saved " + path.getFileName());
        }).onFailure(problem -> dialogs.showMessage(Severity.ERROR, "Could not save the draft to " + path + ": "
                + problem)));
    }

    public void newDraft() {
        if (confirmDiscard()) {
            editor.setDraft("");
            draft.detach();
        }
    }

    /** Puts the sample copy in the editor, to try UsThem on. */
    public void trySample() {
        if (!confirmDiscard()) {
            return;
        }
        try (InputStream in = MainViewModel.class.getResourceAsStream(SAMPLE)) {
            editor.setDraft(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the sample copy is missing from the application", e);
        }
        draft.detach();
        editor.focus();
    }

    /** The plain-text report on the draft as it is now; empty (and the user told why) while there is no verdict on it. */
    public Optional<String> plainTextReport() {
        ScoredText result = scores.getResult();
        ScoringEngine engine = session.engine();
        if (result == null || engine == null || !result.text().equals(editor.text())) {
            dialogs.notify("No verdict to copy yet.");
            return Optional.empty();
        }
        return Optional.of(PlainTextReport.of(result, draft.getFile() == null ? null
                : draft.getFile().getFileName().toString(), ModelSummary.name(engine.loaded())));
    }

    /** True when there is nothing unsaved or the user agrees to lose it. */
    public boolean confirmDiscard() {
        if (!draft.isModified() || editor.text().isEmpty()) {
            return true;
        }
        return dialogs.confirm("Unsaved changes", "Discard unsaved changes?",
                "The draft has changes that are not saved. Discard them?", "Discard changes");
    }

    public void switchTheme() {
        AppSettings now = settings.get();
        settings.change(now.withTheme(now.theme().other()));
    }

    /** Larger text for {@code steps} above 0, smaller below. */
    public void scaleText(int steps) {
        AppSettings now = settings.get();
        settings.change(now.withFontScale(now.fontScale() + steps * FONT_SCALE_STEP));
    }

    public void normalTextSize() {
        settings.change(settings.get().withFontScale(1.0));
    }
}
