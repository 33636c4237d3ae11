package com.usthem.app;

import com.usthem.app.draft.DraftEditor;
import com.usthem.app.score.ScoreViewModel.Phase;
import com.usthem.app.settings.AppSettings;
import com.usthem.app.settings.LiveSettings;
import com.usthem.app.settings.SettingsStore;
import com.usthem.app.task.CurrentThreadTaskExecutor;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.workspace.WorkspaceSession;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The write-and-score window's view model on its own: no window, its work done at once on the
 * calling thread, the user's answers scripted. What the menus do is checked here, quickly.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewModelTest {

    @TempDir
    Path dir;

    private final TaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final Editor editor = new Editor();
    private final ScriptedUser user = new ScriptedUser();

    /** The editor as a string, whose changes the view model hears as it hears the window's editor. */
    private static final class Editor implements DraftEditor {
        final StringProperty text = new SimpleStringProperty("");

        @Override
        public String text() {
            return text.get();
        }

        @Override
        public int selectionStart() {
            return 0;
        }

        @Override
        public int selectionEnd() {
            return 0;
        }

        @Override
        public void setDraft(String draft) {
            text.set(draft);
        }

        @Override
        public void focus() {
            // No keyboard here.
        }
    }

    private MainViewModel model(FxRobot robot) {
        WorkspaceSession session = new WorkspaceSession(WorkspaceSession.chosen(null),
                CompletableFuture.completedFuture(TestEngine.shipped()), tasks);
        LiveSettings settings = new LiveSettings(new SettingsStore(dir.resolve("settings.json")), AppSettings.DEFAULTS,
                tasks, user);
        MainViewModel model = new MainViewModel(session, settings, tasks, user, editor);
        model.scores().textProperty().bind(editor.text);
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    @Test
    void aDraftOpenedIsScoredAndNamedAndOneThatIsNotTextIsRefusedByName(FxRobot robot) throws Exception {
        MainViewModel model = model(robot);
        Path offer = Files.writeString(dir.resolve("offer.md"), MainWindowTest.SALES);
        user.files.add(offer);
        robot.interact(model::chooseAndOpen);
        assertEquals(MainWindowTest.SALES, editor.text());
        assertEquals("UsThem \u2014 offer.md", model.draft().titleProperty().get());
        assertEquals(List.of("Opened offer.md"), user.notices);
        assertEquals(Phase.SCORED, model.scores().getPhase());
        assertTrue(model.statusProperty().get().startsWith("2 sentences, "), model.statusProperty().get());

        Path latin1 = Files.write(dir.resolve("old.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        robot.interact(() -> model.open(latin1));
        assertEquals(List.of("ERROR: Could not open the draft: " + latin1 + ":1: not valid UTF-8 text; save the "
                + "file as UTF-8 and try again"), user.messages);
        assertEquals(MainWindowTest.SALES, editor.text(), "the draft is kept");
    }

    @Test
    void unsavedChangesAreOnlyDroppedWhenTheUserSaysSo(FxRobot robot) {
        MainViewModel model = model(robot);
        robot.interact(() -> editor.text.set("Reply by Friday."));
        user.confirmations.add(false);
        robot.interact(model::newDraft);
        assertEquals("Reply by Friday.", editor.text());
        user.confirmations.add(true);
        robot.interact(model::newDraft);
        assertEquals("", editor.text());
        assertEquals("UsThem", model.draft().titleProperty().get());
    }

    @Test
    void aDraftSavedUnderANameWithoutExtensionIsSavedAsText(FxRobot robot) throws Exception {
        MainViewModel model = model(robot);
        robot.interact(() -> editor.text.set("Reply by Friday."));
        user.files.add(dir.resolve("offer"));
        robot.interact(model::save);
        assertEquals("Reply by Friday.", Files.readString(dir.resolve("offer.txt")));
        assertEquals(List.of("Saved offer.txt"), user.notices);
        assertEquals("UsThem \u2014 offer.txt", model.draft().titleProperty().get());
    }
}
