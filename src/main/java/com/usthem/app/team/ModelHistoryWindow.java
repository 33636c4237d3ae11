package com.usthem.app.team;

import com.usthem.app.view.AppLook;
import com.usthem.core.model.ModelMetadata;
import com.usthem.core.model.ModelStore;
import com.usthem.core.train.Metrics;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.geometry.Orientation;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every model the workspace has accepted: a chart of accuracy by version, a table of each one's
 * figures and settings, and one button to make the selected version the current model.
 */
public final class ModelHistoryWindow {

    private final Stage stage = new Stage();
    private final ModelHistoryViewModel model;
    private final AppLook look;
    private final TableView<ModelStore.Version> table = new TableView<>();
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private String remembered;

    public ModelHistoryWindow(Window owner, ModelHistoryViewModel model, AppLook look) {
        this.model = model;
        this.look = look;
        setUpChart();
        setUpTable();
        Button makeCurrent = new Button();
        makeCurrent.setId("history-make-current");
        makeCurrent.getStyleClass().add("accent");
        makeCurrent.textProperty().bind(Bindings.createStringBinding(this::makeCurrentText,
                table.getSelectionModel().selectedItemProperty(), model.currentProperty()));
        makeCurrent.disableProperty().bind(Bindings.createBooleanBinding(() -> selected() == null
                        || selected().name().equals(model.currentProperty().get()),
                table.getSelectionModel().selectedItemProperty(), model.currentProperty()));
        makeCurrent.setOnAction(e -> makeSelectedCurrent());
        makeCurrent.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("history-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox actions = new HBox(12, status, makeCurrent);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("team-actions");
        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        BorderPane root = new BorderPane(split);
        root.setBottom(actions);
        TeamViews.setUp(stage, owner, "Model history", root, "history-window", 900, 620, look);
        TeamViews.activeWhileShown(stage, model::setActive);
    }

    public Stage stage() {
        return stage;
    }

    public TableView<ModelStore.Version> table() {
        return table;
    }

    public LineChart<String, Number> chart() {
        return chart;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private ModelStore.Version selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private String makeCurrentText() {
        ModelStore.Version version = selected();
        String current = model.currentProperty().get();
        if (version == null) {
            return "Make the selected version current";
        }
        if (version.name().equals(current)) {
            return version.name() + " is in use";
        }
        return (current != null && version.name().compareTo(current) < 0 ? "Roll back to " : "Roll forward to ")
                + version.name();
    }

    private void makeSelectedCurrent() {
        ModelStore.Version version = selected();
        if (version != null && !version.name().equals(model.currentProperty().get())) {
            model.makeCurrent(version.name());
        }
    }

    private void setUpChart() {
        chart.setId("history-chart");
        chart.setTitle("Accuracy by version");
        chart.setAnimated(false);
        chart.getXAxis().setLabel("Model version");
        NumberAxis accuracy = (NumberAxis) chart.getYAxis();
        accuracy.setLabel("Accuracy (%)");
        accuracy.setForceZeroInRange(false);
        model.versions().addListener((ListChangeListener<ModelStore.Version>) change -> plot());
    }

    /** Cross-validated and held-out accuracy of each version that measured them. */
    private void plot() {
        XYChart.Series<String, Number> crossValidated = new XYChart.Series<>();
        crossValidated.setName("cross-validated");
        XYChart.Series<String, Number> heldOut = new XYChart.Series<>();
        heldOut.setName("held-out test split");
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(model.versions().stream()
                .map(ModelStore.Version::name).toList());
        for (ModelStore.Version version : model.versions()) {
            ModelMetadata metadata = version.metadata();
            if (metadata != null && metadata.crossValidation() != null) {
                crossValidated.getData().add(point(version, metadata.crossValidation()));
            }
            if (metadata != null && metadata.test() != null) {
                heldOut.getData().add(point(version, metadata.test()));
            }
        }
        chart.getData().setAll(List.of(crossValidated, heldOut));
    }

    private static XYChart.Data<String, Number> point(ModelStore.Version version, Metrics metrics) {
        return new XYChart.Data<>(version.name(), 100 * metrics.accuracy());
    }

    private void setUpTable() {
        table.setId("history-table");
        table.setPlaceholder(new Label("No models yet: the workspace is still being set up."));
        table.getColumns().addAll(List.of(
                column("", 80, v -> v.name().equals(model.currentProperty().get()) ? "\u25cf in use" : ""),
                column("Version", 80, ModelStore.Version::name),
                column("Created", 150, v -> v.metadata() == null || v.metadata().created() == null ? ""
                        : Figures.when(v.metadata().created())),
                column("Examples", 100, v -> v.metadata() == null ? "" : Figures.count(v.metadata().examples())),
                column("CV accuracy", 125, v -> metric(v, ModelMetadata::crossValidation, Metrics::accuracy)),
                column("CV macro-F1", 125, v -> metric(v, ModelMetadata::crossValidation, Metrics::macroF1)),
                column("Test accuracy", 130, v -> metric(v, ModelMetadata::test, Metrics::accuracy)),
                column("Trainer", 320, v -> v.metadata() == null ? "metadata unreadable"
                        : Objects.toString(v.metadata().trainer(), "")),
                column("Company names", 200, v -> v.metadata() == null ? ""
                        : String.join(", ", v.metadata().vocabulary()))));
        table.setItems(model.versions());
        table.setRowFactory(view -> {
            TableRow<ModelStore.Version> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    makeSelectedCurrent();
                }
            });
            return row;
        });
        // The "in use" marks follow the current version; a new list keeps the version the user was on.
        model.currentProperty().addListener(observable -> table.refresh());
        model.versions().addListener((ListChangeListener<ModelStore.Version>) change -> reselect());
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null) {
                remembered = now.name();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                makeSelectedCurrent();
            }
        });
    }

    private TableColumn<ModelStore.Version, String> column(String title, double width,
                                                           Function<ModelStore.Version, String> value) {
        TableColumn<ModelStore.Version, String> column = TeamViews.column(title, value);
        look.onScale(scale -> column.setPrefWidth(width * scale));
        return column;
    }

    /** Selects the version selected before the list was read again, or else the current one. */
    private void reselect() {
        String wanted = remembered != null ? remembered : model.currentProperty().get();
        model.versions().stream().filter(v -> v.name().equals(wanted)).findFirst()
                .ifPresent(v -> table.getSelectionModel().select(v));
    }

    private static String metric(ModelStore.Version version, Function<ModelMetadata, Metrics> which,
                                 Function<Metrics, Double> figure) {
        Metrics metrics = version.metadata() == null ? null : which.apply(version.metadata());
        return metrics == null ? "\u2013" : Figures.percent(figure.apply(metrics));
    }
}
