package com.usthem.core.scoring;

import com.usthem.core.Distinction;
import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.classify.DistinctionProfile;
import com.usthem.core.classify.FeatureContribution;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistinctionProfileTest {

    private final ScoringEngine engine = TestModels.shippedEngine();

    /** The six leans and the wording are an exact split of the verdict, on every held-out example. */
    @Test
    void theLeansAddUpToTheVerdictOnEveryTestExample() throws Exception {
        List<Example> test = CorpusFiles.read(Path.of("training-data", CorpusFiles.TEST_FILE)).examplesOrThrow();
        assertTrue(test.size() >= 800);
        for (Example example : test) {
            ScoredText scored = engine.score(example.text());
            double logOdds = Math.log(scored.score().sales() / scored.score().marketing());
            assertEquals(logOdds, scored.profile().logOdds(), 1e-6, example.id());
            for (int i = 0; i < scored.score().sentences().size(); i++) {
                var sentence = scored.score().sentences().get(i);
                assertEquals(Math.log(sentence.sales() / sentence.marketing()),
                        scored.sentenceProfiles().get(i).logOdds(), 1e-6, example.id() + " sentence " + i);
            }
        }
    }

    @Test
    void theShippedModelCarriesAModelOfTheDistinctions() {
        ScoredText scored = engine.score("Sign the order by Friday and your crew starts Monday.");
        assertNotNull(engine.classifier().axes());
        double total = scored.profile().leans().stream().mapToDouble(DistinctionProfile.Lean::relevance).sum();
        assertEquals(1.0, total, 1e-9);
        assertEquals(Distinction.JOURNEY_LAST_MILE, scored.profile().strongest());
        assertEquals(Label.SALES, scored.profile().lean(Distinction.JOURNEY_LAST_MILE).side());
    }

    @Test
    void wordsAndWordPairsAppearOnlyUnderTheirDistinction() {
        ScoredText scored = engine.score("Hi Sam,\nWe put together the numbers you asked for. Sign by Friday.");
        for (DistinctionProfile.Lean lean : scored.profile().leans()) {
            assertTrue(lean.cues().size() <= DistinctionProfile.CUES);
            for (FeatureContribution cue : lean.cues()) {
                assertEquals(lean.distinction(), cue.distinction(), cue.feature());
                assertFalse(cue.description().contains("="), cue.description());
            }
        }
        assertFalse(scored.profile().lean(Distinction.US_THEM).cues().isEmpty(), "'we' and 'you' are us vs. them");
    }

    @Test
    void withoutAModelOfTheDistinctionsTheLargestLeanIsTheStrongest() {
        FeatureContribution we = new FeatureContribution("pf=we", "a we/our word", 2, -1.5, Distinction.US_THEM);
        FeatureContribution sign = new FeatureContribution("cta=imperative_sign", "opens with 'sign'", 1, 2.5,
                Distinction.JOURNEY_LAST_MILE);
        FeatureContribution word = new FeatureContribution("w=crew", "'crew'", 1, 0.25, null);
        DistinctionProfile profile = DistinctionProfile.of(List.of(sign, we, word), null);
        assertEquals(Distinction.JOURNEY_LAST_MILE, profile.strongest());
        assertEquals(List.of(Distinction.JOURNEY_LAST_MILE, Distinction.US_THEM), profile.ranked().subList(0, 2));
        assertEquals(0.25, profile.wording(), 0.0);
        assertEquals(1.25, profile.logOdds(), 1e-12);
        assertTrue(Double.isNaN(profile.lean(Distinction.US_THEM).relevance()));

        DistinctionProfile withRelevance = DistinctionProfile.of(List.of(sign, we, word),
                Map.of(Distinction.ATTRACT_KEEP, 0.7, Distinction.US_THEM, 0.3));
        assertEquals(Distinction.ATTRACT_KEEP, withRelevance.strongest(), "the model of the distinctions decides");
    }
}
