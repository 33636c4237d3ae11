package com.usthem.app.coach;

import com.usthem.app.ScriptedUser;
import com.usthem.app.TestEngine;
import com.usthem.app.score.ScoreViewModel;
import com.usthem.app.settings.AppSettings;
import com.usthem.app.settings.LiveSettings;
import com.usthem.app.settings.SettingsStore;
import com.usthem.app.task.CurrentThreadTaskExecutor;
import com.usthem.app.task.TaskExecutor;
import com.usthem.app.workspace.WorkspaceSession;
import com.usthem.core.Distinction;
import com.usthem.core.Label;
import com.usthem.core.coach.CoachExample;
import com.usthem.core.coach.Coaching;
import com.usthem.core.io.Json;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coaching without a window: the work done at once on the calling thread, the corpus a few lines written here. */
@ExtendWith(ApplicationExtension.class)
class CoachViewModelTest {

    static final String DRAFT = "Our award-winning solar panels are the most trusted in the region. "
            + "Imagine a home powered by the sun.";
    static final String SOLAR = "If you put twelve panels on your south roof, your bill drops to about $40 a month.";
    static final String SEATS = "If you take the 24-month plan, your team pays $310 a seat instead of $380.";
    /** Read by the model of the distinctions as the dream vs. the reality, leaning sales on it. */
    static final String BATTERY = "If you add a battery to your twelve panels, your evening bill drops to about $15 a "
            + "month.";

    @TempDir
    Path dir;

    private final TaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final ScriptedUser user = new ScriptedUser();
    private final ScoringEngine engine = TestEngine.shipped();
    private WorkspaceSession session;
    private ScoreViewModel scores;
    private CoachViewModel coach;

    private static String line(String text, String label, String axis) throws Exception {
        return Json.MAPPER.writeValueAsString(Map.of("text", text, "label", label, "source", "usthem", "axis", axis));
    }

    @BeforeEach
    void start() throws Exception {
        Workspace workspace = new Workspace(dir.resolve("workspace"));
        Files.createDirectories(workspace.corpusDir());
        Files.write(workspace.corpusDir().resolve("starter.jsonl"), List.of(
                line(SEATS, "sales", "dream-reality"),
                line(SOLAR, "sales", "dream-reality"),
                line("Solar power: the future of every home, today.", "marketing", "dream-reality"),
                line("Sign by Friday and your panels go up on Monday.", "sales", "journey-lastmile")));
        session = new WorkspaceSession(workspace, CompletableFuture.completedFuture(engine), tasks);
        WaitForAsyncUtils.waitForFxEvents();
        scores = new ScoreViewModel(tasks);
        scores.setScorer(engine);
        LiveSettings settings = new LiveSettings(new SettingsStore(dir.resolve("settings.json")), AppSettings.DEFAULTS,
                tasks, user);
        coach = new CoachViewModel(scores, session, settings, tasks);
    }

    private Coaching.Advice advice(Distinction distinction) {
        return coach.stateProperty().get().coaching().advice().stream().filter(a -> a.distinction() == distinction)
                .findFirst().orElseThrow();
    }

    @Test
    void oncePickedTheSideIsRememberedAndTheDraftIsCoachedTowardIt(FxRobot robot) throws Exception {
        robot.interact(() -> scores.textProperty().set(DRAFT));
        assertEquals(CoachViewModel.Phase.NO_TARGET, coach.stateProperty().get().phase());
        assertNull(coach.stateProperty().get().coaching());

        robot.interact(() -> coach.want(Label.SALES));
        assertEquals(Label.SALES, coach.targetProperty().get());
        assertEquals(CoachViewModel.Phase.COACHED, coach.stateProperty().get().phase());
        Coaching.Advice dream = advice(Distinction.DREAM_REALITY);
        assertEquals(Distinction.DREAM_REALITY.tip(Label.SALES), dream.tip());
        assertEquals(List.of(SOLAR, SEATS), dream.examples().stream().map(e -> e.example().text()).toList());
        assertEquals(Label.SALES, new SettingsStore(dir.resolve("settings.json")).load().settings().target());
        assertEquals(List.of(), user.messages);

        robot.interact(() -> coach.want(Label.MARKETING));
        assertEquals(Label.MARKETING, coach.stateProperty().get().coaching().target());
        assertTrue(coach.stateProperty().get().coaching().advice().stream()
                .noneMatch(a -> a.distinction() == Distinction.DREAM_REALITY), "the dream pulls toward marketing");
    }

    @Test
    void theTeamsOwnExampleLabeledSinceIsOfferedWithItsDistinctionAsTheModelReadsIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            scores.textProperty().set(DRAFT);
            coach.want(Label.SALES);
        });
        assertEquals(2, advice(Distinction.DREAM_REALITY).examples().size());

        session.corpus().label(BATTERY, Label.SALES);
        robot.interact(session::corpusChanged);
        List<CoachExample> examples = advice(Distinction.DREAM_REALITY).examples();
        assertEquals(BATTERY, examples.get(0).example().text(), "the nearest of the three");
        assertTrue(examples.get(0).distinctionFromModel());
    }

    @Test
    void withoutAVerdictThereIsNothingToCoach(FxRobot robot) {
        robot.interact(() -> {
            coach.want(Label.SALES);
            scores.textProperty().set(DRAFT);
        });
        assertEquals(CoachViewModel.Phase.COACHED, coach.stateProperty().get().phase());
        robot.interact(() -> scores.textProperty().set(" "));
        assertEquals(CoachViewModel.Phase.NO_DRAFT, coach.stateProperty().get().phase());
        assertNull(coach.stateProperty().get().coaching());
    }

    @Test
    void aDraftThatReadsAsWantedWithNothingPullingAwayIsOnTarget(FxRobot robot) {
        robot.interact(() -> {
            coach.want(Label.SALES);
            scores.textProperty().set("Sign page four by Friday and your crew starts on Monday.");
        });
        assertTrue(coach.stateProperty().get().coaching().onTarget(), coach.stateProperty().get().coaching().toString());
    }
}
