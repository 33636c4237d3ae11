package com.usthem.app;

import com.usthem.app.score.ScoreViewModel.Phase;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The write-and-score window's way into workshop mode, batch scoring, comparison and the HTML report. */
@ExtendWith(ApplicationExtension.class)
class ToolWindowsTest {

    private static final long WAIT = 30;

    @TempDir
    Path dir;

    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TeamWorkspaces.mainWindow(stage, dir.resolve("config/settings.json"),
                CompletableFuture.completedFuture(TestEngine.shipped()), dialogs);
        window.setDocumentOpener(opened::add);
    }

    private void typeAndWaitForVerdict(FxRobot robot, String text) throws Exception {
        robot.clickOn("#editor").write(text);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> window.scores().getPhase() == Phase.SCORED);
    }

    @Test
    void theReportOnTheDraftIsSavedAsASelfContainedPageAndOpensInTheBrowser(FxRobot robot) throws Exception {
        typeAndWaitForVerdict(robot, MainWindowTest.SALES + " " + MainWindowTest.MARKETING);
        dialogs.answer(dir.resolve("offer-report"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("Open in the browser").tryQuery()
                .isPresent());
        Path report = dir.resolve("offer-report.html");
        assertEquals(List.of("Export an HTML report on the draft"), dialogs.questions());
        Document page = Jsoup.parse(report.toFile());
        assertTrue(page.text().contains("If you sign today, your crew starts Tuesday."), page.text());
        assertTrue(page.text().contains("the default model shipped with UsThem"), "names the model that scored it");
        assertTrue(page.select("script, link, img, iframe").isEmpty(), "nothing fetched or run");
        assertEquals("Report saved to offer-report.html", robot.lookup("#notice").queryAs(Label.class).getText());

        robot.clickOn("Open in the browser");
        assertEquals(List.of(report.toUri().toString()), opened);
    }

    @Test
    void thereIsNoReportWithoutAVerdict(FxRobot robot) {
        robot.clickOn("#editor").press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E)
                .release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("No verdict to report yet.", robot.lookup("#notice").queryAs(Label.class).getText());
        assertTrue(dialogs.questions().isEmpty());
    }

    @Test
    void compareStartsFromTheDraftInTheEditor(FxRobot robot) throws Exception {
        typeAndWaitForVerdict(robot, MainWindowTest.MARKETING);
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        Stage compare = window.tools().compare().stage();
        assertTrue(compare.isShowing());
        assertEquals(MainWindowTest.MARKETING, robot.from(compare.getScene().getRoot()).lookup("#before-editor")
                .queryAs(TextArea.class).getText());
        assertEquals("the draft in the editor", robot.from(compare.getScene().getRoot()).lookup("#before-name")
                .queryAs(Label.class).getText());
    }

    @Test
    void batchOpensFromTheKeyboardAndFollowsTheTheme(FxRobot robot) {
        robot.clickOn("#editor").press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        Stage batch = window.tools().batch().stage();
        assertTrue(batch.isShowing());
        assertTrue(batch.getScene().getRoot().getStyleClass().contains("theme-light"));
        assertEquals("-fx-font-size: 14.0px;", batch.getScene().getRoot().getStyle());

        robot.interact(stage::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.T).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertTrue(batch.getScene().getRoot().getStyleClass().contains("theme-dark"));
        assertFalse(batch.getScene().getRoot().getStyleClass().contains("theme-light"));
        assertEquals("-fx-font-size: 15.4px;", batch.getScene().getRoot().getStyle());
        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(
                com.usthem.app.settings.Theme.LIGHT.userAgentStylesheet()));
    }

    @Test
    void helpListsTheNewActionsAndNoTwoActionsShareKeys(FxRobot robot) throws Exception {
        robot.clickOn("#editor").type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts").tryQuery().isPresent());
        GridPane grid = robot.lookup("#shortcuts").queryAs(GridPane.class);
        List<String> cells = grid.getChildren().stream().map(node -> ((Label) node).getText()).toList();
        for (String action : List.of("Export HTML report\u2026", "Workshop mode (full screen)\u2026", "Batch scoring\u2026",
                "Compare with another draft\u2026")) {
            int index = cells.indexOf(action);
            assertTrue(index >= 0, action + " missing from " + cells);
            assertFalse(cells.get(index + 1).isBlank(), action + " has no keys");
        }
        List<String> keys = new ArrayList<>();
        for (Node node : grid.getChildren()) {
            if (node.getStyleClass().contains("shortcut-keys")) {
                keys.add(((Label) node).getText());
            }
        }
        Set<String> distinct = new HashSet<>(keys);
        assertEquals(keys.size(), distinct.size(), "a shortcut is given to two actions: " + keys);
        robot.type(KeyCode.ESCAPE);
    }
}
