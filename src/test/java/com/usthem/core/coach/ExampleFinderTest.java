package com.usthem.core.coach;

import com.fasterxml.jackson.databind.node.TextNode;
import com.usthem.core.Distinction;
import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.corpus.Example;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The nearest-example search on a small corpus written for this test. */
class ExampleFinderTest {

    static final String DRAFT = "Our award-winning solar panels are the most trusted in the region. "
            + "Imagine a home powered by the sun.";
    static final String SOLAR = "If you put twelve panels on your south roof, your bill drops to about $40 a month.";
    static final String SEATS = "If you take the 24-month plan, your team pays $310 a seat instead of $380.";
    static final String LONG_SOLAR = "Hi Maya, thanks for showing me round on Tuesday. " + "You said the roof gets sun "
            + "from ten till four. If you put twelve panels on the south side, your bill drops to about $40 a month, "
            + "and the system pays for itself in seven years at today's rates. I have written the figures up in the "
            + "attached quote so you can check every line.";

    private final ScoringEngine engine = TestModels.shippedEngine();

    static Example example(String text, Label label, String axis) {
        Example example = TestModels.example(text, label);
        return axis == null ? example : example.withExtra("axis", TextNode.valueOf(axis));
    }

    static List<Example> corpus() {
        return List.of(
                example(SEATS, Label.SALES, "dream-reality"),
                example(SOLAR, Label.SALES, "dream-reality"),
                example(LONG_SOLAR, Label.SALES, "dream-reality"),
                example("Solar power: the future of every home, today.", Label.MARKETING, "dream-reality"),
                example("Sign by Friday and your panels go up on Monday.", Label.SALES, "journey-lastmile"),
                example(DRAFT, Label.SALES, "dream-reality"));
    }

    private List<CoachExample> nearest(ExampleFinder finder, Distinction distinction, Label target) {
        ScoredText draft = engine.score(DRAFT);
        return finder.nearest(DRAFT, draft.reasons(), distinction, target, 5);
    }

    @Test
    void offersExamplesOfTheTargetThatMakeTheMoveNearestFirstAndShortBeforeLong() {
        List<CoachExample> found = nearest(new ExampleFinder(engine, corpus()), Distinction.DREAM_REALITY, Label.SALES);

        List<String> texts = found.stream().map(e -> e.example().text()).toList();
        assertEquals(List.of(SOLAR, SEATS, LONG_SOLAR), texts, "the solar quote is nearer the solar draft than "
                + "the seats, and the long one comes last; the marketing line, the one about another distinction "
                + "and the draft's own copy are never offered");
        assertTrue(found.get(0).similarity() > found.get(1).similarity());
        for (CoachExample example : found) {
            assertEquals(Distinction.DREAM_REALITY, example.distinction());
            assertFalse(example.distinctionFromModel());
            assertTrue(engine.score(example.example().text()).profile().lean(Distinction.DREAM_REALITY).logOdds()
                    >= ExampleFinder.CLEAR_MOVE, "each makes the move: leans toward sales on the dream vs. the reality");
        }
    }

    @Test
    void anExampleThatLeansTheOtherWayOnTheDistinctionIsNotOffered() {
        // Labeled sales and recorded as the dream vs. the reality, yet its words are the dream's.
        Example dreamy = example("Imagine the most beautiful home in the world, powered by the sun.", Label.SALES,
                "dream-reality");
        assertTrue(engine.score(dreamy.text()).profile().lean(Distinction.DREAM_REALITY).logOdds() < 0);
        List<CoachExample> found = nearest(new ExampleFinder(engine, List.of(dreamy)), Distinction.DREAM_REALITY,
                Label.SALES);
        assertEquals(List.of(), found);
    }

    @Test
    void theTeamsExamplesWithoutADistinctionAreReadByTheModelOfTheDistinctions() {
        Example teamsOwn = TestModels.example(SOLAR, Label.SALES);
        Distinction read = engine.score(SOLAR).profile().strongest();

        List<CoachExample> found = nearest(new ExampleFinder(engine, List.of(teamsOwn)), read, Label.SALES);
        assertEquals(1, found.size());
        assertTrue(found.get(0).distinctionFromModel());
        Distinction other = read == Distinction.US_THEM ? Distinction.ATTRACT_KEEP : Distinction.US_THEM;
        assertEquals(List.of(), nearest(new ExampleFinder(engine, List.of(teamsOwn)), other, Label.SALES));
    }

    @Test
    void aFinderOnAChangedCorpusOffersItsNewExamples() {
        ExampleFinder before = new ExampleFinder(engine, List.of(example(SEATS, Label.SALES, "dream-reality")));
        assertEquals(1, nearest(before, Distinction.DREAM_REALITY, Label.SALES).size());
        ExampleFinder after = before.withExamples(corpus());
        assertEquals(3, nearest(after, Distinction.DREAM_REALITY, Label.SALES).size());
        assertEquals(engine, after.engine());
    }
}
