package com.usthem.app.score;

import com.usthem.app.ScoringGate;
import com.usthem.app.TeamWorkspaces;
import com.usthem.app.TestEngine;
import com.usthem.app.score.ScoreViewModel.Phase;
import com.usthem.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The verdict as the draft changes: debounced, in the background, the newest text winning. */
@ExtendWith(ApplicationExtension.class)
class ScoreViewModelTest {

    private static final long WAIT = 30;
    private final ScoringEngine engine = TestEngine.shipped();
    private final ScoreViewModel scores = new ScoreViewModel(TeamWorkspaces.TASKS);

    @Test
    void aScoringOvertakenByANewerRequestIsNeverShown(FxRobot robot) throws Exception {
        ScoringGate gate = new ScoringGate();
        List<String> published = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            scores.resultProperty().addListener((observable, old, now) -> published.add(now == null ? null : now.text()));
            scores.setScorer(gate.around(engine, text -> true));
            scores.textProperty().set("Our award-winning team has served families since 1998.");
        });
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, gate::isHolding);
        // A new scorer (another model) scores the current text at once, overtaking the one held back.
        robot.interact(() -> {
            scores.textProperty().set("If you sign today, your crew starts Tuesday.");
            scores.setScorer(engine);
        });
        gate.release();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> scores.getPhase() == Phase.SCORED);
        assertEquals(List.of("If you sign today, your crew starts Tuesday."), published);
    }

    @Test
    void clearingTheDraftClearsTheVerdict(FxRobot robot) throws Exception {
        robot.interact(() -> {
            scores.setScorer(engine);
            scores.textProperty().set("Sign by Friday.");
        });
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> scores.getPhase() == Phase.SCORED);
        robot.interact(() -> scores.textProperty().set("  \n"));
        assertEquals(Phase.EMPTY, scores.getPhase());
        assertNull(scores.getResult());
    }

    @Test
    void textWithNothingToScoreAndScoringErrorsAreSaidApart(FxRobot robot) throws Exception {
        robot.interact(() -> {
            scores.setScorer(text -> {
                if (text.equals("\u00a0")) {
                    return engine.score(text);
                }
                // A bug that happens to be an IllegalArgumentException is a failure, not empty text.
                throw new IllegalArgumentException("the model does not know the label 'sales'");
            });
            scores.textProperty().set("\u00a0");
        });
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> scores.getPhase() == Phase.NOTHING_TO_SCORE);
        assertEquals("Nothing to score yet: type a sentence or two.", scores.problemProperty().get());
        robot.interact(() -> scores.textProperty().set("Anything else."));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> scores.getPhase() == Phase.FAILED);
        assertEquals("Scoring failed: the model does not know the label 'sales'", scores.problemProperty().get());
    }

    @Test
    void theCaretSelectsTheSentenceItIsIn(FxRobot robot) throws Exception {
        String text = "We lead the market. Sign your order today.";
        robot.interact(() -> {
            scores.setScorer(engine);
            scores.textProperty().set(text);
        });
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> scores.getPhase() == Phase.SCORED);
        robot.interact(() -> scores.caretProperty().set(text.indexOf("order")));
        assertEquals("Sign your order today.", scores.selectedSentenceProperty().get().text());
        robot.interact(() -> scores.caretProperty().set(text.length()));
        assertEquals("Sign your order today.", scores.selectedSentenceProperty().get().text());
        robot.interact(() -> scores.caretProperty().set(0));
        assertEquals("We lead the market.", scores.selectedSentenceProperty().get().text());
    }

    @Test
    void untilAModelIsThereTheDraftWaitsAndIsScoredWhenItArrives(FxRobot robot) throws Exception {
        robot.interact(() -> scores.textProperty().set("Sign by Friday."));
        assertEquals(Phase.LOADING_MODEL, scores.getPhase());
        robot.interact(() -> scores.setScorer(engine));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> scores.getPhase() == Phase.SCORED);
        assertEquals("Sign by Friday.", scores.getResult().text());
    }
}
