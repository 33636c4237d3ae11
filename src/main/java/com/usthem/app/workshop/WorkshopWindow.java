package com.usthem.app.workshop;

import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.dialog.Severity;
import com.usthem.app.view.AppAction;
import com.usthem.app.view.FxDialogService;
import com.usthem.app.view.MessageBanner;
import com.usthem.app.view.ShortcutsDialog;
import com.usthem.app.view.WindowLook;
import com.usthem.core.Label;
import com.usthem.core.io.FileProblem;
import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workshop.WorkshopSession;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
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
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static javafx.scene.input.KeyCombination.SHIFT_ANY;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * Workshop mode: a window of its own, full screen, with type sized for a projector (it follows the
 * screen's height), driven from the keyboard. The first screen picks a deck; then each prompt is
 * shown big with the gauge, the rewrite box, the room's vote and the round table. With a room open
 * for phones, the join screen comes first, and the room's panel stands beside the prompt.
 */
public final class WorkshopWindow {

    /** The text size is the window's height divided by this: about 24 px on a 1080-line projector. */
    static final double LINES_PER_SCREEN = 45;
    private static final double MIN_FONT = 14;
    private static final double MAX_FONT = 64;
    private static final double ZOOM_STEP = 0.1;
    private static final String DECK_FILES = "Decks (*.txt, *.jsonl)";

    private final Stage stage = new Stage();
    private final WorkshopViewModel model;
    private final RoomViewModel room;
    private final FileDialogs dialogs;
    private final ObservableValue<WindowLook> look;
    private final Consumer<String> documentOpener;
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final DoubleBinding fontSize;
    private final BorderPane root = new BorderPane();
    private final MessageBanner banner = new MessageBanner();
    private final javafx.scene.control.Label notice = new javafx.scene.control.Label();
    private final Hyperlink openReport = new Hyperlink("Open the report in the browser");
    private final List<AppAction> actions;
    private final DeckPicker picker;
    private final PromptPanel promptPanel;
    private final RoundTable table;
    private final RoomPanel roomPanel;
    private final JoinScreen joinScreen;
    private final VBox playing;
    private Path lastReport;

    /**
     * {@code documentOpener} opens a file URI in the user's browser (the app's host services); null
     * when there is none, and then no link to open the report is offered.
     */
    public WorkshopWindow(WorkshopViewModel model, RoomViewModel room, ObservableValue<WindowLook> look,
                          FileDialogs dialogs, Consumer<String> documentOpener) {
        this.model = model;
        this.room = room;
        this.dialogs = dialogs;
        this.look = look;
        this.documentOpener = documentOpener;
        fontSize = Bindings.createDoubleBinding(this::fontSize, stage.heightProperty(), zoom);
        picker = new DeckPicker(model, this::chooseDeckFile);
        promptPanel = new PromptPanel(model, room, fontSize);
        table = new RoundTable(model, fontSize);
        roomPanel = new RoomPanel(room, fontSize);
        joinScreen = new JoinScreen(room);
        playing = playView();
        actions = actions();
        layOut();
        bind();
    }

    public Stage stage() {
        return stage;
    }

    public WorkshopViewModel model() {
        return model;
    }

    public RoomViewModel room() {
        return room;
    }

    /** Shows the window full screen on the deck picker. */
    public void show() {
        show(true);
    }

    /** Shows the window, full screen or not; F11 switches later. */
    public void show(boolean fullScreen) {
        stage.setFullScreen(fullScreen);
        stage.show();
        stage.toFront();
    }

    private double fontSize() {
        double height = stage.getHeight();
        double base = Double.isNaN(height) || height <= 0 ? 900 : height;
        return Math.max(MIN_FONT, Math.min(MAX_FONT, base / LINES_PER_SCREEN * zoom.get()));
    }

    private VBox playView() {
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox prompt = new VBox(12, promptPanel, table);
        HBox.setHgrow(prompt, Priority.ALWAYS);
        HBox body = new HBox(16, prompt, roomPanel);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox view = new VBox(12, new WorkshopHeading(model, room), body);
        view.setId("workshop-play");
        view.getStyleClass().add("workshop-play");
        return view;
    }

    private List<AppAction> actions() {
        return List.of(
                new AppAction("Workshop", "Next prompt", new KeyCodeCombination(KeyCode.PAGE_DOWN), model::next),
                new AppAction("Workshop", "Previous prompt", new KeyCodeCombination(KeyCode.PAGE_UP), model::previous),
                new AppAction("Workshop", "Room votes marketing", new KeyCodeCombination(KeyCode.M, SHORTCUT_DOWN),
                        () -> model.vote(Label.MARKETING)),
                new AppAction("Workshop", "Room votes sales", new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN),
                        () -> model.vote(Label.SALES)),
                new AppAction("Workshop", "Reveal the model's verdict",
                        new KeyCodeCombination(KeyCode.ENTER, SHORTCUT_DOWN), room::reveal),
                new AppAction("Workshop", "Open or close the room for phones",
                        new KeyCodeCombination(KeyCode.R, SHORTCUT_DOWN), room::toggle),
                new AppAction("Workshop", "Join screen on/off", new KeyCodeCombination(KeyCode.J, SHORTCUT_DOWN),
                        () -> room.joinShownProperty().set(room.entranceProperty().get() != null
                                && !room.joinShownProperty().get())),
                new AppAction("Workshop", "Put the selected phone rewrite up for the vote",
                        new KeyCodeCombination(KeyCode.U, SHORTCUT_DOWN), this::putUpSelected),
                new AppAction("Workshop", "Keep the selected rewrite as a marketing example",
                        new KeyCodeCombination(KeyCode.M, SHORTCUT_DOWN, SHIFT_DOWN), () -> keepSelected(Label.MARKETING)),
                new AppAction("Workshop", "Keep the selected rewrite as a sales example",
                        new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN), () -> keepSelected(Label.SALES)),
                new AppAction("Workshop", "Take back the selected rewrite",
                        new KeyCodeCombination(KeyCode.BACK_SPACE, SHORTCUT_DOWN, SHIFT_DOWN), this::removeSelected),
                new AppAction("Workshop", "Type the next rewrite", new KeyCodeCombination(KeyCode.L, SHORTCUT_DOWN),
                        () -> promptPanel.rewriteField().requestFocus()),
                new AppAction("Workshop", "Export the session (CSV and HTML)",
                        new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN), this::export),
                new AppAction("Workshop", "Open a deck file", new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN),
                        this::chooseDeckFile),
                new AppAction("Workshop", "Choose another deck", new KeyCodeCombination(KeyCode.N, SHORTCUT_DOWN),
                        this::backToDecks),
                new AppAction("Workshop", "Full screen on/off", new KeyCodeCombination(KeyCode.F11),
                        () -> stage.setFullScreen(!stage.isFullScreen())),
                new AppAction("Workshop", "Larger text", new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT_DOWN, SHIFT_ANY),
                        () -> zoom.set(Math.min(2, zoom.get() + ZOOM_STEP))),
                new AppAction("Workshop", "Smaller text", new KeyCodeCombination(KeyCode.MINUS, SHORTCUT_DOWN),
                        () -> zoom.set(Math.max(0.6, zoom.get() - ZOOM_STEP))),
                new AppAction("Workshop", "Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), this::showShortcuts),
                new AppAction("Workshop", "Close the workshop", new KeyCodeCombination(KeyCode.W, SHORTCUT_DOWN),
                        this::close));
    }

    private void layOut() {
        root.setId("workshop");
        root.getStyleClass().add("workshop");
        root.styleProperty().bind(Bindings.createStringBinding(() -> WindowLook.fontSizeStyle(fontSize.get()),
                fontSize));
        notice.setId("workshop-notice");
        notice.getStyleClass().add("workshop-notice");
        notice.setWrapText(true);
        openReport.setId("open-report");
        openReport.setVisible(false);
        openReport.managedProperty().bind(openReport.visibleProperty());
        openReport.setMinWidth(Region.USE_PREF_SIZE);
        openReport.setOnAction(e -> documentOpener.accept(lastReport.toUri().toString()));
        javafx.scene.control.Label keys = new javafx.scene.control.Label("PgDn/PgUp prompt \u00b7 Ctrl+R room "
                + "\u00b7 Ctrl+U put up \u00b7 Ctrl+M/Ctrl+S vote \u00b7 Enter reveal \u00b7 Ctrl+Shift+M/S keep "
                + "\u00b7 Ctrl+E export \u00b7 F1 all keys \u00b7 Esc leaves full screen");
        keys.setId("workshop-keys");
        keys.getStyleClass().add("workshop-keys");
        HBox told = new HBox(16, notice, openReport);
        told.managedProperty().bind(told.visibleProperty());
        told.visibleProperty().bind(notice.textProperty().isNotEmpty());
        VBox footer = new VBox(2, told, keys);
        footer.getStyleClass().add("workshop-footer");
        root.setTop(banner);
        root.setBottom(footer);
        root.setCenter(picker);
        Scene scene = new Scene(root, 1280, 800);
        // The trainer's keys work wherever the focus is: the rewrite box would otherwise keep Page Up/Down.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> actions.stream()
                .filter(action -> action.keys().match(event)).findFirst().ifPresent(action -> {
                    event.consume();
                    action.run().run();
                }));
        stage.setScene(scene);
        stage.setTitle("UsThem workshop");
        stage.setFullScreenExitHint("Esc leaves full screen; F11 returns to it.");
        stage.setOnCloseRequest(e -> {
            if (!confirmLosingSession("Close the workshop?")) {
                e.consume();
            }
        });
        // Nothing listens once the workshop is gone.
        stage.setOnHidden(e -> room.close());
        applyLook(look.getValue());
    }

    private void bind() {
        look.addListener((observable, old, now) -> applyLook(now));
        model.phaseProperty().addListener((observable, old, now) -> showCenter());
        room.joinShownProperty().addListener((observable, old, now) -> showCenter());
        room.addressChoices().addListener((ListChangeListener<RoomViewModel.Address>) change -> {
            if (!room.addressChoices().isEmpty()) {
                RoomAddressDialog.choose(stage, look.getValue(), List.copyOf(room.addressChoices()))
                        .ifPresentOrElse(room::openOn, room::cancelChoice);
            }
        });
        model.sessionProperty().addListener((observable, old, now) -> sessionStarted(now));
        model.messageProperty().addListener((observable, old, now) -> {
            notice.setText(now.text());
            notice.getStyleClass().remove("notice-problem");
            if (now.problem()) {
                notice.getStyleClass().add("notice-problem");
            }
        });
        // The latest rewrite revealed is the one the keep and take-back keys act on, unless another is chosen.
        model.revealedProperty().addListener((observable, old, now) -> {
            if (now != null) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
    }

    /** The deck picker, the join screen while people join, or the prompt. */
    private void showCenter() {
        if (model.phaseProperty().get() != WorkshopViewModel.Phase.PLAYING) {
            root.setCenter(picker);
        } else if (room.joinShownProperty().get()) {
            root.setCenter(joinScreen);
        } else {
            root.setCenter(playing);
            promptPanel.rewriteField().requestFocus();
        }
    }

    private void sessionStarted(WorkshopSession session) {
        openReport.setVisible(false);
        banner.clear();
        if (session == null) {
            stage.setTitle("UsThem workshop");
            return;
        }
        stage.setTitle("UsThem workshop \u2014 " + session.deck().title());
        List<FileProblem> problems = model.deckProblems();
        if (!problems.isEmpty()) {
            banner.show(Severity.WARNING, String.format(Locale.ROOT, "%d line%s of the deck could not be "
                    + "read and %s left out: %s", problems.size(), problems.size() == 1 ? "" : "s",
                    problems.size() == 1 ? "is" : "are",
                    problems.stream().map(FileProblem::toString).collect(Collectors.joining("; "))));
        }
    }

    private void applyLook(WindowLook current) {
        current.applyTheme(root);
    }

    private void chooseDeckFile() {
        if (!confirmLosingSession("Open another deck?")) {
            return;
        }
        dialogs.openFile(stage, "Open a workshop deck", List.of(new FileDialogs.Filter(DECK_FILES,
                List.of("*.txt", "*.jsonl"))), null).ifPresent(model::openDeck);
    }

    private void backToDecks() {
        if (model.phaseProperty().get() == WorkshopViewModel.Phase.PLAYING
                && confirmLosingSession("Choose another deck?")) {
            model.leaveDeck();
        }
    }

    private void keepSelected(Label label) {
        Rewrite selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            model.tell(true, "Reveal a rewrite (or select one in the table) to keep it.");
            return;
        }
        model.keep(selected, label);
    }

    /** Takes back the rewrite selected in the round table: through the room when it came from a phone. */
    private void removeSelected() {
        Rewrite selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && !room.takeBack(selected)) {
            model.remove(selected);
        }
    }

    private void putUpSelected() {
        if (room.entranceProperty().get() != null && !roomPanel.putUpSelected()) {
            model.tell(true, "Select a rewrite from the phones (in the room's list) to put it up for the vote.");
        }
    }

    private void export() {
        if (model.sessionProperty().get() == null) {
            return;
        }
        dialogs.openFolder(stage, "Export the session to a folder", null).ifPresent(folder -> model.export(folder,
                written -> {
                    lastReport = written.html();
                    openReport.setVisible(documentOpener != null);
                }));
    }

    private void showShortcuts() {
        List<ShortcutsDialog.Row> rows = new ArrayList<>();
        rows.add(new ShortcutsDialog.Row("Reveal (in the rewrite or name box)", "Enter"));
        actions.forEach(action -> rows.add(new ShortcutsDialog.Row(action.title(), action.shortcut())));
        rows.add(new ShortcutsDialog.Row("Leave full screen", "Esc"));
        look.getValue().styled(ShortcutsDialog.create(stage, rows)).show();
    }

    private void close() {
        if (confirmLosingSession("Close the workshop?")) {
            stage.close();
        }
    }

    /** True when no revealed rewrite would be lost, or the trainer agrees to lose them. */
    private boolean confirmLosingSession(String question) {
        if (!model.unexportedProperty().get()) {
            return true;
        }
        return FxDialogService.confirm(stage, look.getValue(), "Workshop", question, "This session has rewrites "
                + "that are in no export yet. Export them first with Ctrl+E, or discard them.", "Discard the session");
    }
}
