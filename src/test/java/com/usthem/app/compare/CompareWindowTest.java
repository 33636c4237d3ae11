package com.usthem.app.compare;

import com.usthem.app.ScriptedFileDialogs;
import com.usthem.app.TeamWorkspaces;
import com.usthem.app.TestEngine;
import com.usthem.app.settings.Theme;
import com.usthem.app.view.VerdictGauge;
import com.usthem.app.view.WindowLook;
import com.usthem.core.Distinction;
import com.usthem.core.compare.DistinctionChange;
import com.usthem.core.compare.DraftComparison;
import com.usthem.core.compare.SentenceChange;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the comparison of two drafts as a user would, headless. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {

    static final String BEFORE = "We are thrilled to introduce our boldest collection yet. Our designers travelled "
            + "the world.";
    static final String AFTER = "Your order from our boldest collection ships this week. Our designers travelled the "
            + "world. Reply by Friday to add a second set at 20% off.";
    private static final long WAIT = 30;

    @TempDir
    Path dir;

    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private CompareWindow window;

    @Start
    void start(Stage owner) {
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        CompareViewModel model = new CompareViewModel(TestEngine.shipped().classifier(), TeamWorkspaces.TASKS);
        model.beforeProperty().set(BEFORE);
        window = new CompareWindow(owner, model, "the draft in the editor",
                new SimpleObjectProperty<>(new WindowLook(Theme.LIGHT, 14)), dialogs);
        window.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static String title(VBox row) {
        return ((Label) row.lookup(".profile-title")).getText();
    }

    private DraftComparison waitForComparison(String after) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> window.model().phaseProperty().get()
                == CompareViewModel.Phase.COMPARED && window.model().afterProperty().get().equals(after));
        // The views follow the result on the FX thread: read them once it has drawn it, not while it adds the rows.
        WaitForAsyncUtils.waitForFxEvents();
        return window.model().resultProperty().get();
    }

    @Test
    void withOnlyOneDraftItAsksForTheOther(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No comparison yet", text(robot, "#compare-summary"));
        assertEquals("Type or open the draft after to compare the two.", text(robot, "#compare-problem"));
        assertTrue(Double.isNaN(robot.lookup("#after-gauge").queryAs(VerdictGauge.class).salesProperty().get()));
    }

    @Test
    void typingTheRewriteShowsBothScoresTheChangeTheSentencesAndTheCueWords(FxRobot robot) throws Exception {
        robot.clickOn("#after-editor").write(AFTER);
        DraftComparison comparison = waitForComparison(AFTER);
        assertEquals(com.usthem.core.Label.MARKETING, comparison.before().label());
        assertEquals(com.usthem.core.Label.SALES, comparison.after().label());
        long points = Math.round(100 * comparison.salesChange());
        DistinctionChange most = comparison.movedMost().orElseThrow();
        assertEquals("+" + points + " points toward sales; the verdict changed from marketing to sales. "
                + "2 sentences added, 1 removed. Moved most on " + most.distinction().title().toLowerCase(Locale.ROOT)
                + ": +" + String.format(Locale.ROOT, "%.1f", most.change()) + " toward sales.",
                text(robot, "#compare-summary"));
        List<VBox> rows = robot.from(robot.lookup("#distinction-moves").queryAs(VBox.class)).lookup(".profile-row")
                .queryAllAs(VBox.class).stream().toList();
        assertEquals(Arrays.stream(Distinction.values()).map(Distinction::title).toList(),
                rows.stream().map(row -> title(row).replace("\u2605 ", "")).toList());
        for (DistinctionChange change : comparison.distinctions()) {
            VBox row = rows.get(change.distinction().ordinal());
            assertEquals(DistinctionMoves.words(change), ((Label) row.lookup(".move-words")).getText());
            assertEquals(change == most, title(row).startsWith("\u2605 "), change.distinction().title());
        }
        assertEquals(comparison.after().sales(), robot.lookup("#after-gauge").queryAs(VerdictGauge.class)
                .salesProperty().get(), 1e-9);
        assertTrue(text(robot, "#before-verdict").endsWith("marketing: " + Math.round(100 * comparison.before().sales())
                + "% sales"), text(robot, "#before-verdict"));

        @SuppressWarnings("unchecked")
        ListView<SentenceChange> sentences = robot.lookup("#compare-sentences").queryAs(ListView.class);
        assertEquals(List.of(SentenceChange.Kind.REMOVED, SentenceChange.Kind.ADDED, SentenceChange.Kind.KEPT,
                SentenceChange.Kind.ADDED), sentences.getItems().stream().map(SentenceChange::kind).toList());
        @SuppressWarnings("unchecked")
        ListView<String> gained = robot.lookup("#cue-gained").queryAs(ListView.class);
        @SuppressWarnings("unchecked")
        ListView<String> lost = robot.lookup("#cue-lost").queryAs(ListView.class);
        assertTrue(gained.getItems().contains("'your' (you/your words)"), gained.getItems().toString());
        assertTrue(lost.getItems().contains("'we' (we/our words)"), lost.getItems().toString());
    }

    @Test
    void theDraftAfterCanBeOpenedFromAFileAndAFileThatIsNotTextIsRefused(FxRobot robot) throws Exception {
        Path rewrite = dir.resolve("v2.md");
        Files.writeString(rewrite, AFTER);
        dialogs.answer(rewrite);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitForComparison(AFTER);
        assertEquals(AFTER, robot.lookup("#after-editor").queryAs(TextArea.class).getText());
        assertEquals("v2.md", text(robot, "#after-name"));

        Path latin1 = dir.resolve("old.txt");
        Files.write(latin1, "Caf\u00e9 for everyone".getBytes(StandardCharsets.ISO_8859_1));
        dialogs.answer(latin1);
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> text(robot, "#compare-problem").startsWith("Could not"));
        assertEquals("Could not open old.txt: " + latin1 + ":1: not valid UTF-8 text; save the file as UTF-8 and "
                + "try again", text(robot, "#compare-problem"));
        assertEquals(BEFORE, robot.lookup("#before-editor").queryAs(TextArea.class).getText(), "the draft is kept");
    }
}
