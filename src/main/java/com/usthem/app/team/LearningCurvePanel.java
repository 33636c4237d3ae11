package com.usthem.app.team;

import com.usthem.app.score.Lean;
import com.usthem.app.view.AppLook;
import com.usthem.core.train.LearningCurve;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * "Would more examples help?" in the retrain report: the accuracy of models trained on a quarter, a
 * half, three quarters and all of the examples, as a table and a chart, and what the last step
 * says about labeling more.
 */
final class LearningCurvePanel extends VBox {

    private final ProgressBar bar = new ProgressBar();
    private final Label verdict = TeamViews.wrapping("");
    private final Label measuredOn = TeamViews.note("");
    private final GridPane points = TeamViews.figures("curve-points");
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final HBox figures;
    private final VBox measuring;

    LearningCurvePanel(LearningCurveViewModel model, AppLook look) {
        super(10);
        setId("curve");
        verdict.setId("curve-verdict");
        verdict.getStyleClass().add("curve-verdict");
        measuredOn.setId("curve-measured-on");
        bar.setMaxWidth(Double.MAX_VALUE);
        measuring = new VBox(6, TeamViews.note("Training on 25%, 50%, 75% and all of the examples to see whether "
                + "accuracy still climbs\u2026 You can accept or discard the new model meanwhile."), bar);
        setUpChart(look);
        // The figures keep their width; the chart takes the rest.
        points.setMinWidth(Region.USE_PREF_SIZE);
        figures = new HBox(24, points, chart);
        HBox.setHgrow(chart, Priority.ALWAYS);
        getChildren().setAll(TeamViews.section("Would more examples help?"), measuring, verdict, figures,
                measuredOn);
        model.measureProperty().addListener((observable, old, now) -> show(now));
        show(model.measureProperty().get());
    }

    private void setUpChart(AppLook look) {
        chart.setId("curve-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getXAxis().setLabel("Share of the examples trained on");
        NumberAxis accuracy = (NumberAxis) chart.getYAxis();
        accuracy.setLabel("Accuracy (%)");
        accuracy.setForceZeroInRange(false);
        look.onScale(scale -> {
            chart.setPrefHeight(220 * scale);
            chart.setMinWidth(260 * scale);
        });
    }

    private void show(LearningCurveViewModel.Measure measure) {
        LearningCurve curve = measure.curve();
        String problem = measure.problem();
        bar.setProgress(measure.progress());
        setShown(measuring, measure.measuring());
        setShown(figures, curve != null);
        setShown(measuredOn, curve != null);
        setShown(verdict, curve != null || problem != null);
        verdict.setText(curve != null ? Lean.capitalize(curve.summary()) + "." : problem == null ? "" : problem);
        points.getChildren().clear();
        chart.getData().clear();
        if (curve == null) {
            return;
        }
        measuredOn.setText(curve.setAside()
                ? "Each model measured on the same " + Figures.plural(curve.heldOut(), "example") + " set aside from "
                + "the others (one in five of each label), since the workspace has no held-out test split."
                : "Each model measured on the same " + Figures.plural(curve.heldOut(), "example")
                + " of the held-out test split.");
        points.addRow(0, TeamViews.header("Share"), TeamViews.header("Examples"), TeamViews.header("Accuracy"),
                TeamViews.header("Macro-F1"));
        XYChart.Series<String, Number> accuracy = new XYChart.Series<>();
        int row = 1;
        for (LearningCurve.Point point : curve.points()) {
            String share = String.format(Locale.ROOT, "%.0f%%", 100 * point.share());
            points.addRow(row++, TeamViews.wrapping(share), TeamViews.figure(Figures.count(point.examples())),
                    TeamViews.figure(Figures.percent(point.metrics().accuracy())),
                    TeamViews.figure(Figures.percent(point.metrics().macroF1())));
            accuracy.getData().add(new XYChart.Data<>(share, 100 * point.metrics().accuracy()));
        }
        chart.getData().setAll(accuracy);
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
