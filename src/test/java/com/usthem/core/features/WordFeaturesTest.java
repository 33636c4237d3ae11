package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.usthem.core.features.FeatureTesting.assertDescribed;
import static com.usthem.core.features.FeatureTesting.assertNotDescribed;
import static com.usthem.core.features.FeatureTesting.features;
import static com.usthem.core.features.FeatureTesting.tagged;
import static com.usthem.core.features.FeatureTesting.untagged;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WordFeaturesTest {

    private final WordFeatures words = new WordFeatures();

    @Test
    void everyTokenLowercasedWithNumbersCollapsed() {
        // OpenNLP splits "$12" into "$" and "12" and keeps the final full stop as a token.
        assertEquals(List.of("w=quote", "w=for", "w=<num>", "w=seats", "w=at", "w=$", "w=<num>", "w=."),
                features(words, "Quote for 40 seats at $12."));
    }

    @Test
    void pronounsAndStopWordsAreKept() {
        List<String> features = features(words, "We are the leader.");
        assertEquals(List.of("w=we", "w=are", "w=the", "w=leader", "w=."), features);
    }

    @Test
    void typographicApostrophesMatchPlainOnes() {
        assertEquals(features(words, "You'll love it."), features(words, "You\u2019ll love it."));
        assertEquals("w=you'll", features(words, "You\u2019ll love it.").get(0));
    }

    @Test
    void differentNumbersLookAlike() {
        assertEquals(features(words, "Order 40 seats."), features(words, "Order 1,200 seats."));
    }

    @Test
    void untaggedTokensAreLowercasedAndShaped() {
        assertEquals(List.of("w=sign", "w=<num>", "w=seats", "w=<num>"), untagged(words, "Sign", "40", "Seats", "15%"));
    }

    @Test
    void missingExtraInformationFallsBackToTokens() {
        assertEquals(List.of("w=book", "w=now"), List.copyOf(words.extractFeatures(new String[] {"Book", "now"}, null)));
    }

    @Test
    void sentencesInExtraInformationReplaceTheTokens() {
        SentenceAnalysis first = tagged("Sign today.");
        SentenceAnalysis second = SentenceAnalysis.ofTokens(new String[] {"We", "care"});
        Map<String, Object> extra = Map.of(SentenceFeatureGenerator.SENTENCES, List.of(first, second));
        List<String> features = List.copyOf(words.extractFeatures(new String[] {"ignored"}, extra));
        assertEquals(List.of("w=sign", "w=today", "w=.", "w=we", "w=care"), features);
    }

    @Test
    void describesItsOwnFeaturesOnly() {
        assertEquals("'sign'", words.describe("w=sign"));
        assertEquals("a number", words.describe("w=<num>"));
        assertDescribed(words, features(words, "Sign 40 seats today."));
        assertNotDescribed(words, "bg=sign_today", "cta=imperative", "sign");
    }
}
