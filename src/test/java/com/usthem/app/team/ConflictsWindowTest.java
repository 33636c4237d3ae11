package com.usthem.app.team;

import com.usthem.app.TeamWorkspaces;
import com.usthem.app.settings.AppSettings;
import com.usthem.app.task.CurrentThreadTaskExecutor;
import com.usthem.app.view.AppLook;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.Label;
import com.usthem.core.corpus.Example;
import com.usthem.core.team.Author;
import com.usthem.core.team.LabeledCopy;
import com.usthem.core.workspace.Workspace;
import com.usthem.core.workspace.WorkspaceCorpus;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conflicts queue driven by keys, as a team settles its disputes in a meeting; its work is done
 * at once on the FX thread, so each key's effect is there when the next is pressed.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictsWindowTest {

    private static final String FIRST = "Join thousands of teams who love our app.";
    private static final String SECOND = "Imagine what your team could build with an afternoon back every week.";
    private static final String AGREED = "Book your install slot for Tuesday at 10am.";
    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-28T10:31:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workspace workspace;
    private WorkspaceSession session;
    private ConflictsViewModel model;
    private ConflictsWindow window;
    private boolean retrainOpened;

    @Start
    void start(Stage stage) {
        workspace = TeamWorkspaces.small(dir);
        session = TeamWorkspaces.session(workspace, new CurrentThreadTaskExecutor());
        model = new ConflictsViewModel(session, new CurrentThreadTaskExecutor());
        window = new ConflictsWindow(TeamWorkspaces.owner(stage), model, new AppLook(AppSettings.DEFAULTS),
                () -> retrainOpened = true);
    }

    private WorkspaceCorpus by(String name) {
        return new WorkspaceCorpus(workspace, NOVEMBER, () -> new Author(name));
    }

    /** Ana and Ben label three copies; they differ on two. */
    private void twoDisputes() throws Exception {
        for (String copy : List.of(FIRST, SECOND, AGREED)) {
            by("ana").label(copy, copy.equals(SECOND) ? Label.MARKETING : Label.SALES);
            by("ben").label(copy, copy.equals(FIRST) ? Label.MARKETING : Label.SALES);
        }
    }

    private void open(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> session.engine() != null);
        session.labeler().set("carol");
        robot.interact(window::show);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.Label.class).getText();
    }

    private static List<String> cells(FxRobot robot) {
        return robot.lookup("#conflicts-labels").queryAs(GridPane.class).getChildren().stream()
                .map(node -> ((javafx.scene.control.Label) node).getText()).toList();
    }

    private LabeledCopy copy(String text) throws Exception {
        return session.corpus().read().copyOf(text).orElseThrow();
    }

    @Test
    void disputesAreShownWithWhoSaidWhatAndSettledSkippedAndTakenBackByKeys(FxRobot robot) throws Exception {
        twoDisputes();
        open(robot);
        assertEquals(ConflictsViewModel.Phase.SETTLING, model.stateProperty().get().phase());
        assertEquals(FIRST, text(robot, "#conflicts-copy"));
        assertEquals("2 disputes open: 0 settled here, 0 skipped", text(robot, "#conflicts-position"));
        String date = Figures.when(NOVEMBER.instant());
        assertEquals(List.of("ana", "sales", date, "ben", "marketing", date), cells(robot));
        assertTrue(text(robot, "#conflicts-verdict").startsWith("The model: "), text(robot, "#conflicts-verdict"));

        robot.type(KeyCode.S);
        assertEquals(LabeledCopy.State.SETTLED, copy(FIRST).state());
        Example settlement = copy(FIRST).standingSettlement().orElseThrow();
        assertEquals("carol", settlement.author());
        assertEquals(Label.SALES, settlement.label());
        assertEquals(SECOND, text(robot, "#conflicts-copy"));
        assertEquals("1 dispute open: 1 settled here, 0 skipped", text(robot, "#conflicts-position"));

        robot.press(KeyCode.ALT).type(KeyCode.Z).release(KeyCode.ALT);
        assertEquals(LabeledCopy.State.DISPUTED, copy(FIRST).state(), "Alt+Z undoes the settlement");
        assertEquals(FIRST, text(robot, "#conflicts-copy"), "and the dispute is back in the queue");
        assertEquals("2 disputes open: 0 settled here, 0 skipped", text(robot, "#conflicts-position"));

        robot.type(KeyCode.SPACE);
        assertEquals(SECOND, text(robot, "#conflicts-copy"));
        robot.type(KeyCode.M);
        assertEquals(LabeledCopy.State.SETTLED, copy(SECOND).state());
        assertEquals(ConflictsViewModel.Phase.DONE, model.stateProperty().get().phase());
        assertEquals("You settled 1 dispute: retrain the model to learn from them. 1 skipped dispute still open: "
                + "Look again goes through it.", text(robot, "#conflicts-summary"));

        robot.type(KeyCode.BACK_SPACE);
        assertEquals(LabeledCopy.State.DISPUTED, copy(SECOND).state(), "back one takes back its settlement");
        assertEquals(SECOND, text(robot, "#conflicts-copy"));
        robot.type(KeyCode.S);
        robot.clickOn("#conflicts-again");
        assertEquals(FIRST, text(robot, "#conflicts-copy"), "looking again shows the skipped dispute");
        robot.type(KeyCode.M);
        assertEquals("You settled 1 dispute: retrain the model to learn from them. No dispute is left open.",
                text(robot, "#conflicts-summary"), "counted from the look again");
        robot.clickOn("#conflicts-retrain");
        assertTrue(retrainOpened);
    }

    @Test
    void aDisputeMadeElsewhereJoinsTheQueueAndTheSkippedOnesStaySkipped(FxRobot robot) throws Exception {
        twoDisputes();
        open(robot);
        robot.type(KeyCode.SPACE);
        assertEquals(SECOND, text(robot, "#conflicts-copy"));

        by("dave").label(AGREED, Label.MARKETING);
        robot.interact(session::corpusChanged);
        assertEquals("3 disputes open: 0 settled here, 1 skipped", text(robot, "#conflicts-position"));
        assertEquals(SECOND, text(robot, "#conflicts-copy"), "the dispute shown stays shown");
        robot.type(KeyCode.S);
        assertEquals(AGREED, text(robot, "#conflicts-copy"));
        assertEquals(List.of("ana", "sales", "ben", "sales", "dave", "marketing"),
                cells(robot).stream().filter(cell -> !cell.contains("2026")).toList());

        robot.interact(session::corpusChanged);
        assertEquals(AGREED, text(robot, "#conflicts-copy"),
                "the app's own settlement, reported again by the watcher, changes nothing");
        assertEquals("2 disputes open: 1 settled here, 1 skipped", text(robot, "#conflicts-position"));
    }

    @Test
    void withoutDisputesTheQueueSaysNobodyDisagrees(FxRobot robot) throws Exception {
        open(robot);
        assertEquals(ConflictsViewModel.Phase.DONE, model.stateProperty().get().phase());
        assertTrue(text(robot, "#conflicts-summary").startsWith("Nobody disagrees: no copy is disputed."));
        Node done = robot.lookup("#conflicts-done").query();
        assertTrue(done.isVisible());
        assertFalse(robot.lookup("#conflicts-retrain").query().isVisible(), "nothing settled to learn from");
    }
}
