package com.usthem.app;

import com.usthem.app.coach.CoachViewModel;
import com.usthem.app.score.ScoreViewModel.Phase;
import com.usthem.core.Distinction;
import com.usthem.core.Label;
import com.usthem.core.classify.DistinctionProfile;
import com.usthem.core.classify.FeatureContribution;
import com.usthem.core.classify.LeanScale;
import com.usthem.core.classify.SentenceScore;
import com.usthem.core.coach.CoachExample;
import com.usthem.core.coach.Coaching;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.text.OneLine;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Why panel and coaching as a writer sees them, on the app's own sample draft. */
@ExtendWith(ApplicationExtension.class)
class WhyPanelTest {

    private static final long WAIT = 30;
    /** What the old panel listed: word pairs split at punctuation ('monday .'), number shapes, feature names. */
    private static final Pattern FRAGMENT = Pattern.compile(".*('[^']*(\\s[.,!?;:%)-]|[-($#]\\s)[^']*'|<num>|\\w+=\\w).*");
    private static final String STAR = "\u2605 ";

    @TempDir
    Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        // A small corpus, so coaching reads it quickly.
        var session = new com.usthem.app.workspace.WorkspaceSession(TeamWorkspaces.small(dir),
                CompletableFuture.completedFuture(TestEngine.shipped()), TeamWorkspaces.TASKS);
        window = TeamWorkspaces.mainWindow(stage, dir, session);
    }

    private ScoredText sample(FxRobot robot) throws Exception {
        robot.clickOn("#editor").press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> window.scores().getPhase() == Phase.SCORED
                && window.scores().getResult().text().startsWith("At Brightline"));
        return window.scores().getResult();
    }

    /** Scrolls the side panel, as the user would, until the node is in sight. */
    private static void reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane side = robot.lookup("#side-panel").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double top = side.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double scrollable = side.getContent().getBoundsInLocal().getHeight() - side.getViewportBounds().getHeight();
            side.setVvalue(Math.min(1, top / scrollable));
        });
    }

    private static List<VBox> rows(FxRobot robot, String view) {
        return robot.from(robot.lookup(view).queryAs(Node.class)).lookup(".profile-row").queryAllAs(VBox.class)
                .stream().toList();
    }

    private static String title(VBox row) {
        return ((javafx.scene.control.Label) row.lookup(".profile-title")).getText();
    }

    private static String lean(VBox row) {
        return ((javafx.scene.control.Label) row.lookup(".profile-lean")).getText();
    }

    private static List<String> cues(VBox row) {
        TextFlow flow = (TextFlow) row.lookup(".profile-cues");
        return flow == null ? List.of() : flow.getChildren().stream().filter(n -> n.getStyleClass().contains("profile-cue"))
                .map(n -> ((Text) n).getText()).toList();
    }

    /** Every word shown in a part of the window: labels and the text of text flows. */
    private static List<String> words(Node node) {
        List<String> words = new ArrayList<>();
        if (node instanceof javafx.scene.control.Label label) {
            words.add(label.getText());
        } else if (node instanceof Text text) {
            words.add(text.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> words.addAll(words(child)));
        }
        return words;
    }

    /** The rows show this profile: six named distinctions and the wording, each with its own words. */
    private static void assertShows(List<VBox> rows, DistinctionProfile profile) {
        List<String> titles = rows.stream().map(row -> title(row).replace(STAR, "")).toList();
        assertEquals(Stream.concat(Arrays.stream(Distinction.values()).map(Distinction::title),
                Stream.of(DistinctionProfile.WORDING)).toList(), titles);
        assertEquals(List.of(STAR + profile.strongest().title()), rows.stream().map(WhyPanelTest::title)
                .filter(t -> t.startsWith(STAR)).toList(), "what the piece is mainly about is starred");
        for (Distinction distinction : Distinction.values()) {
            VBox row = rows.get(distinction.ordinal());
            assertEquals(LeanScale.words(profile.lean(distinction).logOdds()), lean(row), distinction.title());
            assertEquals(profile.lean(distinction).cues().stream().map(FeatureContribution::plainWords).toList(),
                    cues(row), "each distinction's own words, under it");
        }
    }

    @Test
    void theSampleIsExplainedInSixNamedRowsAndTheSentenceAtTheCaretInItsOwn(FxRobot robot) throws Exception {
        ScoredText result = sample(robot);
        assertShows(rows(robot, "#why-text"), result.profile());
        assertEquals(LeanScale.words(result.profile().wording()), lean(rows(robot, "#why-text").get(6)));

        for (SentenceScore sentence : result.score().sentences()) {
            robot.interact(() -> window.editor().area().moveTo(sentence.start() + 2));
            int number = result.numberOf(sentence);
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#sentence-heading")
                    .queryAs(javafx.scene.control.Label.class).getText().startsWith("Sentence " + number + ": "));
            assertShows(rows(robot, "#why-sentence"), result.profileOf(sentence));
            for (String shown : Stream.concat(words(robot.lookup("#reasons").query()).stream(),
                    words(robot.lookup("#sentence-reasons").query()).stream()).toList()) {
                assertFalse(FRAGMENT.matcher(shown).matches(), "a raw fragment in the Why panel: " + shown);
            }
        }
    }

    @Test
    void theWriterSaysWhichSideTheyWantAndIsCoachedTowardIt(FxRobot robot) throws Exception {
        sample(robot);
        assertTrue(robot.lookup("#coach-summary").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith("Choose the side you want"));
        reveal(robot, "#want-sales");
        robot.clickOn("#want-sales");
        CoachViewModel coach = window.model().coach();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> coach.stateProperty().get().phase() == CoachViewModel.Phase.COACHED);
        // The state is seen here as soon as it is set; the panel follows it on the FX thread.
        WaitForAsyncUtils.waitForFxEvents();
        Coaching coaching = coach.stateProperty().get().coaching();
        Coaching.Advice dream = coaching.advice().stream().filter(a -> a.distinction() == Distinction.DREAM_REALITY)
                .findFirst().orElseThrow(() -> new AssertionError("the sample's dream pulls it toward marketing"));

        List<String> shown = words(robot.lookup("#coach").query());
        assertTrue(shown.contains(Distinction.DREAM_REALITY.title()), shown.toString());
        String tip = Distinction.DREAM_REALITY.tip(Label.SALES);
        assertTrue(shown.contains(tip.substring(Distinction.DREAM_REALITY.title().length())), shown.toString());
        for (CoachExample example : dream.examples()) {
            assertTrue(shown.contains("\u201c" + OneLine.cut(example.example().text(), 300) + "\u201d"), shown.toString());
        }
        if (dream.examples().isEmpty()) {
            assertTrue(shown.stream().anyMatch(line -> line.startsWith("No sales example in your corpus")), shown.toString());
        }
        assertTrue(Files.readString(TeamWorkspaces.settingsFile(dir)).contains("\"target\" : \"sales\""));
    }
}
