package com.usthem.app.team;

import com.usthem.app.TeamWorkspaces;
import com.usthem.app.settings.AppSettings;
import com.usthem.app.view.AppLook;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.Label;
import com.usthem.core.workspace.Workspace;
import javafx.scene.control.Button;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Model history on a workspace where one stored version no longer loads. */
@ExtendWith(ApplicationExtension.class)
class ModelHistoryWindowTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private WorkspaceSession session;
    private ModelHistoryWindow window;

    @Start
    void start(Stage stage) throws Exception {
        workspace = TeamWorkspaces.seeded(TeamWorkspaces.small(dir));
        Files.writeString(workspace.models().binOf("v0002"), "not a model");
        session = TeamWorkspaces.session(workspace);
        window = new ModelHistoryWindow(TeamWorkspaces.owner(stage), new ModelHistoryViewModel(session),
                new AppLook(AppSettings.DEFAULTS));
        window.show();
    }

    @Test
    void aVersionThatDoesNotLoadIsNotMadeCurrent(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.table().getItems().size() == 2);
        assertEquals("v0001", window.table().getSelectionModel().getSelectedItem().name(),
                "the current version is selected to begin with");
        assertEquals("v0001 is in use", robot.lookup("#history-make-current").queryAs(Button.class).getText());
        assertEquals(1, window.chart().getData().get(0).getData().size(), "no point for a version without metadata");

        robot.interact(() -> window.table().getSelectionModel().select(1));
        robot.clickOn("Roll forward to v0002");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#history-status")
                .queryAs(javafx.scene.control.Label.class).getText().isEmpty());
        String status = robot.lookup("#history-status").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(status.startsWith("Not changed: " + workspace.models().binOf("v0002")), status);
        assertEquals("v0001", workspace.models().current().orElseThrow());
    }
}
