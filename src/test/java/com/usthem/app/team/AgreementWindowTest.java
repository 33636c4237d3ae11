package com.usthem.app.team;

import com.usthem.app.ScriptedFileDialogs;
import com.usthem.app.TeamWorkspaces;
import com.usthem.app.settings.AppSettings;
import com.usthem.app.task.CurrentThreadTaskExecutor;
import com.usthem.app.view.AppLook;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.team.AgreementFixture;
import com.usthem.core.team.Author;
import com.usthem.core.team.LabeledCopy;
import com.usthem.core.workspace.Workspace;
import com.usthem.core.workspace.WorkspaceCorpus;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team view on a team's labels, whose figures {@code AgreementReportTest} works out by hand. */
@ExtendWith(ApplicationExtension.class)
class AgreementWindowTest {

    private static final Clock MEETING = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workspace workspace;
    private WorkspaceSession session;
    private AgreementWindow window;
    private boolean conflictsOpened;
    /** What the browser was asked to open. */
    private final List<String> opened = new ArrayList<>();
    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();

    @Start
    void start(Stage stage) {
        workspace = TeamWorkspaces.small(dir);
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        session = TeamWorkspaces.session(workspace, tasks);
        window = new AgreementWindow(TeamWorkspaces.owner(stage), new AgreementViewModel(session, tasks, MEETING),
                new AppLook(AppSettings.DEFAULTS), dialogs, () -> conflictsOpened = true, opened::add);
    }

    private void open(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> session.engine() != null);
        robot.interact(window::show);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.Label.class).getText();
    }

    /** Whether the node and every node it is in are visible. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The grid's rows after its header, each as its cells' texts. */
    private static List<List<String>> rows(FxRobot robot, String id) {
        GridPane grid = robot.lookup(id).queryAs(GridPane.class);
        int columns = (int) grid.getChildren().stream().filter(node -> GridPane.getRowIndex(node) == 0).count();
        List<String> cells = grid.getChildren().stream().map(node -> ((javafx.scene.control.Label) node).getText())
                .toList();
        List<List<String>> rows = new ArrayList<>();
        for (int at = columns; at < cells.size(); at += columns) {
            rows.add(cells.subList(at, at + columns));
        }
        return rows;
    }

    @Test
    void eachPairsAgreementAndKappaTheDistinctionsAndTheDisputesFollowTheCorpus(FxRobot robot) throws Exception {
        CorpusFiles.writeJsonl(workspace.corpusDir().resolve("team.jsonl"), AgreementFixture.lines());
        open(robot);
        assertEquals("10 copies labeled by two or more people; 4 disputed (3 still open).",
                text(robot, "#agreement-summary"));
        assertEquals(List.of(List.of("ana", "10"), List.of("ben", "10"), List.of("carol", "4"), List.of("dev", "1")),
                rows(robot, "#agreement-people"));
        assertEquals(List.of(List.of("ana & ben", "10", "7", "70.0%", "0.35", "fair"),
                List.of("ana & carol", "4", "3", "75.0%", "0.50", "moderate"),
                List.of("ben & carol", "4", "1", "25.0%", "-0.50", "worse than chance")),
                rows(robot, "#agreement-pairs"));
        assertEquals(List.of(List.of("win-close", "5", "3", "60.0%"), List.of("us-them", "5", "1", "20.0%")),
                rows(robot, "#agreement-axes"));
        @SuppressWarnings("unchecked")
        TableView<LabeledCopy> disputed = robot.lookup("#agreement-disputed").queryAs(TableView.class);
        assertEquals(List.of("open", "open", "open", "settled sales by carol"),
                disputed.getItems().stream().map(LabeledCopy::settlementWords).toList());
        assertFalse(shown(robot.lookup("#agreement-empty").query()));

        new WorkspaceCorpus(workspace, MEETING, () -> new Author("dev")).label("Copy number 1.", Label.MARKETING);
        robot.interact(session::corpusChanged);
        assertEquals("10 copies labeled by two or more people; 5 disputed (4 still open).",
                text(robot, "#agreement-summary"), "dev's label, made elsewhere, is counted");

        robot.clickOn("#agreement-settle");
        assertTrue(conflictsOpened, "the team view opens the conflicts queue");
    }

    @Test
    void theFiguresAreExportedAsAWebPageForATeamMeeting(FxRobot robot) throws Exception {
        CorpusFiles.writeJsonl(workspace.corpusDir().resolve("team.jsonl"), AgreementFixture.lines());
        open(robot);
        Path chosen = dir.resolve("meeting");
        dialogs.answer(chosen);
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        Path file = dir.resolve("meeting.html");
        assertTrue(Files.exists(file));
        assertEquals("10 copies labeled by two or more people; 4 disputed (3 still open)",
                Jsoup.parse(Files.readString(file)).getElementById("summary").text());
        assertEquals("Report saved to meeting.html.", text(robot, "#agreement-status"));
        Node link = robot.lookup("#agreement-open").query();
        assertTrue(link.isVisible());
        robot.clickOn(link);
        assertEquals(List.of(file.toUri().toString()), opened);
    }

    @Test
    void aTeamThatSharesNoCopyIsToldHowAgreementIsMeasured(FxRobot robot) throws Exception {
        open(robot);
        assertEquals("0 copies labeled by two or more people; 0 disputed (0 still open).",
                text(robot, "#agreement-summary"));
        assertTrue(shown(robot.lookup("#agreement-empty").query()));
        assertFalse(shown(robot.lookup("#agreement-pairs").query()), "no pairs to show");
        assertEquals(List.of(List.of("No label carries a name yet.")), List.of(robot.lookup("#agreement-people")
                .queryAs(GridPane.class).getChildren().stream().skip(2)
                .map(node -> ((javafx.scene.control.Label) node).getText()).toList()));
    }
}
