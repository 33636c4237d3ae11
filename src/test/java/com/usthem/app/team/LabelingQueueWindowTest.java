package com.usthem.app.team;

import com.usthem.app.ScriptedFileDialogs;
import com.usthem.app.TeamWorkspaces;
import com.usthem.app.settings.AppSettings;
import com.usthem.app.view.AppLook;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import com.usthem.core.workspace.Certainty;
import com.usthem.core.workspace.Workspace;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The labeling queue driven by keys, as a user labels a batch. */
@ExtendWith(ApplicationExtension.class)
class LabelingQueueWindowTest {

    private static final long WAIT = 60;
    private static final List<String> NEW_COPY = List.of(
            "Book your install slot for Tuesday at 10am.",
            "Our team has served the valley since 1998.",
            "Imagine what your team could build with an afternoon back every week.",
            "Reply today and we will hold the price for your whole crew.",
            "Join thousands of families who trust us with their weekends.");

    @TempDir
    Path dir;

    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private Workspace workspace;
    private WorkspaceSession session;
    private LabelingQueueViewModel model;
    private boolean retrainOpened;

    @Start
    void start(Stage stage) {
        workspace = TeamWorkspaces.small(dir);
        session = TeamWorkspaces.session(workspace);
        model = new LabelingQueueViewModel(session, TeamWorkspaces.TASKS);
        new LabelingQueueWindow(TeamWorkspaces.owner(stage), model, new AppLook(AppSettings.DEFAULTS), dialogs,
                () -> retrainOpened = true).show();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, condition);
    }

    private static String shown(FxRobot robot) {
        TextFlow copy = robot.lookup("#queue-copy").queryAs(TextFlow.class);
        return copy.getChildren().stream().map(node -> ((Text) node).getText()).collect(Collectors.joining());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.Label.class).getText();
    }

    private List<Example> userCorpus() {
        Path file = workspace.userCorpus();
        return Files.exists(file) ? CorpusFiles.read(file, CorpusFormat.JSONL, "corpus").examples() : List.of();
    }

    /** The new copy, least sure first, as the current model scores it. */
    private List<String> leastSureFirst() {
        return NEW_COPY.stream().sorted(Comparator.comparingDouble(text ->
                Certainty.margin(session.engine().classifier().score(text).sales()))).toList();
    }

    private void showing(FxRobot robot, String expected) throws Exception {
        waitFor(() -> shown(robot).equals(expected));
    }

    @Test
    void pastedCopyIsShownLeastSureFirstAndLabeledByKeys(FxRobot robot) throws Exception {
        waitFor(() -> session.engine() != null);
        String inCorpus = session.corpus().read().training().get(0).text();
        String pasted = String.join("\n", NEW_COPY) + "\n" + inCorpus + "\n" + NEW_COPY.get(0) + "\n";
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(pasted);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#queue-paste").press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        robot.clickOn("#queue-start");
        waitFor(() -> model.getPhase() == LabelingQueueViewModel.Phase.LABELING);

        List<String> order = leastSureFirst();
        showing(robot, order.get(0));
        assertEquals("0 of 5 answered: 0 labeled, 0 skipped (2 already in the corpus or repeated left out)",
                text(robot, "#queue-position"));
        assertTrue(text(robot, "#queue-verdict").startsWith("The model: "), text(robot, "#queue-verdict"));

        robot.type(KeyCode.S);
        showing(robot, order.get(1));
        assertEquals(List.of(order.get(0)), userCorpus().stream().map(Example::text).toList());
        assertEquals(Label.SALES, userCorpus().get(0).label());
        assertEquals("user", userCorpus().get(0).source());

        robot.type(KeyCode.M);
        showing(robot, order.get(2));
        robot.type(KeyCode.SPACE);
        showing(robot, order.get(3));
        assertEquals("3 of 5 answered: 2 labeled, 1 skipped (2 already in the corpus or repeated left out)",
                text(robot, "#queue-position"));

        robot.type(KeyCode.BACK_SPACE);
        showing(robot, order.get(2));
        robot.type(KeyCode.BACK_SPACE);
        showing(robot, order.get(1));
        waitFor(() -> userCorpus().size() == 1);
        assertEquals(order.get(0), userCorpus().get(0).text(), "undo took back the marketing label only");

        robot.type(KeyCode.M, KeyCode.S, KeyCode.S, KeyCode.M);
        waitFor(() -> model.getPhase() == LabelingQueueViewModel.Phase.DONE);
        assertEquals(List.of(Label.SALES, Label.MARKETING, Label.SALES, Label.SALES, Label.MARKETING),
                userCorpus().stream().map(Example::label).toList(), "keys pressed quickly go to the items in order");
        assertTrue(text(robot, "#queue-summary").startsWith("All 5 answered: 5 labeled, 0 skipped."));
        robot.clickOn("#queue-retrain");
        assertTrue(retrainOpened);
    }

    @Test
    void aFileWithABadRowQueuesTheGoodRowsAndNamesTheBadLine(FxRobot robot) throws Exception {
        waitFor(() -> session.engine() != null);
        Path batch = dir.resolve("batch.jsonl");
        Files.writeString(batch, "{\"text\": \"" + NEW_COPY.get(0) + "\"}\n{\"text\": }\n{\"text\": \""
                + NEW_COPY.get(1) + "\", \"label\": \"ignored\"}\n");
        dialogs.answer(batch);
        robot.clickOn("#queue-import");
        waitFor(() -> model.getPhase() == LabelingQueueViewModel.Phase.LABELING);
        assertEquals(2, model.stateProperty().get().progress().total());
        String problems = text(robot, "#queue-problems");
        assertTrue(problems.startsWith("1 row left out: " + batch + ":2: "), problems);
        assertTrue(robot.lookup("#queue-problems").query().isVisible(), "shown while the good rows are labeled");
        robot.clickOn("#queue-skip").clickOn("#queue-skip");
        waitFor(() -> model.getPhase() == LabelingQueueViewModel.Phase.DONE);
        robot.clickOn("#queue-another");
        assertEquals("", text(robot, "#queue-problems"));
    }

    @Test
    void nothingPastedMeansNothingToLabel(FxRobot robot) throws Exception {
        waitFor(() -> session.engine() != null);
        robot.clickOn("#queue-paste").write("   ");
        robot.clickOn("#queue-start");
        assertEquals(LabelingQueueViewModel.Phase.INPUT, model.getPhase());
        assertEquals("Nothing to label: paste copy, one piece a line, or import a file.", text(robot, "#queue-status"));
        Node input = robot.lookup("#queue-input").query();
        assertTrue(input.isVisible());
    }
}
