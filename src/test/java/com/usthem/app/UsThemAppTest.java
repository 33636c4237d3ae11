package com.usthem.app;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class UsThemAppTest {

    @Start
    void start(Stage stage) throws Exception {
        new UsThemApp().start(stage);
    }

    @Test
    void typingSalesCopyShowsTheSalesVerdict(FxRobot robot) throws Exception {
        assertTrue(robot.window(0).getScene() != null);
        assertEquals("UsThem", ((Stage) robot.window(0)).getTitle());
        TextArea editor = robot.lookup("#editor").queryAs(TextArea.class);
        robot.interact(() -> editor.setText("If you sign today, your crew starts Tuesday."));
        Label verdict = robot.lookup("#verdict").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> verdict.getText().startsWith("sales"));
    }
}
