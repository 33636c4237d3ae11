package com.usthem.core.classify;

import com.usthem.core.TestModels;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rescoring an edited draft from the caches must give exactly what scoring it from scratch gives. */
class IncrementalRescoringTest {

    private static final String DRAFT = """
            Hi Dana,

            Thanks for the call on Tuesday. You mentioned your crew needs the new rigs before the spring rush.
            We can deliver 12 units by March 3 at $4,200 each. Sign page four and we start Monday.

            Our award-winning team has built rigs since 1998. Imagine a season without breakdowns.
            Ready when you are? Reply by Friday and I'll hold the rate.
            """;

    @Test
    void everyEditScoresExactlyLikeAFreshClassifier() {
        Classifier incremental = new Classifier(TestModels.shipped().model(), CompanyVocabulary.EMPTY,
                new TextAnalyzer());
        Random random = new Random(11);
        StringBuilder text = new StringBuilder(DRAFT);
        incremental.score(text.toString());
        for (int edit = 0; edit < 60; edit++) {
            int at = random.nextInt(text.length());
            switch (edit % 3) {
                case 0 -> text.insert(at, (char) ('a' + random.nextInt(26)));
                case 1 -> text.deleteCharAt(at);
                default -> text.insert(at, ". ");
            }
            String current = text.toString();
            if (current.isBlank()) {
                continue;
            }
            TextScore cached = incremental.score(current);
            Classifier fresh = new Classifier(TestModels.shipped().model(), CompanyVocabulary.EMPTY, new TextAnalyzer());
            TextScore scratch = fresh.score(current);
            assertEquals(scratch.sales(), cached.sales(), 0.0, "after edit " + edit);
            assertEquals(scratch.sentences(), cached.sentences(), "after edit " + edit);
            assertEquals(scratch.cues(), cached.cues(), "after edit " + edit);
            assertEquals(scratch.pronouns(), cached.pronouns(), "after edit " + edit);
        }
    }
}
