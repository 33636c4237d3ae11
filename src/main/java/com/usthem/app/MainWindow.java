package com.usthem.app;

import com.usthem.app.draft.DraftViewModel;
import com.usthem.app.score.ModelSummary;
import com.usthem.app.score.PlainTextReport;
import com.usthem.app.score.ScoreViewModel;
import com.usthem.app.settings.AppSettings;
import com.usthem.app.settings.SettingsStore;
import com.usthem.app.view.AboutDialog;
import com.usthem.app.view.AppAction;
import com.usthem.app.view.AppLook;
import com.usthem.app.view.CopyEditor;
import com.usthem.app.view.CueLegend;
import com.usthem.app.view.HighlightOptions;
import com.usthem.app.view.MessageBanner;
import com.usthem.app.view.ReasonsPanel;
import com.usthem.app.view.ShortcutsDialog;
import com.usthem.app.view.VerdictPanel;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.features.CueKind;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.scoring.ScoringEngine;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_ANY;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * The write-and-score window: the draft editor on the left; the verdict, the reasons and the
 * highlight legend on the right; messages across the top. The model loads in the background while
 * the window opens; the editor takes input from the start.
 */
public final class MainWindow {

    static final double FONT_SCALE_STEP = 0.1;
    private static final String SAMPLE = "sample.txt";

    private final Stage stage;
    private final SettingsStore settingsStore;
    private final boolean firstLaunch;
    private AppSettings settings;
    private ScoringEngine engine;
    private final WorkspaceSession session;
    private final AppLook look;
    private final TeamActions team;

    private final ScoreViewModel scores = new ScoreViewModel();
    private final DraftViewModel draft = new DraftViewModel();
    private final HighlightOptions highlights = new HighlightOptions();
    private final MessageBanner banner = new MessageBanner();
    private final CopyEditor editor;
    private final ReasonsPanel reasons = new ReasonsPanel(scores);
    private final Label status = new Label();
    private final Label notice = new Label();
    private final PauseTransition noticeTimeout = new PauseTransition(Duration.seconds(5));
    private final BorderPane root = new BorderPane();
    private final List<AppAction> actions;
    private final ToolWindows tools;
    private final StartupTimer startup = new StartupTimer();
    private final ExecutorService files = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "usthem-files");
        thread.setDaemon(true);
        return thread;
    });

    /** A window on the workspace of the settings (or the environment), whose model the caller is loading. */
    public MainWindow(Stage stage, SettingsStore settingsStore, CompletionStage<ScoringEngine> engineLoading) {
        this(stage, settingsStore, settings -> new WorkspaceSession(WorkspaceSession.chosen(settings.workspace()),
                engineLoading));
    }

    /** A window on the session's workspace, scoring with its model (and each model that replaces it). */
    public MainWindow(Stage stage, SettingsStore settingsStore, WorkspaceSession session) {
        this(stage, settingsStore, settings -> session);
    }

    private MainWindow(Stage stage, SettingsStore settingsStore, Function<AppSettings, WorkspaceSession> sessionFor) {
        this.stage = stage;
        this.settingsStore = settingsStore;
        SettingsStore.Loaded loaded = settingsStore.load();
        settings = loaded.settings();
        if (loaded.warning() != null) {
            banner.show(MessageBanner.Kind.WARNING, loaded.warning());
        }
        firstLaunch = !settings.firstLaunchSeen();
        look = new AppLook(settings);
        session = sessionFor.apply(settings);
        editor = new CopyEditor(welcome(), this::open);
        team = new TeamActions(this, stage, session, look);
        tools = new ToolWindows(this, stage, () -> engine, session);
        actions = actions();
        bindViewModels();
        layOut();
        session.onEngineLoaded(this::engineLoaded);
        if (session.engine() != null) {
            engineLoaded(session.engine(), null);
        }
    }

    public void show() {
        stage.setOnShown(e -> {
            startup.windowShown(stage.getScene());
            editor.area().requestFocus();
        });
        stage.show();
        settings = settings.withFirstLaunchSeen();
    }

    public ScoreViewModel scores() {
        return scores;
    }

    public DraftViewModel draft() {
        return draft;
    }

    public CopyEditor editor() {
        return editor;
    }

    public HighlightOptions highlights() {
        return highlights;
    }

    public MessageBanner banner() {
        return banner;
    }

    public AppSettings settings() {
        return settings;
    }

    /** Workshop mode, batch scoring, comparison and the HTML report. */
    ToolWindows tools() {
        return tools;
    }

    private void bindViewModels() {
        scores.textProperty().bind(editor.area().textProperty());
        scores.caretProperty().bind(editor.area().caretPositionProperty());
        editor.area().plainTextChanges().subscribe(change -> draft.modifiedProperty().set(true));
        scores.resultProperty().addListener((observable, old, now) -> {
            editor.highlight(now, highlights);
            updateStatus();
        });
        highlights.shadingProperty().addListener((observable, old, now) -> editor.highlight(scores.getResult(),
                highlights));
        highlights.shownKinds().addListener((SetChangeListener<CueKind>) change -> editor.highlight(scores.getResult(),
                highlights));
        stage.titleProperty().bind(draft.titleProperty());
        noticeTimeout.setOnFinished(e -> notice.setText(""));
        letAltShortcutsPastTheEditor();
    }

    /**
     * RichTextFX takes every Alt+letter and Alt+digit for itself (and types the letter), so the
     * window's Alt shortcuts would never fire while the editor has the focus: they are run first.
     */
    private void letAltShortcutsPastTheEditor() {
        boolean[] swallowTyped = new boolean[1];
        editor.area().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown()) {
                actions.stream().filter(action -> action.keys().match(e)).findFirst().ifPresent(action -> {
                    e.consume();
                    swallowTyped[0] = true;
                    action.run().run();
                });
            }
        });
        editor.area().addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped[0]) {
                swallowTyped[0] = false;
                e.consume();
            }
        });
        // Not every platform types a character for an Alt combination: never swallow a later one.
        editor.area().addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped[0] = false);
    }

    private void layOut() {
        VerdictPanel verdict = new VerdictPanel(scores);
        VBox side = new VBox(14, verdict, team.labelBar(), new Separator(), reasons);
        side.getStyleClass().add("side-panel");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setId("side-panel");
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The legend may wrap into many rows in a narrow window or at a large text size: it then
        // scrolls rather than squeezing the editor out.
        ScrollPane legend = new ScrollPane(new CueLegend(highlights));
        legend.setId("legend-scroll");
        legend.setFitToWidth(true);
        legend.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        BorderPane writing = new BorderPane(editor);
        writing.setMinWidth(0);
        writing.setBottom(legend);
        legend.maxHeightProperty().bind(writing.heightProperty().multiply(0.35));
        SplitPane split = new SplitPane(writing, sideScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(sideScroll, false);

        status.setId("status");
        notice.setId("notice");
        notice.getStyleClass().add("notice");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusBar = new HBox(12, status, gap, notice);
        statusBar.getStyleClass().add("status-bar");

        root.setId("main");
        root.setTop(new VBox(menuBar(), banner));
        root.setCenter(split);
        root.setBottom(statusBar);
        look.follow(root);
        updateStatus();

        Scene scene = new Scene(root, settings.windowWidth(), settings.windowHeight());
        stage.setScene(scene);
        stage.setMaximized(settings.maximized());
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        applyLook();
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            } else {
                rememberWindow();
            }
        });
    }

    private Node welcome() {
        Label heading = new Label(firstLaunch ? "Welcome to UsThem" : "Paste or type your copy");
        heading.getStyleClass().add("welcome-heading");
        Label about = new Label("UsThem reads your copy as you type and tells you whether it talks like marketing "
                + "(about us, to everyone) or like sales (to one buyer, about them), and why.");
        about.setWrapText(true);
        Label steps = new Label("1. Paste or type a draft here, open a .txt or .md file (Ctrl+O), or drop one here.\n"
                + "2. Each sentence is shaded by its own lean: blue for marketing, orange for sales. "
                + "Hover a sentence for its score; click in it to see why.\n"
                + "3. Rewrite and watch the gauge move.");
        steps.setWrapText(true);
        Button sample = new Button("Try a sample");
        sample.setId("try-sample");
        sample.setDefaultButton(false);
        sample.setOnAction(e -> trySample());
        sample.setFocusTraversable(false);
        VBox welcome = new VBox(12, heading, about, steps, sample);
        welcome.setId("welcome");
        welcome.getStyleClass().add("welcome");
        welcome.setMaxWidth(560);
        welcome.setMaxHeight(Region.USE_PREF_SIZE);
        welcome.setPadding(new Insets(8, 4, 4, 4));
        return welcome;
    }

    private List<AppAction> actions() {
        List<AppAction> list = new ArrayList<>(List.of(
                new AppAction("File", "New draft", new KeyCodeCombination(KeyCode.N, SHORTCUT_DOWN), this::newDraft),
                new AppAction("File", "Open\u2026", new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN), this::chooseAndOpen),
                new AppAction("File", "Save", new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN), this::save),
                new AppAction("File", "Save as\u2026", new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN),
                        this::saveAs),
                new AppAction("File", "Copy report to clipboard",
                        new KeyCodeCombination(KeyCode.C, SHORTCUT_DOWN, SHIFT_DOWN), this::copyReport),
                tools.reportAction(),
                new AppAction("File", "Quit", new KeyCodeCombination(KeyCode.Q, SHORTCUT_DOWN), this::quit),
                new AppAction("View", "Switch light/dark theme", new KeyCodeCombination(KeyCode.T, SHORTCUT_DOWN),
                        () -> changeSettings(settings.withTheme(settings.theme().other()))),
                new AppAction("View", "Larger text", new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT_DOWN, SHIFT_ANY),
                        () -> changeSettings(settings.withFontScale(settings.fontScale() + FONT_SCALE_STEP))),
                new AppAction("View", "Smaller text", new KeyCodeCombination(KeyCode.MINUS, SHORTCUT_DOWN),
                        () -> changeSettings(settings.withFontScale(settings.fontScale() - FONT_SCALE_STEP))),
                new AppAction("View", "Normal text size", new KeyCodeCombination(KeyCode.DIGIT0, SHORTCUT_DOWN),
                        () -> changeSettings(settings.withFontScale(1.0))),
                new AppAction("View", "Sentence shading on/off", new KeyCodeCombination(KeyCode.DIGIT0, ALT_DOWN),
                        () -> highlights.shadingProperty().set(!highlights.isShading()))));
        for (int i = 0; i < HighlightOptions.KINDS.size(); i++) {
            CueKind kind = HighlightOptions.KINDS.get(i);
            list.add(new AppAction("View", "Highlight " + kind.description() + " on/off",
                    new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), ALT_DOWN), () -> highlights.toggle(kind)));
        }
        list.addAll(team.actions());
        list.addAll(tools.actions());
        list.addAll(List.of(
                new AppAction("Help", "Try a sample", new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN), this::trySample),
                new AppAction("Help", "Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), this::showShortcuts),
                new AppAction("Help", "About UsThem", new KeyCodeCombination(KeyCode.F1, SHIFT_DOWN), this::showAbout)));
        return List.copyOf(list);
    }

    private MenuBar menuBar() {
        Map<String, Menu> menus = new LinkedHashMap<>();
        for (AppAction action : actions) {
            MenuItem item = new MenuItem(action.title());
            item.setMnemonicParsing(false);
            item.setAccelerator(action.keys());
            item.setOnAction(e -> action.run().run());
            menus.computeIfAbsent(action.menu(), Menu::new).getItems().add(item);
        }
        MenuBar bar = new MenuBar();
        bar.getMenus().addAll(menus.values());
        return bar;
    }

    private void engineLoaded(ScoringEngine loaded, Throwable error) {
        if (error != null && engine != null) {
            banner.show(MessageBanner.Kind.ERROR, "The model could not be loaded, so the verdict still comes from "
                    + ModelSummary.name(engine.loaded()) + ": " + error.getMessage());
            return;
        }
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            String message = "No model could be loaded, so nothing can be scored: " + cause.getMessage();
            banner.show(MessageBanner.Kind.ERROR, message);
            scores.modelFailed(message);
            return;
        }
        engine = loaded;
        for (String warning : loaded.warnings()) {
            banner.show(MessageBanner.Kind.WARNING, "Model: " + warning);
        }
        scores.setScorer(loaded);
        updateStatus();
        startup.modelReady();
    }

    private void updateStatus() {
        ScoredText result = scores.getResult();
        List<String> parts = new ArrayList<>();
        if (result != null) {
            int sentences = result.score().sentences().size();
            parts.add(String.format(Locale.ROOT, "%,d sentence%s, %,d characters", sentences, sentences == 1 ? "" : "s",
                    result.text().length()));
            if (result.text().length() > CopyEditor.HIGHLIGHT_LIMIT) {
                parts.add(String.format(Locale.ROOT, "shading and highlights cover the first %,d characters",
                        CopyEditor.HIGHLIGHT_LIMIT));
            }
        }
        parts.add(engine == null ? "loading the model\u2026"
                : ModelSummary.name(engine.loaded()) + ", " + ModelSummary.testAccuracy(engine.loaded().model().metadata()));
        status.setText(String.join("  \u00b7  ", parts));
    }

    void notify(String message) {
        notice.setText(message);
        noticeTimeout.playFromStart();
    }

    private void applyLook() {
        look.update(settings);
        tools.lookChanged(look.now());
    }

    void changeSettings(AppSettings changed) {
        settings = changed;
        applyLook();
        saveSettings();
    }

    private Future<?> saveSettings() {
        AppSettings toSave = settings;
        return files.submit(() -> {
            try {
                settingsStore.save(toSave);
            } catch (IOException e) {
                Platform.runLater(() -> banner.show(MessageBanner.Kind.WARNING,
                        "Could not save the app settings to " + settingsStore.file() + ": " + e.getMessage()));
            }
        });
    }

    private void rememberWindow() {
        settings = stage.isMaximized() ? settings.withWindow(settings.windowWidth(), settings.windowHeight(), true)
                : settings.withWindow(stage.getWidth(), stage.getHeight(), false);
        try {
            saveSettings().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Closing goes on: losing the window size is not worth keeping the user from quitting.
        }
    }

    /** Opens a draft file, after asking about unsaved changes; a file that is not UTF-8 text is refused. */
    public void open(Path path) {
        if (!confirmDiscard()) {
            return;
        }
        Task<String> reading = draft.readTask(path);
        reading.setOnSucceeded(e -> {
            editor.setDraft(reading.getValue());
            draft.attach(path);
            notify("Opened " + path.getFileName());
        });
        reading.setOnFailed(e -> banner.show(MessageBanner.Kind.ERROR,
                "Could not open the draft: " + reading.getException().getMessage()));
        files.submit(reading);
    }

    private void chooseAndOpen() {
        File chosen = fileChooser("Open a draft").showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    private void save() {
        if (draft.getFile() == null) {
            saveAs();
        } else {
            write(draft.getFile());
        }
    }

    private void saveAs() {
        FileChooser chooser = fileChooser("Save the draft");
        if (draft.getFile() != null) {
            chooser.setInitialFileName(draft.getFile().getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            write(DraftViewModel.withDraftExtension(chosen.toPath()));
        }
    }

    private void write(Path path) {
        String text = editor.area().getText();
        Task<Path> writing = draft.writeTask(path, text);
        writing.setOnSucceeded(e -> {
            draft.attach(path);
            draft.modifiedProperty().set(!text.equals(editor.area().getText()));
            notify("Saved " + path.getFileName());
        });
        writing.setOnFailed(e -> banner.show(MessageBanner.Kind.ERROR,
                "Could not save the draft to " + path + ": " + writing.getException().getMessage()));
        files.submit(writing);
    }

    private FileChooser fileChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<String> patterns = DraftViewModel.EXTENSIONS.stream().map(extension -> "*." + extension).toList();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Drafts (" + String.join(", ", patterns) + ")", patterns),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path current = draft.getFile();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    private void newDraft() {
        if (confirmDiscard()) {
            editor.setDraft("");
            draft.detach();
        }
    }

    private void trySample() {
        if (!confirmDiscard()) {
            return;
        }
        try (InputStream in = MainWindow.class.getResourceAsStream(SAMPLE)) {
            editor.setDraft(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the sample copy is missing from the application", e);
        }
        draft.detach();
        editor.area().requestFocus();
    }

    private void copyReport() {
        ScoredText result = scores.getResult();
        if (result == null || engine == null || !result.text().equals(editor.area().getText())) {
            notify("No verdict to copy yet.");
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(PlainTextReport.of(result, draft.getFile() == null ? null
                : draft.getFile().getFileName().toString(), ModelSummary.name(engine.loaded())));
        Clipboard.getSystemClipboard().setContent(content);
        notify("Report copied to the clipboard.");
    }

    private void quit() {
        if (confirmDiscard()) {
            rememberWindow();
            stage.close();
        }
    }

    /** True when there is nothing unsaved or the user agrees to lose it. */
    private boolean confirmDiscard() {
        if (!draft.isModified() || editor.area().getLength() == 0) {
            return true;
        }
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The draft has changes that are not saved. "
                + "Discard them?", discard, ButtonType.CANCEL);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Discard unsaved changes?");
        styled(alert);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }

    private void showShortcuts() {
        List<ShortcutsDialog.Row> rows = actions.stream()
                .map(action -> new ShortcutsDialog.Row(action.title(), action.shortcut())).toList();
        styled(ShortcutsDialog.create(stage, rows)).show();
    }

    private void showAbout() {
        List<String> lines = new ArrayList<>();
        if (engine == null) {
            lines.add("The model is still loading.");
        } else {
            lines.addAll(ModelSummary.lines(engine.loaded()));
            engine.warnings().forEach(warning -> lines.add("Warning: " + warning));
        }
        String version = MainWindow.class.getPackage().getImplementationVersion();
        styled(AboutDialog.create(stage, version == null ? "(development build)" : version, lines)).show();
    }

    /** Dialogs have their own scene: give them the app's stylesheet, theme and text size. */
    private <D extends Dialog<?>> D styled(D dialog) {
        look.style(dialog.getDialogPane());
        return dialog;
    }
}
