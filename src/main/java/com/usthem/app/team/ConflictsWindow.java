package com.usthem.app.team;

import com.usthem.app.view.AppLook;
import com.usthem.core.corpus.Example;
import com.usthem.core.team.Author;
import com.usthem.core.team.LabeledCopy;
import com.usthem.core.workspace.ConflictQueue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;

/**
 * The conflicts queue: the copies people label differently, one at a time, with who said what and
 * when, and the model's score, for the team to settle. Keys as in the labeling queue: M marketing,
 * S sales, Space skip, Backspace back one (taking back its settlement); Alt+Z undoes like anywhere.
 */
public final class ConflictsWindow {

    private final Stage stage = new Stage();
    private final ConflictsViewModel model;
    private final Runnable retrain;
    private final StackPane pages = new StackPane();
    private final QueueItemView item = QueueItemView.of("conflicts");
    private final ProgressBar reading = new ProgressBar();
    private final Label copy = TeamViews.wrapping("");
    private final GridPane labels = TeamViews.figures("conflicts-labels");
    private final Label earlier = TeamViews.note("");
    private final Label summary = TeamViews.wrapping("");
    private final Label doneHeading = TeamViews.heading("");
    private final Button backOne = new Button("Back one (Backspace)");
    private final Button retrainNow = new Button("Retrain the model\u2026");

    /** @param retrain opens the retrain window, offered once the disputes are settled */
    public ConflictsWindow(Window owner, ConflictsViewModel model, AppLook look, Runnable retrain) {
        this.model = model;
        this.retrain = retrain;
        Label status = TeamViews.wrapping("");
        status.setId("conflicts-status");
        status.getStyleClass().add("team-status");
        status.textProperty().bind(model.statusProperty());
        pages.getChildren().addAll(loadingPage(), settlingPage(), donePage());
        BorderPane root = new BorderPane(pages);
        root.setBottom(status);
        model.stateProperty().addListener((observable, old, now) -> showState(now));
        showState(model.stateProperty().get());
        Scene scene = TeamViews.setUp(stage, owner, "Conflicts", root, "conflicts-window", 760, 600, look);
        QueueKeys keys = keys();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys.pressed(e,
                phase() == ConflictsViewModel.Phase.SETTLING, phase() == ConflictsViewModel.Phase.DONE));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, ALT_DOWN), model::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, ALT_DOWN, SHIFT_DOWN), model::redo);
        TeamViews.activeWhileShown(stage, model::setActive);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private Node loadingPage() {
        reading.setMaxWidth(Double.MAX_VALUE);
        return TeamViews.page("conflicts-loading", TeamViews.heading("Reading the disputes\u2026"), reading);
    }

    private Node settlingPage() {
        copy.setId("conflicts-copy");
        copy.getStyleClass().add("conflicts-copy");
        ScrollPane card = TeamViews.card(copy);
        earlier.setId("conflicts-earlier");
        earlier.managedProperty().bind(earlier.visibleProperty());
        FlowPane keys = keys().buttons("conflicts", "Back");
        Label how = TeamViews.note("Settle it as the team decides: the copy is trained on with that label, in your "
                + "name, until someone labels it differently.");
        return TeamViews.page("conflicts-settling", item.position(), item.answered(), card,
                TeamViews.section("Who said what"), labels, earlier, item.verdict(), item.gauge(), how, keys);
    }

    private Node donePage() {
        summary.setId("conflicts-summary");
        backOne.setFocusTraversable(false);
        backOne.setOnAction(e -> model.press(QueueKey.BACK));
        backOne.managedProperty().bind(backOne.visibleProperty());
        Button again = new Button("Look again");
        again.setId("conflicts-again");
        again.setOnAction(e -> model.start());
        retrainNow.setId("conflicts-retrain");
        retrainNow.managedProperty().bind(retrainNow.visibleProperty());
        retrainNow.getStyleClass().add("accent");
        retrainNow.setOnAction(e -> retrain.run());
        doneHeading.setId("conflicts-done-heading");
        return TeamViews.page("conflicts-done", doneHeading, summary,
                new FlowPane(8, 8, backOne, again, retrainNow));
    }

    private QueueKeys keys() {
        return new QueueKeys(model::press);
    }

    private ConflictsViewModel.Phase phase() {
        return model.stateProperty().get().phase();
    }

    private void showState(ConflictsViewModel.State state) {
        TeamViews.showOnly(pages, state.phase().ordinal());
        reading.setProgress(state.read());
        int all = state.open() + state.settled();
        item.progress(String.format(Locale.ROOT, "%s open: %s settled here, %s skipped",
                Figures.plural(state.open(), "dispute"), Figures.count(state.settled()),
                Figures.count(state.skipped())), all == 0 ? 1 : (double) state.settled() / all);
        summary.setText(summary(state));
        doneHeading.setText(state.open() == 0 ? "Nothing left to settle" : "Every dispute answered");
        // Only what there is to do: nothing to go back to or learn from before a first answer.
        backOne.setVisible(state.settled() + state.skipped() > 0);
        retrainNow.setVisible(state.settled() > 0);
        ConflictQueue.Item current = state.current();
        if (current == null) {
            return;
        }
        LabeledCopy disputed = current.copy();
        copy.setText(disputed.text());
        showLabels(disputed);
        List<Example> settlements = disputed.lines().stream().filter(Example::settles).toList();
        earlier.setVisible(!settlements.isEmpty());
        earlier.setText(settlements.isEmpty() ? "" : "Settled before as " + settlements.get(settlements.size() - 1)
                .label() + " by " + Author.display(settlements.get(settlements.size() - 1).author()) + "; labeled "
                + "differently since, so it is disputed again.");
        item.score(current.score().sales());
    }

    /** One row per label that counts: the person, their label in its side's colour, and when they gave it. */
    private void showLabels(LabeledCopy disputed) {
        labels.getChildren().clear();
        List<Example> lines = disputed.hasNamedLabels() ? List.copyOf(disputed.byPerson().values()) : disputed.labels();
        int row = 0;
        for (Example line : lines) {
            Label label = new Label(line.label().id());
            label.getStyleClass().add("side-" + line.label().id());
            labels.addRow(row++, new Label(Author.display(line.author())), label,
                    TeamViews.note(Figures.when(line.added())));
        }
    }

    private static String summary(ConflictsViewModel.State state) {
        if (state.open() == 0 && state.settled() == 0) {
            return "Nobody disagrees: no copy is disputed. When two people label the same copy differently, it "
                    + "waits here for the team to settle it, and training leaves it out until then.";
        }
        String settled = state.settled() == 0 ? "" : "You settled " + Figures.plural(state.settled(), "dispute")
                + ": retrain the model to learn from them. ";
        return settled + (state.open() == 0 ? "No dispute is left open."
                : Figures.plural(state.open(), "skipped dispute") + " still open: Look again goes through "
                + (state.open() == 1 ? "it" : "them") + ".");
    }

}
