package com.usthem.app;

import com.usthem.app.score.ScoreViewModel.Phase;
import com.usthem.app.settings.SettingsStore;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import com.usthem.core.team.Author;
import com.usthem.core.workspace.Workspace;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.usthem.app.TeamLoopTest.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user's name on their labels: asked on the first label, kept in the settings, changed from the Team menu. */
@ExtendWith(ApplicationExtension.class)
class AuthorSettingTest {

    private static final String FIRST = "Sign the renewal today and your rate stays at $40 a seat.";
    private static final String SECOND = "Our founders dreamed of a kinder bank for every family.";
    private static final String THIRD = "Book your fitting for Saturday and the suit is ready by Friday.";

    @TempDir
    Path dir;

    private Workspace workspace;
    private WorkspaceSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        workspace = TeamWorkspaces.small(dir);
        session = TeamWorkspaces.session(workspace);
        window = TeamWorkspaces.mainWindow(stage, new SettingsStore(settingsFile()), session, TeamWorkspaces.TASKS,
                new ScriptedFileDialogs());
    }

    private Path settingsFile() {
        return TeamWorkspaces.settingsFile(dir);
    }

    private String savedAuthor() {
        return new SettingsStore(settingsFile()).load().settings().author();
    }

    private static List<Example> lines(Path file) {
        return Files.exists(file) ? CorpusFiles.read(file, CorpusFormat.JSONL, "corpus").examples() : List.of();
    }

    private void write(FxRobot robot, String copy) throws Exception {
        robot.clickOn("#editor").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(copy);
        waitFor(() -> window.scores().getPhase() == Phase.SCORED && window.scores().getResult().text().equals(copy));
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
    }

    private static TextField nameField(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#author-name").tryQuery().isPresent());
        return robot.lookup("#author-name").queryAs(TextField.class);
    }

    private static void press(FxRobot robot, ButtonType button) {
        Node node = robot.lookup("#author-name").query();
        while (!(node instanceof DialogPane)) {
            node = node.getParent();
        }
        robot.clickOn((Button) ((DialogPane) node).lookupButton(button));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.Label.class).getText();
    }

    @Test
    void theFirstLabelAsksTheNameWhichGoesWithEveryLabelUntilChanged(FxRobot robot) throws Exception {
        waitFor(() -> session.engine() != null);
        assertNull(savedAuthor(), "nobody said yet");
        write(robot, FIRST);
        alt(robot, KeyCode.S);
        TextField name = nameField(robot);
        assertTrue(name.isFocused(), "the name box has the keyboard as the dialog opens");
        robot.type(KeyCode.A, KeyCode.N, KeyCode.A);
        assertEquals("ana", name.getText());
        assertEquals("Your labels go to corpus/user-ana.jsonl in the workspace.", text(robot, "#author-file"));
        press(robot, ButtonType.OK);

        Path anas = workspace.userCorpus(new Author("ana"));
        waitFor(() -> lines(anas).size() == 1);
        assertEquals("ana", lines(anas).get(0).author());
        assertEquals(Label.SALES, lines(anas).get(0).label());
        waitFor(() -> "ana".equals(savedAuthor()));

        write(robot, SECOND);
        alt(robot, KeyCode.M);
        waitFor(() -> lines(anas).size() == 2);
        assertTrue(robot.lookup("#author-name").tryQuery().isEmpty(), "asked once");

        alt(robot, KeyCode.N);
        assertEquals("ana", nameField(robot).getText());
        robot.interact(() -> robot.lookup("#author-name").queryAs(TextField.class).clear());
        assertEquals("Labels without a name go to corpus/user.jsonl in the workspace.", text(robot, "#author-file"));
        press(robot, ButtonType.OK);
        waitFor(() -> "".equals(savedAuthor()));
        write(robot, THIRD);
        alt(robot, KeyCode.S);
        waitFor(() -> lines(workspace.userCorpus()).size() == 1);
        assertNull(lines(workspace.userCorpus()).get(0).author(), "labeled without a name, as chosen");
        assertEquals(2, lines(anas).size());
    }

    @Test
    void cancellingTheQuestionLabelsNothingAndTheNextLabelAsksAgain(FxRobot robot) throws Exception {
        waitFor(() -> session.engine() != null);
        write(robot, FIRST);
        alt(robot, KeyCode.S);
        nameField(robot);
        press(robot, ButtonType.CANCEL);
        waitFor(() -> robot.lookup("#author-name").tryQuery().isEmpty());
        assertFalse(Files.exists(workspace.userCorpus()), "nothing labeled");
        try (var files = Files.list(workspace.corpusDir())) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().startsWith("user")));
        }

        alt(robot, KeyCode.S);
        TextField name = nameField(robot);
        robot.interact(() -> name.setText("x".repeat(Author.MAX_LENGTH + 1)));
        press(robot, ButtonType.OK);
        assertEquals("A name is at most " + Author.MAX_LENGTH + " characters.", text(robot, "#author-problem"));
        assertTrue(robot.lookup("#author-name").tryQuery().isPresent(), "the dialog stays until the name is usable");
        robot.interact(() -> name.setText("  Ben Okafor "));
        press(robot, ButtonType.OK);
        Path bens = workspace.userCorpus(new Author("Ben Okafor"));
        waitFor(() -> lines(bens).size() == 1);
        assertEquals("Ben Okafor", lines(bens).get(0).author());
    }
}
