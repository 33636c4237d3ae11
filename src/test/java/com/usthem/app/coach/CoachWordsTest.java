package com.usthem.app.coach;

import com.fasterxml.jackson.databind.node.TextNode;
import com.usthem.core.Distinction;
import com.usthem.core.Label;
import com.usthem.core.coach.CoachExample;
import com.usthem.core.coach.Coaching;
import com.usthem.core.corpus.Example;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CoachWordsTest {

    private static Coaching.Advice advice(Distinction distinction) {
        return new Coaching.Advice(distinction, -1, distinction.tip(Label.SALES), List.of());
    }

    @Test
    void theSummarySaysHowTheDraftReadsAndHowManyDistinctionsPullItAway() {
        assertEquals("It reads as marketing. 2 distinctions pull it away from sales, the strongest first:",
                CoachWords.summary(new Coaching(Label.SALES, Label.MARKETING,
                        List.of(advice(Distinction.DREAM_REALITY), advice(Distinction.US_THEM)))));
        assertEquals("It reads as sales. One distinction pulls it away from sales:",
                CoachWords.summary(new Coaching(Label.SALES, Label.SALES, List.of(advice(Distinction.US_THEM)))));
        assertEquals("It reads as sales. Nothing in it pulls toward marketing.",
                CoachWords.summary(new Coaching(Label.SALES, Label.SALES, List.of())));
        assertEquals("It reads as marketing. No one distinction pulls it away from sales: its other wording does "
                + "(see Why above).", CoachWords.summary(new Coaching(Label.SALES, Label.MARKETING, List.of())));
    }

    @Test
    void theLeanIsSaidInWords() {
        assertEquals("Now it leans clearly toward marketing.", CoachWords.leaning(-1.2));
        assertEquals("Now it leans toward sales.", CoachWords.leaning(0.3));
        assertEquals("Now it leans strongly toward sales.", CoachWords.leaning(2.5));
    }

    @Test
    void anExampleSaysItsLabelWhereItComesFromAndWhoseReadingItsDistinctionIs() {
        Example shipped = new Example("x1", "Sign by Friday.", Label.SALES, "usthem", null, Map.of());
        assertEquals("sales \u00b7 from the shipped corpus", CoachWords.describe(
                new CoachExample(shipped, Distinction.JOURNEY_LAST_MILE, false, 0.4)));
        Example teams = Example.of("Reply by Friday.", Label.SALES, "user", Instant.EPOCH)
                .withExtra(Example.AUTHOR, TextNode.valueOf("ana"));
        assertEquals("sales \u00b7 your team's, labeled by ana \u00b7 its distinction as the model reads it",
                CoachWords.describe(new CoachExample(teams, Distinction.JOURNEY_LAST_MILE, true, 0.4)));
    }
}
