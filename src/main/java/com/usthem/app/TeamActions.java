package com.usthem.app;

import com.usthem.app.dialog.DialogService;
import com.usthem.app.dialog.Severity;
import com.usthem.app.draft.CurrentDraft;
import com.usthem.app.draft.DraftEditor;
import com.usthem.app.settings.LiveSettings;
import com.usthem.app.team.AgreementViewModel;
import com.usthem.app.team.AgreementWindow;
import com.usthem.app.team.ConflictsViewModel;
import com.usthem.app.team.ConflictsWindow;
import com.usthem.app.team.ExamplesViewModel;
import com.usthem.app.team.ExamplesWindow;
import com.usthem.app.team.LabelTarget;
import com.usthem.app.team.LabelingQueueViewModel;
import com.usthem.app.team.LabelingQueueWindow;
import com.usthem.app.team.ModelHistoryViewModel;
import com.usthem.app.team.ModelHistoryWindow;
import com.usthem.app.team.RetrainViewModel;
import com.usthem.app.team.RetrainWindow;
import com.usthem.app.team.VocabularyDialog;
import com.usthem.app.team.WorkspaceFolderDialog;
import com.usthem.app.view.AppAction;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.Label;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.workspace.VocabularyFile;
import com.usthem.core.workspace.Workspace;
import com.usthem.core.workspace.Labeled;
import com.usthem.core.workspace.WorkspaceCorpus;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;

/**
 * What a team does to teach UsThem, from the write-and-score window: label the draft or the
 * selected sentence, undo and redo labels, and open the examples, the labeling queue, the conflicts,
 * the team's agreement, retraining, the model history and the settings of the workspace and of the user's name. Each
 * window is made once and kept.
 */
final class TeamActions {

    static final String MENU = "Team";

    private final WindowKit kit;
    private final WorkspaceSession session;
    private final CurrentDraft draft;
    private final DialogService dialogs;
    private final LiveSettings settings;
    private final RetrainViewModel retraining;
    private final AuthorSetting author;
    private ExamplesWindow examples;
    private LabelingQueueWindow queue;
    private ConflictsWindow conflicts;
    private AgreementWindow agreement;
    private Consumer<String> documentOpener;
    private RetrainWindow retrain;
    private ModelHistoryWindow history;

    /** @param settings where the workspace folder chosen and the user's name are kept */
    TeamActions(WindowKit kit, WorkspaceSession session, CurrentDraft draft, DialogService dialogs,
                LiveSettings settings) {
        this.kit = kit;
        this.session = session;
        this.draft = draft;
        this.dialogs = dialogs;
        this.settings = settings;
        this.retraining = new RetrainViewModel(session, kit.tasks());
        this.author = new AuthorSetting(kit, session, settings, dialogs);
        retraining.acceptedProperty().addListener((observable, old, version) -> {
            if (version != null) {
                dialogs.notify("Model " + version + " is now the current model; the verdict uses it.");
            }
        });
        session.workspaceProperty().addListener((observable, old, now) ->
                dialogs.notify("Now working in " + now.root() + "."));
    }

    List<AppAction> actions() {
        return List.of(
                new AppAction(MENU, "Label as marketing", new KeyCodeCombination(KeyCode.M, ALT_DOWN),
                        () -> label(Label.MARKETING)),
                new AppAction(MENU, "Label as sales", new KeyCodeCombination(KeyCode.S, ALT_DOWN),
                        () -> label(Label.SALES)),
                new AppAction(MENU, "Undo labeling", new KeyCodeCombination(KeyCode.Z, ALT_DOWN),
                        () -> session.undo(dialogs::notify)),
                new AppAction(MENU, "Redo labeling", new KeyCodeCombination(KeyCode.Z, ALT_DOWN, SHIFT_DOWN),
                        () -> session.redo(dialogs::notify)),
                new AppAction(MENU, "Examples\u2026", new KeyCodeCombination(KeyCode.E, ALT_DOWN),
                        () -> examples().show()),
                new AppAction(MENU, "Labeling queue\u2026", new KeyCodeCombination(KeyCode.Q, ALT_DOWN),
                        () -> queue().show()),
                new AppAction(MENU, "Conflicts\u2026", new KeyCodeCombination(KeyCode.C, ALT_DOWN),
                        () -> conflicts().show()),
                new AppAction(MENU, "Team agreement\u2026", new KeyCodeCombination(KeyCode.A, ALT_DOWN),
                        () -> agreement().show()),
                new AppAction(MENU, "Retrain the model\u2026", new KeyCodeCombination(KeyCode.R, ALT_DOWN),
                        this::openRetrain),
                new AppAction(MENU, "Model history\u2026", new KeyCodeCombination(KeyCode.H, ALT_DOWN),
                        () -> history().show()),
                new AppAction(MENU, "Import examples\u2026", new KeyCodeCombination(KeyCode.I, ALT_DOWN), () -> {
                    examples().show();
                    examples().chooseAndImport();
                }),
                new AppAction(MENU, "Export examples\u2026", new KeyCodeCombination(KeyCode.X, ALT_DOWN), () -> {
                    examples().show();
                    examples().chooseAndExport();
                }),
                new AppAction(MENU, "Company vocabulary\u2026", new KeyCodeCombination(KeyCode.V, ALT_DOWN),
                        this::editVocabulary),
                new AppAction(MENU, "Workspace folder\u2026", new KeyCodeCombination(KeyCode.W, ALT_DOWN),
                        this::chooseWorkspace),
                new AppAction(MENU, "Your name\u2026", new KeyCodeCombination(KeyCode.N, ALT_DOWN), author::change));
    }

    /**
     * The two label buttons under the verdict; they say whether they label the draft or the
     * selection of the editor's {@code area}.
     */
    Node labelBar(StyleClassedTextArea area) {
        javafx.scene.control.Label prompt = new javafx.scene.control.Label();
        prompt.setId("label-prompt");
        prompt.getStyleClass().add("section-heading");
        prompt.setWrapText(true);
        prompt.textProperty().bind(Bindings.createStringBinding(() -> area.getSelection().getLength() > 0
                ? "Teach the model: the selected sentence is\u2026" : "Teach the model: this draft is\u2026",
                area.selectionProperty()));
        Button marketing = labelButton("Marketing", "label-marketing", "Alt+M", Label.MARKETING);
        Button sales = labelButton("Sales", "label-sales", "Alt+S", Label.SALES);
        var empty = Bindings.createBooleanBinding(() -> area.getLength() == 0, area.lengthProperty());
        marketing.disableProperty().bind(empty);
        sales.disableProperty().bind(empty);
        HBox buttons = new HBox(8, marketing, sales);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, prompt, buttons);
        bar.setId("label-bar");
        return bar;
    }

    private Button labelButton(String text, String id, String keys, Label label) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("label-" + label.id());
        button.setTooltip(new Tooltip("Save as a " + label.id() + " example (" + keys + ")"));
        // Not focusable: a click keeps the editor's focus and selection.
        button.setFocusTraversable(false);
        button.setOnAction(e -> label(label));
        return button;
    }

    /** Saves the draft, or the sentences the selection touches, as an example with this label. */
    private void label(Label label) {
        if (session.engine() == null) {
            dialogs.notify("The workspace is still being set up; label again in a moment.");
            return;
        }
        DraftEditor editor = draft.editor();
        LabelTarget target = LabelTarget.of(editor.text(), editor.selectionStart(), editor.selectionEnd(),
                draft.verdict().getValue());
        if (target.text().isBlank()) {
            dialogs.notify("Nothing to label: write or paste some copy first.");
            return;
        }
        if (!session.labeler().ready()) {
            return;
        }
        WorkspaceCorpus corpus = session.corpus();
        session.run(() -> corpus.label(target.text(), label), labeled -> {
            boolean disputed = labeled.outcome() == Labeled.Outcome.DISPUTED;
            dialogs.notify("Labeled " + target.what() + ": " + labeled.message() + ". Alt+Z undoes it."
                    + (disputed ? " Team \u2192 Conflicts (Alt+C) settles it." : ""));
            session.corpusChanged();
        }, problem -> dialogs.showMessage(Severity.ERROR, "Not labeled: " + problem));
    }

    private ExamplesWindow examples() {
        if (examples == null) {
            examples = new ExamplesWindow(kit.owner(), new ExamplesViewModel(session, kit.tasks()), kit.look(),
                    kit.files());
        }
        return examples;
    }

    private LabelingQueueWindow queue() {
        if (queue == null) {
            queue = new LabelingQueueWindow(kit.owner(), new LabelingQueueViewModel(session, kit.tasks()), kit.look(),
                    kit.files(), this::openRetrain);
        }
        return queue;
    }

    private ConflictsWindow conflicts() {
        if (conflicts == null) {
            conflicts = new ConflictsWindow(kit.owner(), new ConflictsViewModel(session, kit.tasks()), kit.look(),
                    this::openRetrain);
        }
        return conflicts;
    }

    private AgreementWindow agreement() {
        if (agreement == null) {
            agreement = new AgreementWindow(kit.owner(), new AgreementViewModel(session, kit.tasks(),
                    Clock.systemDefaultZone()), kit.look(), kit.files(), () -> conflicts().show(), documentOpener);
        }
        return agreement;
    }

    /** Opens files in the user's browser (the application's host services): the team report. */
    void setDocumentOpener(Consumer<String> opener) {
        documentOpener = opener;
    }

    private void openRetrain() {
        if (retrain == null) {
            retrain = new RetrainWindow(kit.owner(), retraining, kit.look(), () -> conflicts().show());
        }
        retrain.open();
    }

    private ModelHistoryWindow history() {
        if (history == null) {
            history = new ModelHistoryWindow(kit.owner(), new ModelHistoryViewModel(session), kit.look());
        }
        return history;
    }

    private void editVocabulary() {
        Path file = session.workspace().vocabularyFile();
        session.run(() -> VocabularyFile.read(file).names(), names -> {
            ScoringEngine engine = session.engine();
            List<String> modelNames = engine == null ? List.of() : engine.loaded().model().vocabulary().names();
            VocabularyDialog.create(kit.owner(), kit.look(), names, modelNames).showAndWait()
                    .filter(edited -> !edited.equals(names))
                    .ifPresent(edited -> saveVocabulary(file, edited));
        }, problem -> dialogs.showMessage(Severity.ERROR, "Could not read the company vocabulary: " + problem));
    }

    private void saveVocabulary(Path file, List<String> names) {
        session.run(() -> {
            VocabularyFile.write(file, new CompanyVocabulary(names));
            return names.size();
        }, count -> dialogs.notify("Company vocabulary saved (" + count + (count == 1 ? " name" : " names")
                + "): the next model you train (Alt+R) uses it."),
                problem -> dialogs.showMessage(Severity.ERROR, "The company vocabulary was not saved: " + problem));
    }

    private void chooseWorkspace() {
        Path inUse = session.workspace().root();
        WorkspaceFolderDialog.create(kit.owner(), kit.look(), kit.files(), inUse, Workspace.fromEnvironment().root())
                .showAndWait().ifPresent(choice -> {
                    settings.change(settings.get().withWorkspace(choice.folder() == null ? null
                            : choice.folder().toString()));
                    Workspace next = WorkspaceSession.chosen(settings.get().workspace());
                    if (!next.root().toAbsolutePath().normalize().equals(inUse.toAbsolutePath().normalize())) {
                        dialogs.notify("Opening the workspace " + next.root() + "\u2026");
                        session.switchTo(next);
                    }
                });
    }
}
