package com.usthem.app.coach;

import com.usthem.core.Label;
import com.usthem.core.coach.CoachExample;
import com.usthem.core.coach.Coaching;
import com.usthem.core.corpus.Example;
import com.usthem.core.text.OneLine;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * Coaching as the writer sees it: which side they want the draft to read as, then for each
 * distinction pulling it the other way the tip written for it and one or two real corpus examples
 * that make the move, each with its label and where it comes from.
 */
public final class CoachPanel extends VBox {

    /** Longer examples are cut here, whole in their tooltip. */
    private static final int EXAMPLE_LENGTH = 300;

    private final CoachViewModel model;
    private final ToggleButton marketing = new ToggleButton("Marketing");
    private final ToggleButton sales = new ToggleButton("Sales");
    private final javafx.scene.control.Label summary = new javafx.scene.control.Label();
    private final VBox advice = new VBox(10);

    public CoachPanel(CoachViewModel model) {
        this.model = model;
        setId("coach");
        getStyleClass().add("coach-panel");
        setSpacing(8);
        javafx.scene.control.Label title = new javafx.scene.control.Label("Coaching");
        title.getStyleClass().add("panel-title");
        javafx.scene.control.Label want = new javafx.scene.control.Label("I want this to be:");
        marketing.setId("want-marketing");
        sales.setId("want-sales");
        ToggleGroup sides = new ToggleGroup();
        for (ToggleButton button : List.of(marketing, sales)) {
            button.setToggleGroup(sides);
            button.setMnemonicParsing(false);
        }
        marketing.setOnAction(e -> choose(Label.MARKETING, marketing));
        sales.setOnAction(e -> choose(Label.SALES, sales));
        HBox choice = new HBox(8, want, marketing, sales);
        choice.setAlignment(Pos.CENTER_LEFT);
        summary.setId("coach-summary");
        summary.setWrapText(true);
        advice.setId("coach-advice");
        getChildren().addAll(title, choice, summary, advice);
        model.targetProperty().addListener((observable, old, now) -> refresh());
        model.stateProperty().addListener((observable, old, now) -> refresh());
        refresh();
    }

    /** A toggle pressed again stays down: the writer changes their mind by pressing the other side. */
    private void choose(Label side, ToggleButton pressed) {
        pressed.setSelected(true);
        model.want(side);
    }

    private void refresh() {
        Label target = model.targetProperty().get();
        marketing.setSelected(target == Label.MARKETING);
        sales.setSelected(target == Label.SALES);
        CoachViewModel.State state = model.stateProperty().get();
        Coaching coaching = state.coaching();
        CoachViewModel.Phase phase = state.phase();
        summary.getStyleClass().remove("muted");
        if (coaching == null) {
            summary.setText(switch (phase) {
                case NO_TARGET -> "Choose the side you want: UsThem says which of the six distinctions pull the "
                        + "draft the other way, what to do about each, and shows examples from your corpus that do it.";
                case COACHING -> "Finding examples in your corpus\u2026";
                case FAILED -> state.problem();
                default -> "Coaching appears once there is a verdict.";
            });
            summary.getStyleClass().add("muted");
            advice.getChildren().clear();
            return;
        }
        summary.setText(CoachWords.summary(coaching)
                + (phase == CoachViewModel.Phase.COACHING ? " (updating\u2026)" : ""));
        List<Node> items = new ArrayList<>();
        for (Coaching.Advice item : coaching.advice()) {
            items.add(advice(item, coaching.target()));
        }
        advice.getChildren().setAll(items);
    }

    private static VBox advice(Coaching.Advice item, Label target) {
        String title = item.distinction().title();
        Text name = new Text(title);
        name.getStyleClass().addAll("coach-tip", "coach-tip-title");
        Text tip = new Text(item.tip().startsWith(title) ? item.tip().substring(title.length()) : " " + item.tip());
        tip.getStyleClass().add("coach-tip");
        TextFlow tipFlow = new TextFlow(name, tip);
        javafx.scene.control.Label lean = new javafx.scene.control.Label(CoachWords.leaning(item.lean()));
        lean.getStyleClass().addAll("muted", "coach-lean");
        VBox box = new VBox(4, tipFlow, lean);
        box.getStyleClass().add("coach-advice");
        if (item.examples().isEmpty()) {
            javafx.scene.control.Label none = new javafx.scene.control.Label("No " + target.id() + " example in your "
                    + "corpus makes this move yet. When you have written one, label it (Alt+M or Alt+S).");
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            box.getChildren().add(none);
            return box;
        }
        javafx.scene.control.Label heading = new javafx.scene.control.Label(item.examples().size() == 1
                ? "An example from your corpus that does it:" : "Examples from your corpus that do it:");
        heading.getStyleClass().add("coach-examples-heading");
        box.getChildren().add(heading);
        item.examples().forEach(example -> box.getChildren().add(example(example)));
        return box;
    }

    private static VBox example(CoachExample found) {
        Example example = found.example();
        javafx.scene.control.Label quote = new javafx.scene.control.Label("\u201c" + OneLine.cut(example.text(),
                EXAMPLE_LENGTH) + "\u201d");
        quote.getStyleClass().add("coach-example-text");
        quote.setWrapText(true);
        quote.setTooltip(new Tooltip(example.text()));
        javafx.scene.control.Label about = new javafx.scene.control.Label(CoachWords.describe(found));
        about.getStyleClass().addAll("muted", "coach-example-about");
        about.setWrapText(true);
        VBox box = new VBox(2, quote, about);
        box.getStyleClass().add("coach-example");
        return box;
    }
}
