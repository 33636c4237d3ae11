package com.usthem.app;

import com.usthem.app.score.ScoreViewModel.Phase;
import com.usthem.app.settings.SettingsStore;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import com.usthem.core.team.Author;
import com.usthem.core.workspace.VocabularyFile;
import com.usthem.core.workspace.Workspace;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.usthem.app.TeamLoopTest.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The team menu, the user's name on their labels, the company vocabulary, the workspace folder, and a
 * damaged model met at start.
 */
@ExtendWith(ApplicationExtension.class)
class TeamSettingsTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private WorkspaceSession session;
    private MainWindow window;
    /** The workspace of the {@link #unnamed} window. */
    private Workspace own;

    @Start
    void start(Stage stage) {
        workspace = TeamWorkspaces.small(dir);
        session = TeamWorkspaces.session(workspace);
        window = TeamWorkspaces.mainWindow(stage, dir, session);
    }

    private Path settingsFile() {
        return TeamWorkspaces.settingsFile(dir);
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
    }

    private static void clickOk(FxRobot robot, String contentId) {
        click(robot, contentId, ButtonType.OK);
    }

    private static void click(FxRobot robot, String contentId, ButtonType button) {
        Node node = robot.lookup(contentId).query();
        while (!(node instanceof DialogPane)) {
            node = node.getParent();
        }
        robot.clickOn((Button) ((DialogPane) node).lookupButton(button));
    }

    /** The write-and-score window on a workspace of its own, as it opens for someone who has not said who they are. */
    private MainWindow unnamed() throws Exception {
        // Alone on the screen, so that the keys and clicks go to it.
        TeamLoopTest.onFx(() -> {
            window.editor().getScene().getWindow().hide();
            return null;
        });
        own = TeamWorkspaces.small(dir.resolve("unnamed"));
        WorkspaceSession opened = TeamWorkspaces.session(own);
        MainWindow fresh = TeamLoopTest.onFx(() -> TeamWorkspaces.mainWindow(new Stage(),
                new SettingsStore(unnamedSettings()), opened, TeamWorkspaces.TASKS, new ScriptedFileDialogs()));
        waitFor(() -> opened.engine() != null);
        return fresh;
    }

    private Path unnamedSettings() {
        return dir.resolve("unnamed-config/settings.json");
    }

    private String savedAuthor() {
        return new SettingsStore(unnamedSettings()).load().settings().author();
    }

    private static List<Example> lines(Path file) {
        return Files.exists(file) ? CorpusFiles.read(file, CorpusFormat.JSONL, "corpus").examples() : List.of();
    }

    /** Replaces the draft with this copy and waits for its verdict. */
    private static void draft(FxRobot robot, MainWindow in, String copy) throws Exception {
        robot.clickOn(in.editor().area()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(copy);
        waitFor(() -> in.scores().getPhase() == Phase.SCORED && in.scores().getResult().text().equals(copy));
    }

    private static TextField nameBox(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#author-name").tryQuery().isPresent());
        return robot.lookup("#author-name").queryAs(TextField.class);
    }

    @Test
    void theFirstLabelAsksTheNameWhichGoesWithEveryLabelUntilChanged(FxRobot robot) throws Exception {
        MainWindow fresh = unnamed();
        assertNull(savedAuthor(), "nobody said yet");
        draft(robot, fresh, "Sign the renewal today and your rate stays at $40 a seat.");
        alt(robot, KeyCode.S);
        TextField name = nameBox(robot);
        assertTrue(name.isFocused(), "the name box has the keyboard as the dialog opens");
        robot.type(KeyCode.A, KeyCode.N, KeyCode.A);
        assertEquals("ana", name.getText());
        assertEquals("Your labels go to corpus/user-ana.jsonl in the workspace.",
                robot.lookup("#author-file").queryAs(Label.class).getText());
        clickOk(robot, "#author-name");

        Path anas = own.userCorpus(new Author("ana"));
        waitFor(() -> lines(anas).size() == 1);
        assertEquals("ana", lines(anas).get(0).author());
        assertEquals(com.usthem.core.Label.SALES, lines(anas).get(0).label());
        waitFor(() -> "ana".equals(savedAuthor()));

        draft(robot, fresh, "Our founders dreamed of a kinder bank for every family.");
        alt(robot, KeyCode.M);
        waitFor(() -> lines(anas).size() == 2);
        assertTrue(robot.lookup("#author-name").tryQuery().isEmpty(), "asked once");

        alt(robot, KeyCode.N);
        assertEquals("ana", nameBox(robot).getText());
        robot.interact(() -> robot.lookup("#author-name").queryAs(TextField.class).clear());
        assertEquals("Labels without a name go to corpus/user.jsonl in the workspace.",
                robot.lookup("#author-file").queryAs(Label.class).getText());
        clickOk(robot, "#author-name");
        waitFor(() -> "".equals(savedAuthor()));
        draft(robot, fresh, "Book your fitting for Saturday and the suit is ready by Friday.");
        alt(robot, KeyCode.S);
        waitFor(() -> lines(own.userCorpus()).size() == 1);
        assertNull(lines(own.userCorpus()).get(0).author(), "labeled without a name, as chosen");
        assertEquals(2, lines(anas).size());
    }

    @Test
    void cancellingTheQuestionLabelsNothingAndAnUnusableNameIsRefused(FxRobot robot) throws Exception {
        MainWindow fresh = unnamed();
        draft(robot, fresh, "Sign the renewal today and your rate stays at $40 a seat.");
        alt(robot, KeyCode.S);
        nameBox(robot);
        click(robot, "#author-name", ButtonType.CANCEL);
        waitFor(() -> robot.lookup("#author-name").tryQuery().isEmpty());
        try (var files = Files.list(own.corpusDir())) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().startsWith("user")), "nothing labeled");
        }

        alt(robot, KeyCode.S);
        TextField name = nameBox(robot);
        robot.interact(() -> name.setText("x".repeat(Author.MAX_LENGTH + 1)));
        clickOk(robot, "#author-name");
        assertEquals("A name is at most " + Author.MAX_LENGTH + " characters.",
                robot.lookup("#author-problem").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#author-name").tryQuery().isPresent(), "the dialog stays until the name is usable");
        robot.interact(() -> name.setText("  Ben Okafor "));
        clickOk(robot, "#author-name");
        Path bens = own.userCorpus(new Author("Ben Okafor"));
        waitFor(() -> lines(bens).size() == 1);
        assertEquals("Ben Okafor", lines(bens).get(0).author());
    }

    @Test
    void everyTeamActionIsInTheHelpAndNoTwoActionsShareKeys(FxRobot robot) throws Exception {
        waitFor(() -> session.engine() != null);
        robot.clickOn("#editor").type(KeyCode.F1);
        waitFor(() -> robot.lookup("#shortcuts").tryQuery().isPresent());
        List<String> cells = robot.lookup("#shortcuts").queryAs(GridPane.class).getChildren().stream()
                .map(node -> ((Label) node).getText()).toList();
        for (String action : List.of("Label as marketing", "Label as sales", "Undo labeling", "Redo labeling",
                "Examples\u2026", "Labeling queue\u2026", "Retrain the model\u2026", "Model history\u2026",
                "Import examples\u2026", "Export examples\u2026", "Company vocabulary\u2026", "Workspace folder\u2026",
                "Your name\u2026", "Conflicts\u2026", "Team agreement\u2026")) {
            int at = cells.indexOf(action);
            assertTrue(at >= 0, action + " missing from " + cells);
            assertFalse(cells.get(at + 1).isBlank(), action + " has no keys");
        }
        robot.type(KeyCode.ESCAPE);
        Set<KeyCombination> keys = new HashSet<>();
        for (Menu menu : robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()) {
            for (MenuItem item : menu.getItems()) {
                assertTrue(keys.add(item.getAccelerator()), item.getText() + " shares its keys with another action");
            }
        }
    }

    @Test
    void companyNamesAreSavedToTheWorkspaceVocabulary(FxRobot robot) throws Exception {
        waitFor(() -> session.engine() != null);
        robot.clickOn("#editor");
        alt(robot, KeyCode.V);
        waitFor(() -> robot.lookup("#vocabulary-name").tryQuery().isPresent());
        robot.clickOn("#vocabulary-name").write("Acme Cloud").type(KeyCode.ENTER);
        robot.clickOn("#vocabulary-name").write("#not a name").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#vocabulary-problem").queryAs(Label.class).getText().startsWith("A name cannot start"));
        robot.clickOn("#vocabulary-name").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Brightline").type(KeyCode.ENTER);
        clickOk(robot, "#vocabulary");
        waitFor(() -> Files.exists(workspace.vocabularyFile()));
        assertEquals(List.of("Acme Cloud", "Brightline"), VocabularyFile.read(workspace.vocabularyFile()).names());

        alt(robot, KeyCode.V);
        waitFor(() -> robot.lookup("#vocabulary-list").tryQuery().isPresent());
        assertEquals(List.of("Acme Cloud", "Brightline"),
                robot.lookup("#vocabulary-list").queryListView().getItems());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void choosingAnotherWorkspaceFolderSetsItUpLoadsItsModelAndRemembersIt(FxRobot robot) throws Exception {
        waitFor(() -> session.engine() != null);
        Path other = dir.resolve("other workspace");
        robot.clickOn("#editor");
        alt(robot, KeyCode.W);
        waitFor(() -> robot.lookup("#workspace-folder").tryQuery().isPresent());
        TextField folder = robot.lookup("#workspace-folder").queryAs(TextField.class);
        assertEquals(workspace.root().toString(), folder.getText());
        robot.interact(() -> folder.setText(other.toString()));
        clickOk(robot, "#workspace-settings");

        waitFor(() -> session.workspace().root().equals(other));
        assertTrue(Files.exists(other.resolve("corpus").resolve(CorpusFiles.TEST_FILE)), "seeded from the shipped corpus");
        assertEquals("v0001", session.workspace().models().current().orElseThrow());
        assertEquals(other.toString(), new SettingsStore(settingsFile()).load().settings().workspace());

        robot.clickOn("#editor").write("Sign the renewal today and your rate stays at $40 a seat.");
        alt(robot, KeyCode.S);
        waitFor(() -> Files.exists(other.resolve("corpus").resolve(Workspace.USER_CORPUS)));
        assertFalse(Files.exists(workspace.userCorpus()), "the label went to the workspace in use");
    }

    @Test
    void aDamagedCurrentModelIsReportedAndThePreviousOneScores(FxRobot robot) throws Exception {
        Workspace damaged = TeamWorkspaces.seeded(TeamWorkspaces.small(dir.resolve("damaged")));
        Path broken = damaged.models().binOf("v0002");
        Files.writeString(broken, "not a model");
        Files.writeString(damaged.modelsDir().resolve("current"), "v0002\n");
        WorkspaceSession opened = TeamWorkspaces.session(damaged);
        MainWindow warned = TeamLoopTest.onFx(() -> TeamWorkspaces.mainWindow(new Stage(),
                new SettingsStore(settingsFile()), opened, TeamWorkspaces.TASKS, new ScriptedFileDialogs()));
        waitFor(() -> opened.engine() != null && warned.banner().messages().size() == 2);
        List<String> messages = warned.banner().messages();
        assertTrue(messages.get(0).startsWith("Model: " + broken), messages.get(0));
        assertEquals("Model: using the previous model v0001 instead", messages.get(1));
        assertEquals("v0001", opened.engine().loaded().version());
        Label status = robot.from(warned.editor().getScene().getRoot()).lookup("#status").queryAs(Label.class);
        // The status line follows the model once it has loaded and scored its warm-up sentence.
        waitFor(() -> TeamLoopTest.onFx(status::getText).contains("your model v0001"));
    }
}
