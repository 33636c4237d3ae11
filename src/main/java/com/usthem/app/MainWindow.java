package com.usthem.app;

import com.usthem.app.coach.CoachPanel;
import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.dialog.Severity;
import com.usthem.app.draft.DraftViewModel;
import com.usthem.app.score.ScoreViewModel;
import com.usthem.app.settings.AppSettings;
import com.usthem.app.settings.LiveSettings;
import com.usthem.app.settings.SettingsStore;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.view.AboutDialog;
import com.usthem.app.view.AppAction;
import com.usthem.app.view.AppLook;
import com.usthem.app.view.CopyEditor;
import com.usthem.app.view.CueLegend;
import com.usthem.app.view.FxDialogService;
import com.usthem.app.view.HighlightOptions;
import com.usthem.app.view.MessageBanner;
import com.usthem.app.view.Notice;
import com.usthem.app.view.ReasonsPanel;
import com.usthem.app.view.SentenceReasonsPanel;
import com.usthem.app.view.ShortcutsDialog;
import com.usthem.app.view.VerdictPanel;
import com.usthem.core.Distinction;
import com.usthem.core.features.CueKind;
import com.usthem.app.workspace.WorkspaceSession;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_ANY;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * The write-and-score window: the draft editor on the left; the verdict, the reasons and the
 * highlight legend on the right; messages across the top. The window lays out and wires the views;
 * what its menus do is the {@link MainViewModel}'s. The model loads in the background while the
 * window opens; the editor takes input from the start.
 */
public final class MainWindow {

    private final Stage stage;
    private final boolean firstLaunch;
    private final LiveSettings settings;
    private final AppLook look;
    private final MainViewModel model;
    private final TeamActions team;
    private final ToolWindows tools;
    private final HighlightOptions highlights = new HighlightOptions();
    private final MessageBanner banner = new MessageBanner();
    private final Notice notice = new Notice("notice");
    private final Label status = new Label();
    private final CopyEditor editor;
    private final List<AppAction> actions;
    private final StartupTimer startup = new StartupTimer();

    /** A window on the session's workspace, scoring with its model (and each model that replaces it). */
    public MainWindow(Stage stage, SettingsStore settingsStore, WorkspaceSession session, TaskExecutor tasks,
                      FileDialogs files) {
        this.stage = stage;
        SettingsStore.Loaded loaded = settingsStore.load();
        firstLaunch = !loaded.settings().firstLaunchSeen();
        look = new AppLook(loaded.settings());
        FxDialogService dialogs = new FxDialogService(stage, notice, banner, look.windowLook(), files);
        if (loaded.warning() != null) {
            dialogs.showMessage(Severity.WARNING, loaded.warning());
        }
        settings = new LiveSettings(settingsStore, loaded.settings(), tasks, dialogs);
        editor = new CopyEditor(welcome(), this::open);
        model = new MainViewModel(session, settings, tasks, dialogs, editor);
        WindowKit kit = new WindowKit(stage, tasks, files, look);
        team = new TeamActions(kit, session, model.current(), dialogs, settings);
        tools = new ToolWindows(kit, session, model.current(), dialogs);
        actions = actions();
        bindViewModels(session);
        layOut();
    }

    public void show() {
        stage.setOnShown(e -> {
            startup.windowShown(stage.getScene());
            editor.area().requestFocus();
        });
        stage.show();
        if (firstLaunch) {
            settings.change(settings.get().withFirstLaunchSeen());
        }
    }

    public MainViewModel model() {
        return model;
    }

    public ScoreViewModel scores() {
        return model.scores();
    }

    public DraftViewModel draft() {
        return model.draft();
    }

    public CopyEditor editor() {
        return editor;
    }

    public MessageBanner banner() {
        return banner;
    }

    public AppSettings settings() {
        return settings.get();
    }

    /** Opens a draft file, after asking about unsaved changes, as a drop on the editor does. */
    public void open(Path path) {
        model.open(path);
    }

    /** Opens files in the user's browser (the application's host services). */
    public void setDocumentOpener(Consumer<String> opener) {
        tools.setDocumentOpener(opener);
        team.setDocumentOpener(opener);
    }

    /** Workshop mode, batch scoring, comparison and the HTML report. */
    ToolWindows tools() {
        return tools;
    }

    private void bindViewModels(WorkspaceSession session) {
        ScoreViewModel scores = model.scores();
        scores.textProperty().bind(editor.area().textProperty());
        scores.caretProperty().bind(editor.area().caretPositionProperty());
        scores.resultProperty().addListener((observable, old, now) -> editor.highlight(now, highlights));
        highlights.shadingProperty().addListener((observable, old, now) -> editor.highlight(scores.getResult(),
                highlights));
        highlights.shownKinds().addListener((SetChangeListener<CueKind>) change -> editor.highlight(scores.getResult(),
                highlights));
        status.textProperty().bind(model.statusProperty());
        stage.titleProperty().bind(model.draft().titleProperty());
        settings.settingsProperty().addListener((observable, old, now) -> look.update(now));
        session.engineProperty().addListener(observable -> startup.modelReady());
        if (session.engine() != null) {
            startup.modelReady();
        }
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
        VerdictPanel verdict = new VerdictPanel(model.scores());
        SentenceReasonsPanel sentence = new SentenceReasonsPanel(model.scores());
        Separator beforeSentence = new Separator();
        beforeSentence.visibleProperty().bind(sentence.visibleProperty());
        beforeSentence.managedProperty().bind(sentence.visibleProperty());
        VBox side = new VBox(14, verdict, team.labelBar(editor.area()), new Separator(), new ReasonsPanel(model.scores()),
                new Separator(), new CoachPanel(model.coach()), beforeSentence, sentence);
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
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusBar = new HBox(12, status, gap, notice);
        statusBar.getStyleClass().add("status-bar");

        BorderPane root = new BorderPane(split);
        root.setId("main");
        root.setTop(new VBox(menuBar(), banner));
        root.setBottom(statusBar);
        look.follow(root);

        AppSettings now = settings.get();
        stage.setScene(new Scene(root, now.windowWidth(), now.windowHeight()));
        stage.setMaximized(now.maximized());
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.setOnCloseRequest(e -> {
            if (model.confirmDiscard()) {
                rememberWindow();
            } else {
                e.consume();
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
        sample.setOnAction(e -> model.trySample());
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
                new AppAction("File", "New draft", new KeyCodeCombination(KeyCode.N, SHORTCUT_DOWN), model::newDraft),
                new AppAction("File", "Open\u2026", new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN),
                        model::chooseAndOpen),
                new AppAction("File", "Save", new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN), model::save),
                new AppAction("File", "Save as\u2026", new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN),
                        model::saveAs),
                new AppAction("File", "Copy report to clipboard",
                        new KeyCodeCombination(KeyCode.C, SHORTCUT_DOWN, SHIFT_DOWN), this::copyReport),
                tools.reportAction(),
                new AppAction("File", "Quit", new KeyCodeCombination(KeyCode.Q, SHORTCUT_DOWN), this::quit),
                new AppAction("View", "Switch light/dark theme", new KeyCodeCombination(KeyCode.T, SHORTCUT_DOWN),
                        model::switchTheme),
                new AppAction("View", "Larger text", new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT_DOWN, SHIFT_ANY),
                        () -> model.scaleText(1)),
                new AppAction("View", "Smaller text", new KeyCodeCombination(KeyCode.MINUS, SHORTCUT_DOWN),
                        () -> model.scaleText(-1)),
                new AppAction("View", "Normal text size", new KeyCodeCombination(KeyCode.DIGIT0, SHORTCUT_DOWN),
                        model::normalTextSize),
                new AppAction("View", "Sentence shading on/off", new KeyCodeCombination(KeyCode.DIGIT0, ALT_DOWN),
                        () -> highlights.shadingProperty().set(!highlights.isShading()))));
        for (Distinction distinction : Distinction.values()) {
            list.add(new AppAction("View", "Highlight the cues of " + distinction.title() + " on/off",
                    new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (distinction.ordinal() + 1)), ALT_DOWN),
                    () -> highlights.toggle(distinction)));
        }
        list.addAll(team.actions());
        list.addAll(tools.actions());
        list.addAll(List.of(
                new AppAction("Help", "Try a sample", new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN),
                        model::trySample),
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

    private void copyReport() {
        model.plainTextReport().ifPresent(report -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report);
            Clipboard.getSystemClipboard().setContent(content);
            notice.show("Report copied to the clipboard.");
        });
    }

    private void quit() {
        if (model.confirmDiscard()) {
            rememberWindow();
            stage.close();
        }
    }

    private void rememberWindow() {
        settings.saveClosing(stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    private void showShortcuts() {
        List<ShortcutsDialog.Row> rows = actions.stream()
                .map(action -> new ShortcutsDialog.Row(action.title(), action.shortcut())).toList();
        styled(ShortcutsDialog.create(stage, rows)).show();
    }

    private void showAbout() {
        String version = MainWindow.class.getPackage().getImplementationVersion();
        styled(AboutDialog.create(stage, version == null ? "(development build)" : version, model.aboutModel())).show();
    }

    /** Dialogs have their own scene: give them the app's stylesheet, theme and text size. */
    private <D extends Dialog<?>> D styled(D dialog) {
        look.style(dialog.getDialogPane());
        return dialog;
    }
}
