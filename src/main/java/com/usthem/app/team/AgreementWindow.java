package com.usthem.app.team;

import com.usthem.app.dialog.FileDialogs;
import com.usthem.app.view.AppLook;
import com.usthem.core.team.AgreementReport;
import com.usthem.core.team.AxisDisagreement;
import com.usthem.core.team.LabeledCopy;
import com.usthem.core.team.PairAgreement;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * The team view: whether the team agrees on its labeling rules. How many copies each person
 * labeled, each pair's percent agreement and Cohen's kappa, the distinctions people disagree on
 * most and the disputed copies; the conflicts queue to settle them (Alt+C), and the same as a web
 * page for a team meeting (Ctrl+E).
 */
public final class AgreementWindow {

    private static final List<FileDialogs.Filter> HTML =
            List.of(new FileDialogs.Filter("Web page (*.html)", List.of("*.html")));
    /** Longer texts are cut in the table of disputes. */
    private static final int DISPUTE_TEXT = 200;

    private final Stage stage = new Stage();
    private final AgreementViewModel model;
    private final FileDialogs files;
    private final Label summary = new Label();
    private final Label empty = TeamViews.note("Nobody has labeled the same copy as someone else yet. Agreement is "
            + "measured on copy two or more people labeled, each under their own name (Team \u2192 Your name): "
            + "let two colleagues label the same batch in the labeling queue, then look here.");
    private final GridPane people = TeamViews.figures("agreement-people");
    private final GridPane pairs = TeamViews.figures("agreement-pairs");
    private final GridPane axes = TeamViews.figures("agreement-axes");
    private final Label noAxes = TeamViews.note("People labeled every copy they share alike.");
    private final TableView<LabeledCopy> disputed = new TableView<>();
    private final VBox shared = new VBox(12);

    /**
     * @param openConflicts  opens the conflicts queue
     * @param documentOpener opens a file in the user's browser; null where there is none
     */
    public AgreementWindow(Window owner, AgreementViewModel model, AppLook look, FileDialogs files,
                           Runnable openConflicts, Consumer<String> documentOpener) {
        this.model = model;
        this.files = files;
        summary.setId("agreement-summary");
        summary.getStyleClass().add("panel-title");
        summary.setWrapText(true);
        empty.setId("agreement-empty");
        noAxes.setId("agreement-no-axes");
        setUpDisputes(look);
        VBox content = TeamViews.page("agreement-content", summary, empty, TeamViews.section("Who labeled"), people,
                shared, TeamViews.section("Disputed copies"), disputed);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        root.setBottom(actions(openConflicts, documentOpener));
        shared.getChildren().setAll(TeamViews.section("How often each pair agrees"), TeamViews.note("Agreement is "
                + "the share of the copies both labeled alike. Kappa discounts what two people would agree on by "
                + "chance, given how often each says each label: 1 is full agreement, 0 what chance gives, below 0 "
                + "worse than chance. The reading is on the scale of Landis and Koch."), pairs,
                TeamViews.section("Where people disagree most"), axes, noAxes);
        model.reportProperty().addListener((observable, old, now) -> show(now));
        show(null);
        Scene scene = TeamViews.setUp(stage, owner, "Team agreement", root, "agreement-window", 820, 720, look);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN), this::chooseAndExport);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.C, ALT_DOWN), openConflicts);
        TeamViews.activeWhileShown(stage, model::setActive);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private Node actions(Runnable openConflicts, Consumer<String> documentOpener) {
        Button settle = new Button("Settle the disputes\u2026");
        settle.setId("agreement-settle");
        settle.setTooltip(new Tooltip("The conflicts queue (Alt+C)"));
        settle.setOnAction(e -> openConflicts.run());
        Button export = new Button("Export report\u2026");
        export.setId("agreement-export");
        export.setTooltip(new Tooltip("These figures as a web page for a team meeting (Ctrl+E)"));
        export.disableProperty().bind(model.reportProperty().isNull());
        export.setOnAction(e -> chooseAndExport());
        Label status = TeamViews.wrapping("");
        status.setId("agreement-status");
        status.textProperty().bind(model.toldProperty().map(AgreementViewModel.Told::message));
        Hyperlink open = new Hyperlink("Open in the browser");
        open.setId("agreement-open");
        open.setVisible(false);
        model.toldProperty().addListener((observable, old, now) -> open.setVisible(now.written() != null
                && documentOpener != null));
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> documentOpener.accept(model.toldProperty().get().written().toUri().toString()));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox statusRow = new HBox(8, status, open);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        statusRow.visibleProperty().bind(status.textProperty().isNotEmpty());
        statusRow.managedProperty().bind(statusRow.visibleProperty());
        FlowPane buttons = new FlowPane(8, 8, settle, export);
        VBox bottom = new VBox(8, buttons, statusRow);
        bottom.getStyleClass().add("team-actions");
        return bottom;
    }

    private void setUpDisputes(AppLook look) {
        disputed.setId("agreement-disputed");
        disputed.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        disputed.setPlaceholder(TeamViews.note("No copy is disputed."));
        TableColumn<LabeledCopy, String> state = TeamViews.column("State", LabeledCopy::settlementWords);
        TableColumn<LabeledCopy, String> who = TeamViews.column("Who said what", LabeledCopy::whoSaidWhat);
        TableColumn<LabeledCopy, String> text = TeamViews.column("Copy", LabeledCopy::text);
        text.setCellFactory(c -> new CutTextCell<>(DISPUTE_TEXT));
        disputed.getColumns().addAll(List.of(state, who, text));
        look.onScale(scale -> {
            TeamViews.width(state, 170, scale);
            TeamViews.width(who, 230, scale);
            text.setMinWidth(200 * scale);
            disputed.setPrefHeight(260 * scale);
        });
    }

    private void show(AgreementReport report) {
        boolean anyShared = report != null && report.shared() > 0;
        summary.setText(report == null ? "Reading the examples\u2026" : report.summary() + ".");
        empty.setVisible(report != null && !anyShared);
        empty.setManaged(empty.isVisible());
        shared.setVisible(anyShared);
        shared.setManaged(anyShared);
        people.getChildren().clear();
        pairs.getChildren().clear();
        axes.getChildren().clear();
        disputed.getItems().clear();
        if (report == null) {
            return;
        }
        people.addRow(0, TeamViews.header("Person"), TeamViews.header("Copies labeled"));
        int row = 1;
        for (Map.Entry<String, Integer> person : report.labelsByPerson().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            people.addRow(row++, new Label(person.getKey()), TeamViews.figure(Figures.count(person.getValue())));
        }
        if (row == 1) {
            people.addRow(row, TeamViews.note("No label carries a name yet."));
        }
        pairs.addRow(0, TeamViews.header("Pair"), TeamViews.header("Both labeled"), TeamViews.header("Agreed"),
                TeamViews.header("Agreement"), TeamViews.header("Kappa"), TeamViews.header("Reading"));
        row = 1;
        for (PairAgreement pair : report.pairs()) {
            double kappa = pair.kappa();
            pairs.addRow(row++, new Label(pair.first() + " & " + pair.second()),
                    TeamViews.figure(Figures.count(pair.both())),
                    TeamViews.figure(Figures.count(pair.agreed())), TeamViews.figure(Figures.percent(pair.agreement())),
                    TeamViews.figure(Double.isNaN(kappa) ? "n/a" : String.format(Locale.ROOT, "%.2f", kappa)),
                    new Label(pair.reading()));
        }
        axes.addRow(0, TeamViews.header("Distinction (axis)"), TeamViews.header("Copies"),
                TeamViews.header("Disagreed"), TeamViews.header("Share"));
        row = 1;
        for (AxisDisagreement axis : report.axes()) {
            axes.addRow(row++, new Label(axis.axis()), TeamViews.figure(Figures.count(axis.copies())),
                    TeamViews.figure(Figures.count(axis.contested())), TeamViews.figure(Figures.percent(axis.share())));
        }
        axes.setVisible(!report.axes().isEmpty());
        axes.setManaged(axes.isVisible());
        noAxes.setVisible(report.axes().isEmpty());
        noAxes.setManaged(noAxes.isVisible());
        disputed.getItems().setAll(report.disputed());
    }

    /** Asks where to write the report and writes it. */
    public void chooseAndExport() {
        files.saveFile(stage, "Export the team report", model.suggestedFileName(), HTML, null)
                .ifPresent(chosen -> model.export(FileDialogs.withExtension(chosen, "html")));
    }
}
