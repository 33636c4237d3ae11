package com.usthem.app;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The app as {@code Main} and {@code mvn javafx:run} start it: workspace and settings from the environment. */
@ExtendWith(ApplicationExtension.class)
class UsThemAppTest {

    @Start
    void start(Stage stage) {
        new UsThemApp().start(stage);
    }

    @Test
    void opensTheWriteAndScoreWindowAndScoresWhatIsTyped(FxRobot robot) throws Exception {
        assertEquals("UsThem", ((Stage) robot.window(0)).getTitle());
        robot.clickOn("#editor").write("If you sign today, your crew starts Tuesday. Reply to confirm your order.");
        Label verdict = robot.lookup("#verdict").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> verdict.getText().equals("Sales"));
        assertEquals("UsThem \u2014 unsaved draft", ((Stage) robot.window(0)).getTitle());
    }
}
