package com.usthem.core.classify;

import com.usthem.core.Label;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MixedReadingTest {

    private static SentenceScore sentence(double sales) {
        return new SentenceScore(0, 1, "x", 1 - sales, sales, List.of());
    }

    private static Optional<MixedReading> read(double... sales) {
        List<SentenceScore> sentences = java.util.Arrays.stream(sales).mapToObj(MixedReadingTest::sentence).toList();
        return MixedReading.of(sentences, Collections.nCopies(sentences.size(), true));
    }

    @Test
    void aDraftThatOpensWithTheBrandAndClosesWithTheAsk() {
        MixedReading mixed = read(0.1, 0.2, 0.5, 0.9).orElseThrow();
        assertEquals(new MixedReading(2, 1, Label.MARKETING, Label.SALES), mixed);
        assertEquals("Mixed: opens as marketing, closes as sales", mixed.summary());
    }

    @Test
    void aDraftThatOpensWithTheAskAndClosesWithTheBrand() {
        MixedReading mixed = read(0.95, 0.8, 0.3).orElseThrow();
        assertEquals("Mixed: opens as sales, closes as marketing", mixed.summary());
    }

    @Test
    void whenBothEndsAgreeItSaysWhereTheOtherSideIs() {
        assertEquals("Mixed: opens and closes as marketing, 1 of 3 clear sentences read as sales",
                read(0.1, 0.9, 0.2).orElseThrow().summary());
    }

    @Test
    void sentencesOnOneSideOrUndecidedAreNoMix() {
        assertTrue(read(0.1, 0.2, 0.3).isEmpty());
        assertTrue(read(0.9).isEmpty());
        assertTrue(read(0.2, 0.5, 0.6).isEmpty(), "0.6 is not clearly sales");
        assertTrue(read().isEmpty());
    }

    @Test
    void framingLinesDoNotCount() {
        List<SentenceScore> sentences = List.of(sentence(0.95), sentence(0.1), sentence(0.2), sentence(0.9));
        assertTrue(MixedReading.of(sentences, List.of(false, true, true, false)).isEmpty(),
                "a greeting and a sign-off read as sales in any newsletter");
    }
}
