package com.usthem.app.view;

import com.usthem.app.score.ProfileRow;
import com.usthem.core.classify.FeatureContribution;
import com.usthem.core.classify.LeanScale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

import java.util.List;

/**
 * A verdict's profile in the six distinctions, one row each and one for the wording: the name, a bar
 * from marketing to sales with the lean in words beside it, and the words behind it, each coloured
 * by the side it pulls to (and saying so, for readers who do not tell the colours apart). The row of
 * what the piece is mainly about is starred.
 */
public final class ProfileView extends VBox {

    /** Said instead of rows when the model's verdicts cannot be broken down. */
    public static final String CANNOT_EXPLAIN = "This model (naive Bayes) cannot be broken down into reasons.";
    private static final String STAR = "\u2605 ";

    public ProfileView(String id) {
        setId(id);
        getStyleClass().add("profile-view");
    }

    public void show(List<ProfileRow> rows) {
        getChildren().setAll(rows.stream().map(ProfileView::row).toList());
    }

    /** Instead of rows, why there are none. */
    public void showMessage(String message) {
        Label label = new Label(message);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        getChildren().setAll(label);
    }

    private static VBox row(ProfileRow row) {
        Label title = new Label((row.mainlyAbout() ? STAR : "") + row.title());
        title.getStyleClass().add("profile-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        Tooltip sides = new Tooltip(row.sides());
        sides.setShowDelay(Duration.millis(300));
        title.setTooltip(sides);
        LeanBar bar = new LeanBar();
        bar.show(row.logOdds());
        Label lean = new Label(row.leanWords());
        lean.getStyleClass().add("profile-lean");
        if (LeanScale.leans(row.logOdds())) {
            lean.getStyleClass().add(row.logOdds() > 0 ? "side-sales" : "side-marketing");
        }
        lean.setMinWidth(Region.USE_PREF_SIZE);
        HBox gauge = new HBox(8, lean, bar);
        gauge.setAlignment(Pos.CENTER_RIGHT);
        // The bars end the rows, so they line up whatever the words beside them.
        BesideOrBelow top = new BesideOrBelow(title, gauge);
        VBox box = new VBox(2, top);
        box.getStyleClass().add("profile-row");
        if (row.mainlyAbout()) {
            box.getStyleClass().add("profile-row-main");
        }
        if (!row.cues().isEmpty()) {
            box.getChildren().add(cues(row.cues()));
        }
        return box;
    }

    private static TextFlow cues(List<FeatureContribution> cues) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("profile-cues");
        for (FeatureContribution cue : cues) {
            if (!flow.getChildren().isEmpty()) {
                Text separator = new Text("  \u00b7  ");
                separator.getStyleClass().add("profile-cue-separator");
                flow.getChildren().add(separator);
            }
            Text words = new Text(cue.plainWords());
            words.getStyleClass().addAll("profile-cue", "cue-toward-" + cue.side().id());
            flow.getChildren().add(words);
        }
        return flow;
    }
}
