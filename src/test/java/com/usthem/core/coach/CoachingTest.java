package com.usthem.core.coach;

import com.usthem.core.Distinction;
import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.classify.DistinctionProfile;
import com.usthem.core.classify.FeatureContribution;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoachingTest {

    private final ScoringEngine engine = TestModels.shippedEngine();

    private static FeatureContribution pull(Distinction distinction, double weight) {
        return new FeatureContribution("test=" + distinction.id(), distinction.title(), 1, weight, distinction);
    }

    @Test
    void theDistinctionsLeaningAwayFromTheTargetAreAdvisedOnTheStrongestPullFirst() {
        DistinctionProfile profile = DistinctionProfile.of(List.of(pull(Distinction.US_THEM, -0.8),
                pull(Distinction.DREAM_REALITY, -2.0), pull(Distinction.JOURNEY_LAST_MILE, 1.5),
                pull(Distinction.ATTRACT_KEEP, -0.1)), null);

        assertEquals(List.of(Distinction.DREAM_REALITY, Distinction.US_THEM), Coaching.pullingAway(profile, Label.SALES)
                .stream().map(DistinctionProfile.Lean::distinction).toList(), "a lean of 0.1 is too small to rewrite");
        assertEquals(List.of(Distinction.JOURNEY_LAST_MILE), Coaching.pullingAway(profile, Label.MARKETING)
                .stream().map(DistinctionProfile.Lean::distinction).toList());
    }

    @Test
    void eachAdviceCarriesTheTipWrittenForItsDistinctionAndExamplesFromTheCorpus() {
        ScoredText draft = engine.score(ExampleFinderTest.DRAFT);
        Coaching coaching = Coaching.of(draft, Label.SALES, new ExampleFinder(engine, ExampleFinderTest.corpus()));

        assertEquals(Label.SALES, coaching.target());
        assertEquals(Label.MARKETING, coaching.verdict());
        assertFalse(coaching.onTarget());
        Coaching.Advice dream = coaching.advice().stream()
                .filter(a -> a.distinction() == Distinction.DREAM_REALITY).findFirst().orElseThrow();
        assertEquals(Distinction.DREAM_REALITY.tip(Label.SALES), dream.tip());
        assertTrue(dream.lean() <= -Coaching.PULL, "it pulls toward marketing");
        assertEquals(List.of(ExampleFinderTest.SOLAR, ExampleFinderTest.SEATS),
                dream.examples().stream().map(e -> e.example().text()).toList(), "the two nearest");
        for (Coaching.Advice advice : coaching.advice()) {
            assertTrue(advice.lean() <= -Coaching.PULL, advice.distinction().title());
        }
    }

    @Test
    void aDraftThatAlreadyReadsAsWantedWithNothingPullingAwayIsOnTarget() {
        ScoredText draft = engine.score("Sign page four by Friday and your crew starts on Monday.");
        Coaching coaching = Coaching.of(draft, Label.SALES, new ExampleFinder(engine, ExampleFinderTest.corpus()));
        assertTrue(coaching.onTarget(), coaching.toString());
        assertFalse(Coaching.of(draft, Label.MARKETING, new ExampleFinder(engine, List.of())).onTarget());
    }
}
