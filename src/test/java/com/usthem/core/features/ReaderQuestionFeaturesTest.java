package com.usthem.core.features;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.usthem.core.features.FeatureTesting.assertDescribed;
import static com.usthem.core.features.FeatureTesting.assertNotDescribed;
import static com.usthem.core.features.FeatureTesting.cueTexts;
import static com.usthem.core.features.FeatureTesting.features;
import static com.usthem.core.features.FeatureTesting.untagged;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReaderQuestionFeaturesTest {

    private final ReaderQuestionFeatures questions = new ReaderQuestionFeatures();

    @Test
    void yesNoQuestionToTheReader() {
        assertEquals(List.of("q=question", "q=yes_no", "q=to_reader"),
                features(questions, "Does Tuesday at 10am work for your team?"));
    }

    @Test
    void whQuestion() {
        assertEquals(List.of("q=question", "q=wh", "q=to_reader"), features(questions, "What does your team need?"));
    }

    @Test
    void rhetoricalBroadcastHasNoReader() {
        assertEquals(List.of("q=question", "q=yes_no"), features(questions, "Ready for the future?"));
    }

    @Test
    void readerCountedOnceHoweverManyYouWords() {
        assertEquals(List.of("q=question", "q=yes_no", "q=to_reader"),
                features(questions, "Can you and your team join us?"));
    }

    @Test
    void statementsAreNotQuestions() {
        assertEquals(List.of(), features(questions, "Tell us what your team needs."));
        assertEquals(List.of(), cueTexts(questions, "Tell us what your team needs.", CueKind.QUESTION));
    }

    @Test
    void cueIsTheQuestionMark() {
        assertEquals(List.of("?"), cueTexts(questions, "Does Tuesday at 10am work for your team?", CueKind.QUESTION));
    }

    @Test
    void untaggedTokens() {
        assertEquals(List.of("q=question", "q=yes_no", "q=to_reader"),
                untagged(questions, "Does", "Tuesday", "work", "for", "you", "?"));
        assertEquals(List.of("q=question", "q=wh"), untagged(questions, "\"", "How", "much", "?"));
        assertEquals(List.of(), untagged(questions, "Does", "Tuesday", "work"));
    }

    @Test
    void describesEveryQuestionFeature() {
        assertDescribed(questions, features(questions, "Does Tuesday at 10am work for your team?"));
        assertDescribed(questions, features(questions, "What does your team need?"));
        assertNotDescribed(questions, "pf=you", "question");
    }
}
