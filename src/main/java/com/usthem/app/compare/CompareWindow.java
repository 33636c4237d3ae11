package com.usthem.app.compare;

import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.score.Lean;
import com.usthem.app.view.AppAction;
import com.usthem.app.view.ShortcutsDialog;
import com.usthem.app.view.VerdictGauge;
import com.usthem.app.view.WindowLook;
import com.usthem.core.classify.TextScore;
import com.usthem.core.compare.CueWordChange;
import com.usthem.core.compare.DraftComparison;
import com.usthem.core.compare.SentenceChange;
import com.usthem.core.text.OneLine;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * Two drafts side by side — by default the draft in the editor before, and a rewrite after — with
 * the verdict on each, the change between them, their sentences marked added, removed or kept, and
 * the cue words gained and lost. It follows the drafts as they are typed or opened.
 */
public final class CompareWindow {

    private static final List<FileDialogs.Filter> DRAFTS =
            List.of(new FileDialogs.Filter("Drafts (*.txt, *.md)", List.of("*.txt", "*.md")));

    private final Stage stage = new Stage();
    private final CompareViewModel model;
    private final FileDialogs dialogs;
    private final ObservableValue<WindowLook> look;
    private final BorderPane root = new BorderPane();
    private final Label summary = new Label();
    private final Label problem = new Label();
    private final ListView<SentenceChange> sentences = new ListView<>();
    private final ListView<String> gained = new ListView<>();
    private final ListView<String> lost = new ListView<>();
    private final DistinctionMoves moves = new DistinctionMoves();
    private final Side before;
    private final Side after;
    private final List<AppAction> actions;

    /** {@code beforeName} says where the first draft came from, e.g. "the draft in the editor". */
    public CompareWindow(Window owner, CompareViewModel model, String beforeName, ObservableValue<WindowLook> look,
                         FileDialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.look = look;
        stage.initOwner(owner);
        before = new Side("before", "Before", beforeName, model.beforeProperty());
        after = new Side("after", "After", "type or paste the rewrite, or open a file", model.afterProperty());
        actions = List.of(
                new AppAction("Compare", "Open the draft before\u2026", new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN),
                        () -> choose(before)),
                new AppAction("Compare", "Open the draft after\u2026",
                        new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN, SHIFT_DOWN), () -> choose(after)),
                new AppAction("Compare", "Compare now", new KeyCodeCombination(KeyCode.ENTER, SHORTCUT_DOWN),
                        model::compareNow),
                new AppAction("Compare", "Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), this::showShortcuts),
                new AppAction("Compare", "Close", new KeyCodeCombination(KeyCode.W, SHORTCUT_DOWN), stage::close));
        layOut();
        model.resultProperty().addListener((observable, old, now) -> show(now));
        model.phaseProperty().addListener((observable, old, now) -> show(model.resultProperty().get()));
        model.problemProperty().addListener((observable, old, now) -> show(model.resultProperty().get()));
        show(null);
    }

    public Stage stage() {
        return stage;
    }

    public CompareViewModel model() {
        return model;
    }

    public void show() {
        stage.show();
        stage.toFront();
        after.editor.requestFocus();
        model.compareNow();
    }

    /** One draft: its heading, its editor and the verdict on it. */
    private final class Side {
        final TextArea editor = new TextArea();
        final Label name = new Label();
        final Label verdict = new Label();
        final VerdictGauge gauge = new VerdictGauge();
        final VBox box;

        Side(String id, String title, String origin, StringProperty text) {
            Label heading = new Label(title);
            heading.getStyleClass().add("panel-title");
            name.setText(origin);
            name.getStyleClass().add("muted");
            name.setId(id + "-name");
            Button open = new Button("Open\u2026");
            open.setId("open-" + id);
            open.setOnAction(e -> choose(this));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            // In a narrow window or at a larger text size the origin gives way (cut with an ellipsis),
            // never the side's name or its button.
            heading.setMinWidth(Region.USE_PREF_SIZE);
            open.setMinWidth(Region.USE_PREF_SIZE);
            name.setMinWidth(0);
            HBox top = new HBox(10, heading, name, gap, open);
            top.setAlignment(Pos.BASELINE_LEFT);
            top.getStyleClass().add("compare-side-top");
            editor.setId(id + "-editor");
            editor.setWrapText(true);
            editor.textProperty().bindBidirectional(text);
            VBox.setVgrow(editor, Priority.ALWAYS);
            verdict.setId(id + "-verdict");
            verdict.getStyleClass().add("compare-verdict");
            gauge.setId(id + "-gauge");
            gauge.setMaxWidth(Double.MAX_VALUE);
            box = new VBox(6, top, editor, verdict, gauge);
            box.getStyleClass().add("compare-side");
        }

        void show(TextScore score) {
            verdict.getStyleClass().removeAll("side-marketing", "side-sales");
            if (score == null) {
                verdict.setText("\u2014");
                gauge.salesProperty().set(Double.NaN);
                return;
            }
            verdict.setText(String.format(Locale.ROOT, "%s: %.0f%% sales", Lean.of(score.sales()).capitalizedWords(),
                    100 * score.sales()));
            verdict.getStyleClass().add("side-" + score.label().id());
            gauge.salesProperty().set(score.sales());
        }
    }

    private void layOut() {
        SplitPane drafts = new SplitPane(before.box, after.box);
        drafts.setOrientation(Orientation.HORIZONTAL);

        summary.setId("compare-summary");
        summary.getStyleClass().add("compare-summary");
        summary.setWrapText(true);
        // The summary takes the lines it needs; the lists below give way.
        summary.setMinHeight(Region.USE_PREF_SIZE);
        problem.setId("compare-problem");
        problem.getStyleClass().add("muted");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());

        sentences.setId("compare-sentences");
        sentences.setCellFactory(list -> new SentenceCell());
        sentences.setPlaceholder(placeholder("The sentences of both drafts appear here."));
        gained.setId("cue-gained");
        gained.setPlaceholder(placeholder("None"));
        lost.setId("cue-lost");
        lost.setPlaceholder(placeholder("None"));
        VBox sentenceBox = titled("Sentences: + added, \u2212 removed, = kept", sentences);
        VBox cues = new VBox(8, titled("Cue words gained", gained), titled("Cue words lost", lost));
        VBox.setVgrow(cues.getChildren().get(0), Priority.ALWAYS);
        VBox.setVgrow(cues.getChildren().get(1), Priority.ALWAYS);
        Label movesHeading = new Label("Distinctions: before \u2192 after");
        movesHeading.getStyleClass().add("section-heading");
        movesHeading.setWrapText(true);
        movesHeading.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane movesScroll = new ScrollPane(moves);
        movesScroll.setFitToWidth(true);
        movesScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(movesScroll, Priority.ALWAYS);
        SplitPane details = new SplitPane(sentenceBox, new VBox(4, movesHeading, movesScroll), cues);
        details.setDividerPositions(0.5, 0.78);
        VBox results = new VBox(8, summary, problem, details);
        results.getStyleClass().add("compare-results");
        VBox.setVgrow(details, Priority.ALWAYS);

        SplitPane whole = new SplitPane(drafts, results);
        whole.setOrientation(Orientation.VERTICAL);
        whole.setDividerPositions(0.5);
        root.setId("compare");
        root.setCenter(whole);
        Scene scene = new Scene(root, 1100, 760);
        actions.forEach(action -> scene.getAccelerators().put(action.keys(), action.run()));
        stage.setScene(scene);
        stage.setTitle("UsThem \u2014 compare two drafts");
        look.getValue().applyTo(root);
        look.addListener((observable, old, now) -> now.applyTo(root));
    }

    private static VBox titled(String title, ListView<?> list) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-heading");
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(4, heading, list);
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        return label;
    }

    private void show(DraftComparison comparison) {
        String why = model.problemProperty().get();
        problem.setText(why == null ? "" : why);
        problem.setVisible(comparison == null && why != null);
        before.show(comparison == null ? null : comparison.before());
        after.show(comparison == null ? null : comparison.after());
        if (comparison == null) {
            summary.setText(model.phaseProperty().get() == CompareViewModel.Phase.COMPARING ? "Comparing\u2026"
                    : "No comparison yet");
            sentences.getItems().clear();
            moves.show(null);
            gained.getItems().clear();
            lost.getItems().clear();
            return;
        }
        summary.setText(describe(comparison)
                + (model.phaseProperty().get() == CompareViewModel.Phase.COMPARING ? " (updating\u2026)" : ""));
        sentences.getItems().setAll(comparison.sentences());
        moves.show(comparison);
        gained.getItems().setAll(comparison.gained().stream().map(CueWordChange::describe).toList());
        lost.getItems().setAll(comparison.lost().stream().map(CueWordChange::describe).toList());
    }

    /**
     * "+47 points toward sales; the verdict changed from marketing to sales. 2 sentences added, 1 removed.
     * Moved most on the journey vs. the last mile: +1.8 toward sales."
     */
    static String describe(DraftComparison comparison) {
        long points = Math.round(100 * comparison.salesChange());
        String change = points == 0 ? "No change in the sales probability"
                : String.format(Locale.ROOT, "%s%d points toward %s", points > 0 ? "+" : "\u2212", Math.abs(points),
                points > 0 ? "sales" : "marketing");
        String verdict = comparison.labelChanged()
                ? "; the verdict changed from " + comparison.before().label().id() + " to "
                + comparison.after().label().id()
                : "; still " + comparison.after().label().id();
        String moved = comparison.movedMost().map(most -> " " + most.movedMost()).orElse("");
        return String.format(Locale.ROOT, "%s%s. %d sentence%s added, %d removed.%s", change, verdict,
                comparison.added().size(), comparison.added().size() == 1 ? "" : "s", comparison.removed().size(),
                moved);
    }

    private void choose(Side side) {
        dialogs.openFile(stage, "Open the draft " + (side == before ? "before" : "after"), DRAFTS, null)
                .ifPresent(file -> open(file, side == before));
    }

    /** Opens a file into one side without asking, as a drop or a test would. */
    public void open(Path file, boolean intoBefore) {
        Side side = intoBefore ? before : after;
        model.open(file, intoBefore, () -> side.name.setText(String.valueOf(file.getFileName())), message -> {
            problem.setText(message);
            problem.setVisible(true);
        });
    }

    private void showShortcuts() {
        List<ShortcutsDialog.Row> rows = new ArrayList<>();
        actions.forEach(action -> rows.add(new ShortcutsDialog.Row(action.title(), action.shortcut())));
        look.getValue().styled(ShortcutsDialog.create(stage, rows)).show();
    }

    /** A sentence of the comparison: its mark, its sales percentage and its text, struck through when removed. */
    private static final class SentenceCell extends ListCell<SentenceChange> {
        private final Label mark = new Label();
        private final Label percent = new Label();
        private final Label text = new Label();
        private final HBox row = new HBox(10, mark, percent, text);

        SentenceCell() {
            mark.getStyleClass().add("change-mark");
            percent.getStyleClass().add("change-percent");
            text.getStyleClass().add("change-text");
            text.setWrapText(true);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SentenceChange item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("change-added", "change-removed", "change-kept");
            percent.getStyleClass().removeAll("side-marketing", "side-sales");
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            mark.setText(switch (item.kind()) {
                case ADDED -> "+ added";
                case REMOVED -> "\u2212 removed";
                case KEPT -> "= kept";
            });
            getStyleClass().add("change-" + item.kind().name().toLowerCase(Locale.ROOT));
            percent.setText(String.format(Locale.ROOT, "%.0f%% sales", 100 * item.sentence().sales()));
            percent.getStyleClass().add("side-" + Lean.of(item.sentence().sales()).side().id());
            text.setText(OneLine.of(item.sentence().text()));
            setGraphic(row);
        }
    }
}
