package com.usthem.app.view;

import com.usthem.app.score.ProfileRow;
import com.usthem.app.score.ScoreViewModel;
import com.usthem.core.scoring.ScoredText;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * "Why": the verdict on the whole text explained in the article's six distinctions. Each
 * distinction's row says which way it leans and the words behind it; words that show no distinction
 * are under "Other wording".
 */
public final class ReasonsPanel extends VBox {

    private final ScoreViewModel scores;
    private final Label mainlyAbout = new Label();
    private final ProfileView profile = new ProfileView("why-text");

    public ReasonsPanel(ScoreViewModel scores) {
        this.scores = scores;
        setId("reasons");
        getStyleClass().add("reasons-panel");
        setSpacing(6);
        Label title = new Label("Why: the six distinctions");
        title.getStyleClass().add("panel-title");
        mainlyAbout.setId("mainly-about");
        mainlyAbout.getStyleClass().add("muted");
        mainlyAbout.setWrapText(true);
        mainlyAbout.visibleProperty().bind(mainlyAbout.textProperty().isNotEmpty());
        mainlyAbout.managedProperty().bind(mainlyAbout.visibleProperty());
        getChildren().addAll(title, mainlyAbout, profile);
        scores.resultProperty().addListener((observable, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        ScoredText result = scores.getResult();
        if (result == null || !result.explained()) {
            mainlyAbout.setText("");
            profile.showMessage(result == null ? "The six distinctions appear once there is a verdict."
                    : ProfileView.CANNOT_EXPLAIN);
            return;
        }
        mainlyAbout.setText("The whole text. \u2605 marks what it is mainly about: "
                + result.profile().strongest().title().toLowerCase(Locale.ROOT) + ".");
        profile.show(ProfileRow.of(result.profile(), result.reasons()));
    }
}
