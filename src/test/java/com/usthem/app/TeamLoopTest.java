package com.usthem.app;

import com.usthem.app.score.ScoreViewModel.Phase;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import com.usthem.core.model.ModelStore;
import com.usthem.core.workspace.Workspace;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The team's loop as a user runs it from the write-and-score window: label three examples, retrain,
 * read the report, accept, see the history grow, roll back; the verdict follows the model each time.
 */
@ExtendWith(ApplicationExtension.class)
class TeamLoopTest {

    private static final long WAIT = 90;
    static final String FIRST = "Text me the signed page today and the crew starts tomorrow.";
    static final String SECOND_DRAFT = "Our founders dreamed of a kinder bank for every family. Reply by Friday and "
            + "your account manager will set up the transfer.";
    static final String SECOND_SENTENCE = "Reply by Friday and your account manager will set up the transfer.";
    static final String THIRD = "Imagine a quieter home, built around the way you live.";

    @TempDir
    Path dir;

    private Workspace workspace;
    private WorkspaceSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        workspace = TeamWorkspaces.small(dir);
        session = TeamWorkspaces.session(workspace);
        window = TeamWorkspaces.mainWindow(stage, dir, session);
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, condition);
    }

    static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(WAIT, TimeUnit.SECONDS);
    }

    private List<Example> userExamples() {
        Path file = workspace.userCorpus();
        return Files.exists(file) ? CorpusFiles.read(file, CorpusFormat.JSONL, "corpus").examples() : List.of();
    }

    private void alt(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.ALT).type(keys).release(KeyCode.ALT);
    }

    private void waitForVerdictOn(String text) throws Exception {
        waitFor(() -> window.scores().getPhase() == Phase.SCORED && window.scores().getResult().text().equals(text));
    }

    @Test
    void labelThreeExamplesRetrainAcceptAndRollBack(FxRobot robot) throws Exception {
        waitFor(() -> session.engine() != null);
        assertEquals("v0001", session.engine().loaded().version());

        // 1. The whole draft, by keyboard, while typing in the editor.
        robot.clickOn("#editor").write(FIRST);
        waitForVerdictOn(FIRST);
        alt(robot, KeyCode.S);
        waitFor(() -> userExamples().size() == 1);
        assertEquals(FIRST, window.editor().area().getText(), "Alt+S labels; it types nothing");
        Example first = userExamples().get(0);
        assertEquals(FIRST, first.text());
        assertEquals(Label.SALES, first.label());
        assertEquals("user", first.source());
        assertTrue(first.added() != null, "stamped with the time it was labeled");

        // 2. A few selected words label their sentence, with the button under the verdict.
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(SECOND_DRAFT);
        waitForVerdictOn(SECOND_DRAFT);
        int words = SECOND_DRAFT.indexOf("account manager");
        robot.interact(() -> window.editor().area().selectRange(words, words + "account manager".length()));
        assertEquals("Teach the model: the selected sentence is\u2026",
                robot.lookup("#label-prompt").queryAs(javafx.scene.control.Label.class).getText());
        robot.clickOn("#label-sales");
        waitFor(() -> userExamples().size() == 2);
        assertEquals(SECOND_SENTENCE, userExamples().get(1).text());

        // 3. From the Team menu.
        robot.clickOn("#editor").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(THIRD);
        waitForVerdictOn(THIRD);
        robot.clickOn(TeamActions.MENU).clickOn("Label as marketing");
        waitFor(() -> userExamples().size() == 3);
        assertEquals(Label.MARKETING, userExamples().get(2).label());

        // Undo and redo of labeling.
        robot.clickOn("#editor");
        alt(robot, KeyCode.Z);
        waitFor(() -> userExamples().size() == 2);
        robot.press(KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.ALT);
        waitFor(() -> userExamples().size() == 3);
        assertEquals(THIRD, userExamples().get(2).text());

        // Retrain: the report compares old and new; nothing is installed yet.
        alt(robot, KeyCode.R);
        waitFor(() -> robot.lookup("#retrain-metrics").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals(List.of("v0001"), versions());
        List<String> metrics = labels(robot.lookup("#retrain-metrics").queryAs(GridPane.class));
        assertTrue(metrics.contains("v0001 (in use), cross-validated"), metrics.toString());
        assertTrue(metrics.contains("New model, cross-validated"), metrics.toString());
        assertTrue(metrics.contains("New model, held-out test split"), metrics.toString());
        int trained = (int) session.corpus().read().training().size();
        assertTrue(metrics.contains(String.format(java.util.Locale.ROOT, "%,d", trained)), metrics.toString());
        List<String> confusion = labels(robot.lookup("#retrain-confusion").queryAs(GridPane.class));
        int counted = confusion.stream().filter(cell -> cell.matches("[\\d,]+"))
                .mapToInt(cell -> Integer.parseInt(cell.replace(",", ""))).sum();
        assertEquals(trained, counted, "the cross-validated confusion matrix counts every training example");
        assertEquals("v0001", session.engine().loaded().version(), "the old model scores until the new one is accepted");

        // Accept: the new model is installed, made current, and scores the draft.
        robot.clickOn("#retrain-accept");
        waitFor(() -> session.engine().loaded().version().equals("v0002"));
        assertEquals("v0002", workspace.models().current().orElseThrow());
        waitFor(() -> window.scores().scorerProperty().get() == session.engine()
                && window.scores().getPhase() == Phase.SCORED);
        double newSales = session.engine().score(THIRD).score().sales();
        assertEquals(newSales, window.scores().getResult().score().sales(), 1e-12);
        assertNotEquals(TestEngine.shipped().score(THIRD).score().sales(), newSales,
                "the verdict moved with the new model");
        assertTrue(statusText(robot).contains("your model v0002"), statusText(robot));

        // The history grows; roll back in one action.
        robot.clickOn("#editor");
        alt(robot, KeyCode.H);
        waitFor(() -> robot.lookup("#history-table").tryQuery().isPresent()
                && robot.lookup("#history-table").queryAs(TableView.class).getItems().size() == 2);
        LineChart<?, ?> chart = robot.lookup("#history-chart").queryAs(LineChart.class);
        assertEquals(2, chart.getData().get(0).getData().size(), "one cross-validated point per version");
        @SuppressWarnings("unchecked")
        TableView<ModelStore.Version> table = robot.lookup("#history-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        assertEquals("Roll back to v0001", robot.lookup("#history-make-current")
                .queryAs(javafx.scene.control.Button.class).getText());
        robot.clickOn("#history-make-current");
        waitFor(() -> session.engine().loaded().version().equals("v0001"));
        assertEquals("v0001", workspace.models().current().orElseThrow());
        assertEquals(List.of("v0001", "v0002"), versions(), "nothing is deleted by a rollback");
        waitFor(() -> statusText(robot).contains("your model v0001"));
    }

    @Test
    void discardingTheReportLeavesTheModelsAsTheyWere(FxRobot robot) throws Exception {
        waitFor(() -> session.engine() != null);
        robot.clickOn(TeamActions.MENU).clickOn("Retrain the model\u2026");
        waitFor(() -> robot.lookup("#retrain-discard").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#retrain-discard");
        assertEquals(List.of("v0001"), versions());
        assertEquals("v0001", workspace.models().current().orElseThrow());
        assertEquals("v0001", session.engine().loaded().version());
    }

    private List<String> versions() {
        return workspace.models().versions().stream().map(ModelStore.Version::name).toList();
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup("#status").queryAs(javafx.scene.control.Label.class).getText();
    }

    private static List<String> labels(GridPane grid) {
        return grid.getChildren().stream().map(node -> ((javafx.scene.control.Label) node).getText()).toList();
    }
}
