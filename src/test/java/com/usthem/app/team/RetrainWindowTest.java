package com.usthem.app.team;

import com.usthem.app.TeamWorkspaces;
import com.usthem.app.score.Lean;
import com.usthem.app.settings.AppSettings;
import com.usthem.app.view.AppLook;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.Label;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.team.Author;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.train.LearningCurve;
import com.usthem.core.workspace.Retrainer;
import com.usthem.core.workspace.Workspace;
import com.usthem.core.workspace.WorkspaceCorpus;
import javafx.scene.chart.LineChart;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The retrain report on a small workspace where two people dispute a copy: it says what training
 * left out, and whether more examples would help. Training reports progress from several threads, so
 * it runs on the app's own executor.
 */
@ExtendWith(ApplicationExtension.class)
class RetrainWindowTest {

    private static final String DISPUTED = "Join thousands of teams who love our app.";
    private static final List<String> SALES = List.of("Text me the signed page today and the crew starts tomorrow.",
            "Reply by Friday and your account manager will set up the transfer.",
            "Book your install slot for Tuesday at 10am.",
            "Sign the renewal today and your rate stays at $40 a seat.",
            "Your quote for 25 laptops is attached: sign by Friday and they ship Monday.");

    @TempDir
    Path dir;

    private Stage owner;
    private boolean conflictsOpened;

    @Start
    void start(Stage stage) {
        owner = TeamWorkspaces.owner(stage);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.Label.class).getText();
    }

    @Test
    void theReportSaysWhatTrainingLeftOutAndWhetherMoreExamplesWouldHelp(FxRobot robot) throws Exception {
        Workspace workspace = TeamWorkspaces.small(dir);
        WorkspaceCorpus ana = new WorkspaceCorpus(workspace, Clock.systemUTC(), () -> new Author("ana"));
        // The small workspace's slice of the shipped corpus is all marketing: some sales to learn from.
        for (String sales : SALES) {
            ana.label(sales, Label.SALES);
        }
        ana.label(DISPUTED, Label.SALES);
        new WorkspaceCorpus(workspace, Clock.systemUTC(), () -> new Author("ben")).label(DISPUTED, Label.MARKETING);
        WorkspaceSession session = TeamWorkspaces.session(workspace);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> session.engine() != null);
        RetrainViewModel model = new RetrainViewModel(session, TeamWorkspaces.TASKS);

        robot.interact(() -> new RetrainWindow(owner, model, new AppLook(AppSettings.DEFAULTS),
                () -> conflictsOpened = true).open());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.getPhase() == RetrainViewModel.Phase.FAILED
                || model.curve().measureProperty().get().curve() != null
                || model.curve().measureProperty().get().problem() != null);
        assertEquals(RetrainViewModel.Phase.REPORT, model.getPhase(), model.problemProperty().get());
        assertEquals("1 disputed copy was left out of training and measuring: people label it differently and "
                + "nobody has settled it yet.", text(robot, "#retrain-left-out"));

        Retrainer retrainer = new Retrainer(workspace, new TextAnalyzer(), Clock.systemUTC());
        LearningCurve expected = retrainer.learningCurve(retrainer.currentSettings(), ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(Lean.capitalize(expected.summary()) + ".", text(robot, "#curve-verdict"));
        List<String> cells = robot.lookup("#curve-points").queryAs(GridPane.class).getChildren().stream()
                .map(node -> ((javafx.scene.control.Label) node).getText()).toList();
        assertEquals(List.of("Share", "Examples", "Accuracy", "Macro-F1"), cells.subList(0, 4));
        for (int i = 0; i < expected.points().size(); i++) {
            LearningCurve.Point point = expected.points().get(i);
            assertEquals(List.of((25 * (i + 1)) + "%", Figures.count(point.examples()),
                    Figures.percent(point.metrics().accuracy()), Figures.percent(point.metrics().macroF1())),
                    cells.subList(4 * (i + 1), 4 * (i + 2)));
        }
        assertEquals("Each model measured on the same " + Figures.plural(expected.heldOut(), "example")
                + " of the held-out test split.", text(robot, "#curve-measured-on"));
        LineChart<?, ?> chart = robot.lookup("#curve-chart").queryAs(LineChart.class);
        assertEquals(4, chart.getData().get(0).getData().size());

        robot.clickOn("#retrain-settle");
        assertTrue(conflictsOpened);
    }
}
