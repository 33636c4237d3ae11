package com.usthem.app.team;

import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.view.AppLook;
import com.usthem.app.view.HighlightSpans;
import com.usthem.core.classify.TextScore;
import com.usthem.core.features.Cue;
import com.usthem.core.io.FileProblem;
import com.usthem.core.workspace.LabelingQueue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The labeling queue: paste or import copy, then label it one piece at a time, the copy the model
 * is least sure about first. Keys: M marketing, S sales, Space skip, Backspace undo.
 */
public final class LabelingQueueWindow {

    private static final List<FileDialogs.Filter> COPY_FILES = List.of(new FileDialogs.Filter(
            "Copy (*.txt, *.csv, *.jsonl)", List.of("*.txt", "*.csv", "*.jsonl", "*.json")));

    private final Stage stage = new Stage();
    private final LabelingQueueViewModel model;
    private final FileDialogs files;
    private final Runnable retrain;
    private final StackPane pages = new StackPane();
    private final TextFlow copy = new TextFlow();
    private final QueueItemView item = QueueItemView.of("queue");
    private final Label cues = new Label();
    private final Label summary = new Label();

    /** @param retrain opens the retrain window, offered when the queue is done */
    public LabelingQueueWindow(Window owner, LabelingQueueViewModel model, AppLook look, FileDialogs files,
                               Runnable retrain) {
        this.model = model;
        this.files = files;
        this.retrain = retrain;
        Label status = new Label();
        status.setId("queue-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("team-status");
        BorderPane root = new BorderPane(pages);
        root.setBottom(new VBox(problems(), status));
        pages.getChildren().addAll(inputPage(), scoringPage(), labelingPage(), donePage());
        model.phaseProperty().addListener((observable, old, now) -> showPage());
        model.stateProperty().addListener((observable, old, now) -> showState(now));
        showPage();
        acceptDroppedFile(root);
        Scene scene = TeamViews.setUp(stage, owner, "Labeling queue", root, "queue-window", 760, 560, look);
        QueueKeys keys = keys();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys.pressed(e,
                model.getPhase() == LabelingQueueViewModel.Phase.LABELING,
                model.getPhase() == LabelingQueueViewModel.Phase.DONE));
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private Node inputPage() {
        Label heading = TeamViews.heading("Label a batch of copy");
        Label how = TeamViews.wrapping("Paste copy to label, one piece a line, or import a file: one piece a "
                + "line, CSV with a text column, or JSON Lines with a text field. The pieces the model is least "
                + "sure about come first: a label there teaches it the most.");
        TextArea paste = new TextArea();
        paste.setId("queue-paste");
        paste.setWrapText(true);
        paste.setPromptText("One piece of copy a line");
        paste.textProperty().bindBidirectional(model.pastedProperty());
        VBox.setVgrow(paste, Priority.ALWAYS);
        Button importing = new Button("Import file\u2026");
        importing.setId("queue-import");
        importing.setOnAction(e -> chooseFile());
        Button start = new Button("Start labeling");
        start.setId("queue-start");
        start.setDefaultButton(false);
        start.getStyleClass().add("accent");
        start.setTooltip(new Tooltip("Ctrl+Enter"));
        start.disableProperty().bind(model.pastedProperty().isEmpty());
        start.setOnAction(e -> model.startFromPaste());
        paste.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.startFromPaste();
                e.consume();
            }
        });
        HBox buttons = new HBox(8, importing, start);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return TeamViews.page("queue-input", heading, how, paste, buttons);
    }

    /** Rows of the batch that could not be used: shown on every page until the next batch. */
    private Label problems() {
        Label problems = TeamViews.wrapping("");
        problems.setId("queue-problems");
        problems.getStyleClass().addAll("team-problems", "team-status");
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setVisible(false);
        model.problems().addListener((ListChangeListener<FileProblem>) change -> {
            List<FileProblem> all = model.problems();
            problems.setVisible(!all.isEmpty());
            problems.setText(all.isEmpty() ? "" : (all.size() == 1 ? "1 row left out: "
                    : Figures.count(all.size()) + " rows left out:\n") + Figures.problems(all));
        });
        return problems;
    }

    private Node scoringPage() {
        Label heading = TeamViews.heading("Scoring the copy\u2026");
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label activity = new Label();
        activity.getStyleClass().add("muted");
        activity.textProperty().bind(model.activityProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("queue-cancel");
        cancel.setOnAction(e -> model.cancel());
        return TeamViews.page("queue-scoring", heading, bar, activity, cancel);
    }

    private Node labelingPage() {
        copy.setId("queue-copy");
        copy.getStyleClass().add("queue-copy");
        ScrollPane copyScroll = TeamViews.card(copy);
        cues.setId("queue-cues");
        cues.setWrapText(true);
        cues.getStyleClass().add("muted");
        FlowPane keys = keys().buttons("queue", "Undo");
        return TeamViews.page("queue-labeling", item.position(), item.answered(), copyScroll, item.verdict(),
                item.gauge(), cues, keys);
    }

    private Node donePage() {
        Label heading = TeamViews.heading("Queue done");
        summary.setId("queue-summary");
        summary.setWrapText(true);
        Button another = new Button("Label another batch");
        another.setId("queue-another");
        another.setOnAction(e -> model.clear());
        Button undo = new Button("Undo the last answer (Backspace)");
        undo.setFocusTraversable(false);
        undo.setOnAction(e -> model.press(QueueKey.BACK));
        Button retrainNow = new Button("Retrain the model\u2026");
        retrainNow.setId("queue-retrain");
        retrainNow.getStyleClass().add("accent");
        retrainNow.setOnAction(e -> retrain.run());
        FlowPane buttons = new FlowPane(8, 8, undo, another, retrainNow);
        return TeamViews.page("queue-done", heading, summary, buttons);
    }

    private QueueKeys keys() {
        return new QueueKeys(model::press);
    }

    private void showPage() {
        TeamViews.showOnly(pages, model.getPhase().ordinal());
    }

    private void showState(LabelingQueueViewModel.State state) {
        if (state == null) {
            return;
        }
        LabelingQueue.Progress progress = state.progress();
        String leftOut = state.leftOut() == 0 ? "" : String.format(Locale.ROOT, " (%s already in the corpus or "
                + "repeated left out)", Figures.count(state.leftOut()));
        item.progress(String.format(Locale.ROOT, "%s of %s answered: %s labeled, %s skipped%s",
                Figures.count(progress.answered()), Figures.count(progress.total()), Figures.count(progress.labeled()),
                Figures.count(progress.skipped()), leftOut), progress.fraction());
        summary.setText(String.format(Locale.ROOT, "All %s answered: %s labeled, %s skipped.%s Retrain the model "
                        + "to learn from the new labels.", Figures.count(progress.total()),
                Figures.count(progress.labeled()), Figures.count(progress.skipped()), leftOut));
        LabelingQueue.Item current = state.current();
        if (current == null) {
            return;
        }
        TextScore score = current.score();
        copy.getChildren().setAll(textWithCues(current.text(), score.cues()));
        item.score(score.sales());
        Set<String> cueWords = new LinkedHashSet<>();
        for (Cue cue : score.cues()) {
            cueWords.add("\u2018" + current.text().substring(cue.start(), cue.end()) + "\u2019 ("
                    + cue.kind().description() + ")");
        }
        cues.setText(cueWords.isEmpty() ? "No cue words." : "Cues: " + String.join(", ", cueWords));
    }

    /** The copy with its cue words in their kind's colour and underlined, as in the editor. */
    private static List<Text> textWithCues(String text, List<Cue> cues) {
        List<Text> parts = new ArrayList<>();
        int at = 0;
        for (Cue cue : cues.stream().sorted(Comparator.comparingInt(Cue::start)).toList()) {
            if (cue.start() < at) {
                continue;
            }
            parts.add(part(text.substring(at, cue.start())));
            Text marked = part(text.substring(cue.start(), cue.end()));
            marked.getStyleClass().addAll("queue-cue", HighlightSpans.cueClass(cue.kind()));
            parts.add(marked);
            at = cue.end();
        }
        parts.add(part(text.substring(at)));
        return parts;
    }

    private static Text part(String text) {
        Text part = new Text(text);
        part.getStyleClass().add("queue-copy-text");
        return part;
    }

    private void chooseFile() {
        files.openFile(stage, "Import copy to label", COPY_FILES, null).ifPresent(model::startFromFile);
    }

    private void acceptDroppedFile(BorderPane root) {
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && model.getPhase() == LabelingQueueViewModel.Phase.INPUT) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles() && model.getPhase() == LabelingQueueViewModel.Phase.INPUT) {
                model.startFromFile(e.getDragboard().getFiles().get(0).toPath());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }
}
