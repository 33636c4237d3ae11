package com.usthem.app;

import com.usthem.app.score.ScoreViewModel.Phase;
import com.usthem.app.settings.SettingsStore;
import com.usthem.app.task.WatchedTaskExecutor;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.model.ModelStore;
import com.usthem.core.workspace.Workspace;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static com.usthem.app.TeamLoopTest.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retraining on the whole shipped corpus (long enough to act while it runs): the draft is scored
 * meanwhile, and cancelling leaves the workspace's models as they were.
 */
@ExtendWith(ApplicationExtension.class)
class RetrainWhileScoringTest {

    @TempDir
    Path dir;

    private final WatchedTaskExecutor tasks = new WatchedTaskExecutor();
    private Workspace workspace;
    private WorkspaceSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        workspace = new Workspace(dir.resolve("workspace"));
        session = TeamWorkspaces.session(workspace, tasks);
        window = TeamWorkspaces.mainWindow(stage, new SettingsStore(TeamWorkspaces.settingsFile(dir)), session, tasks,
                new ScriptedFileDialogs());
    }

    @Test
    void theDraftIsScoredWhileTheModelTrainsAndCancellingChangesNothing(FxRobot robot) throws Exception {
        waitFor(() -> session.engine() != null);
        robot.clickOn("#editor").press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        waitFor(() -> robot.lookup("#retrain-progress").tryQuery().isPresent()
                && robot.lookup("#retrain-progress").queryAs(ProgressBar.class).getProgress() > 0);

        String draft = "If you sign today, your crew starts Tuesday.";
        robot.interact(() -> window.editor().area().replaceText(draft));
        waitFor(() -> window.scores().getPhase() == Phase.SCORED && window.scores().getResult().text().equals(draft));
        assertTrue(robot.lookup("#retrain-training").query().isVisible(),
                "the verdict came while the new model was still training");

        Window retrain = robot.lookup("#retrain-window").query().getScene().getWindow();
        robot.clickOn("#retrain-cancel");
        waitFor(() -> tasks.running() == 0);
        assertFalse(retrain.isShowing());
        assertEquals(List.of("v0001"), workspace.models().versions().stream().map(ModelStore.Version::name).toList());
        assertEquals("v0001", session.engine().loaded().version());
    }
}
