package com.usthem.app.team;

import com.usthem.app.view.AppLook;
import com.usthem.core.train.ConfusionMatrix;
import com.usthem.core.train.Metrics;
import com.usthem.core.workspace.FlippedPrediction;
import com.usthem.core.workspace.RetrainReport;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;

/**
 * Retraining: progress with cancel while the new model trains, then the report (old against new
 * accuracy and macro-F1, how many disputed copies were left out, whether more examples would help,
 * the new model's confusion matrix, the examples whose verdict flipped) with accept and discard.
 */
public final class RetrainWindow {

    /** Longer texts are cut in the table of flipped verdicts. */
    private static final int FLIP_TEXT = 160;

    private final Stage stage = new Stage();
    private final RetrainViewModel model;
    private final AppLook look;
    private final StackPane pages = new StackPane();
    private final VBox report = new VBox(14);
    private final LearningCurvePanel curve;
    private final Runnable openConflicts;

    /** @param openConflicts opens the conflicts queue, where the copies training left out are settled */
    public RetrainWindow(Window owner, RetrainViewModel model, AppLook look, Runnable openConflicts) {
        this.model = model;
        this.look = look;
        this.openConflicts = openConflicts;
        this.curve = new LearningCurvePanel(model.curve(), look);
        report.setId("retrain-report");
        report.getStyleClass().add("team-page");
        pages.getChildren().addAll(idlePage(), trainingPage(), reportPage(), acceptingPage(), failedPage());
        BorderPane root = new BorderPane(pages);
        model.phaseProperty().addListener((observable, old, now) -> showPage());
        model.reportProperty().addListener((observable, old, now) -> showReport(now));
        model.acceptedProperty().addListener((observable, old, version) -> {
            if (version != null) {
                stage.hide();
            }
        });
        showPage();
        Scene scene = TeamViews.setUp(stage, owner, "Retrain", root, "retrain-window", 860, 640, look);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.C, KeyCombination.ALT_DOWN), openConflicts);
        // Closing the window while training stops it; a report left open is discarded.
        stage.setOnHidden(e -> {
            if (model.getPhase() != RetrainViewModel.Phase.ACCEPTING) {
                model.cancel();
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the window, starting a retraining unless one is running or waiting for a decision. */
    public void open() {
        stage.show();
        stage.toFront();
        if (model.getPhase() == RetrainViewModel.Phase.IDLE || model.getPhase() == RetrainViewModel.Phase.FAILED) {
            model.start();
        }
    }

    private Node idlePage() {
        Label heading = TeamViews.heading("Retrain the model on your examples");
        Button start = new Button("Start retraining");
        start.setId("retrain-start");
        start.setOnAction(e -> model.start());
        return TeamViews.page("retrain-idle", heading, start);
    }

    private Node trainingPage() {
        Label heading = TeamViews.heading("Training a new model on your examples\u2026");
        Label meanwhile = new Label();
        meanwhile.setWrapText(true);
        meanwhile.textProperty().bind(model.phaseProperty().map(phase -> "UsThem keeps scoring with "
                + model.versionInUse() + " until you accept the new model. Nothing is saved before then."));
        ProgressBar bar = new ProgressBar();
        bar.setId("retrain-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label activity = new Label();
        activity.setId("retrain-activity");
        activity.getStyleClass().add("muted");
        activity.textProperty().bind(model.activityProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("retrain-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.hide());
        return TeamViews.page("retrain-training", heading, meanwhile, bar, activity, cancel);
    }

    /** The report scrolls; the decision stays in view below it. */
    private Node reportPage() {
        ScrollPane scroll = new ScrollPane(report);
        scroll.setFitToWidth(true);
        Button accept = new Button("Accept: make it the current model");
        accept.setId("retrain-accept");
        accept.getStyleClass().add("accent");
        accept.setDefaultButton(true);
        accept.setOnAction(e -> model.accept());
        Button discard = new Button("Discard");
        discard.setId("retrain-discard");
        discard.setOnAction(e -> stage.hide());
        FlowPane buttons = new FlowPane(8, 8, accept, discard);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("team-actions");
        BorderPane page = new BorderPane(scroll);
        page.setBottom(buttons);
        return page;
    }

    private Node acceptingPage() {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setMaxWidth(Double.MAX_VALUE);
        return TeamViews.page("retrain-accepting",
                TeamViews.heading("Saving the new model and making it current\u2026"), bar);
    }

    private Node failedPage() {
        Label problem = new Label();
        problem.setId("retrain-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Button again = new Button("Try again");
        again.setOnAction(e -> model.start());
        Button close = new Button("Close");
        close.setOnAction(e -> stage.hide());
        return TeamViews.page("retrain-failed", TeamViews.heading("No new model"), problem, new HBox(8, again, close));
    }

    private void showPage() {
        TeamViews.showOnly(pages, model.getPhase().ordinal());
    }

    private void showReport(RetrainReport shown) {
        if (shown == null) {
            report.getChildren().clear();
            return;
        }
        String old = shown.oldVersion();
        Label heading = TeamViews.heading("The new model, beside " + old + " (the model in use)");
        GridPane metrics = metricsGrid(shown);
        Label metricsNote = TeamViews.note("The cross-validated figures of " + old
                + " are those measured when it was trained, on the examples it had then. The held-out test split, "
                + "when the workspace has one, measures both models on the same examples.");
        Label confusionTitle = TeamViews.section(shown.crossValidation() != null
                ? "Confusion matrix of the new model (cross-validated)"
                : "Confusion matrix of the new model (held-out test split)");
        Node confusion = shown.confusion() == null ? TeamViews.note("Not measured.") : confusionGrid(shown.confusion());
        Label flipsTitle = TeamViews.section(flipsSummary(shown.flips()));
        report.getChildren().setAll(heading, metrics, metricsNote);
        if (!shown.dataNotes().isEmpty()) {
            // The same words as an import's report and 'usthem train': what was used once, what was left out.
            Label dataNotes = TeamViews.note(String.join("\n", shown.dataNotes()));
            dataNotes.setId("retrain-data-notes");
            report.getChildren().add(dataNotes);
        }
        if (!shown.disputed().isEmpty()) {
            report.getChildren().add(leftOut(shown.disputed().size()));
        }
        report.getChildren().addAll(curve, confusionTitle, confusion, flipsTitle);
        if (!shown.flips().isEmpty()) {
            report.getChildren().add(flipsTable(shown.flips()));
        }
    }

    /** Copies people label differently, left out of training until the team settles them. */
    private Node leftOut(int disputed) {
        String them = disputed == 1 ? "it" : "them";
        Label said = TeamViews.wrapping(Figures.count(disputed) + (disputed == 1 ? " disputed copy was"
                : " disputed copies were") + " left out of training and measuring: people label " + them
                + " differently and nobody has settled " + them + " yet.");
        said.setId("retrain-left-out");
        Hyperlink settle = new Hyperlink("Settle " + them + " in the conflicts queue (Alt+C)");
        settle.setId("retrain-settle");
        settle.setOnAction(e -> openConflicts.run());
        return new VBox(2, said, settle);
    }

    private static GridPane metricsGrid(RetrainReport shown) {
        GridPane grid = TeamViews.figures("retrain-metrics");
        grid.addRow(0, TeamViews.wrapping(""), TeamViews.header("Accuracy"), TeamViews.header("Macro-F1"),
                TeamViews.header("Examples"));
        int row = 1;
        row = metricsRow(grid, row, shown.oldVersion() + " (in use), cross-validated", shown.oldCrossValidation());
        row = metricsRow(grid, row, "New model, cross-validated", shown.newCrossValidation());
        if (shown.oldTest() != null || shown.newTest() != null) {
            row = metricsRow(grid, row, shown.oldVersion() + " (in use), held-out test split", shown.oldTest());
            metricsRow(grid, row, "New model, held-out test split", shown.newTest());
        }
        return grid;
    }

    private static int metricsRow(GridPane grid, int row, String name, Metrics metrics) {
        grid.addRow(row, TeamViews.wrapping(name),
                TeamViews.figure(metrics == null ? null : Figures.percent(metrics.accuracy())),
                TeamViews.figure(metrics == null ? null : Figures.percent(metrics.macroF1())),
                TeamViews.figure(metrics == null ? null : Figures.count(metrics.examples())));
        return row + 1;
    }

    private static GridPane confusionGrid(ConfusionMatrix confusion) {
        GridPane grid = TeamViews.figures("retrain-confusion");
        grid.add(TeamViews.wrapping("labeled \u2193  verdict \u2192"), 0, 0);
        com.usthem.core.Label[] labels = com.usthem.core.Label.values();
        for (int i = 0; i < labels.length; i++) {
            grid.add(TeamViews.header(labels[i].id()), i + 1, 0);
            grid.add(TeamViews.header(labels[i].id()), 0, i + 1);
            for (int j = 0; j < labels.length; j++) {
                Label count = TeamViews.figure(Figures.count(confusion.count(labels[i], labels[j])));
                count.getStyleClass().add(i == j ? "confusion-right" : "confusion-wrong");
                grid.add(count, j + 1, i + 1);
            }
        }
        return grid;
    }

    static String flipsSummary(List<FlippedPrediction> flips) {
        if (flips.isEmpty()) {
            return "No example's verdict changed.";
        }
        long fixed = flips.stream().filter(FlippedPrediction::fixed).count();
        return String.format(Locale.ROOT, "%s changed: %d now agree with their label, %d no longer do",
                Figures.plural(flips.size(), "verdict"), fixed, flips.size() - fixed);
    }

    private TableView<FlippedPrediction> flipsTable(List<FlippedPrediction> flips) {
        TableView<FlippedPrediction> table = new TableView<>();
        table.setId("retrain-flips");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<FlippedPrediction, String> text = TeamViews.column("Example", f -> f.example().text());
        // The table lives as long as its report: sized for the text size of now.
        double scale = look.scale();
        text.setMinWidth(200 * scale);
        text.setCellFactory(c -> new CutTextCell<>(FLIP_TEXT));
        TableColumn<FlippedPrediction, String> label = TeamViews.column("Label", f -> f.example().label().id());
        TableColumn<FlippedPrediction, String> before = TeamViews.column("Before",
                f -> f.oldPrediction().id() + " (" + Figures.sales(f.oldSales()) + ")");
        TableColumn<FlippedPrediction, String> after = TeamViews.column("After",
                f -> f.newPrediction().id() + " (" + Figures.sales(f.newSales()) + ")");
        TableColumn<FlippedPrediction, String> now = TeamViews.column("Now", f -> f.fixed() ? "right" : "wrong");
        TeamViews.width(label, 90, scale);
        TeamViews.width(before, 170, scale);
        TeamViews.width(after, 170, scale);
        TeamViews.width(now, 70, scale);
        table.getColumns().addAll(List.of(text, label, before, after, now));
        table.getItems().setAll(flips);
        table.setPrefHeight(Math.min(260, 50 + 45 * flips.size()) * scale);
        return table;
    }
}
