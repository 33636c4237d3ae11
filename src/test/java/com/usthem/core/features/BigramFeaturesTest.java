package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static com.usthem.core.features.FeatureTesting.assertDescribed;
import static com.usthem.core.features.FeatureTesting.assertNotDescribed;
import static com.usthem.core.features.FeatureTesting.features;
import static com.usthem.core.features.FeatureTesting.tagged;
import static com.usthem.core.features.FeatureTesting.untagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BigramFeaturesTest {

    private final BigramFeatures bigrams = new BigramFeatures();

    @Test
    void neighbouringPairsWithSentenceStartAndEnd() {
        assertEquals(List.of("bg=<s>_sign", "bg=sign_today", "bg=today_.", "bg=._</s>"),
                features(bigrams, "Sign today."));
    }

    @Test
    void numbersUseTheNumberShape() {
        List<String> features = features(bigrams, "Order 40 seats.");
        assertTrue(features.contains("bg=order_<num>"), features.toString());
        assertTrue(features.contains("bg=<num>_seats"), features.toString());
    }

    @Test
    void pairsNeverSpanTwoSentences() {
        Map<String, Object> extra = Map.of(SentenceFeatureGenerator.SENTENCES,
                List.of(tagged("Sign today."), tagged("We care.")));
        List<String> features = List.copyOf(bigrams.extractFeatures(new String[0], extra));
        assertEquals(List.of("bg=<s>_sign", "bg=sign_today", "bg=today_.", "bg=._</s>",
                "bg=<s>_we", "bg=we_care", "bg=care_.", "bg=._</s>"), features);
    }

    @Test
    void untaggedTokens() {
        assertEquals(List.of("bg=<s>_lock", "bg=lock_rates", "bg=rates_</s>"), untagged(bigrams, "Lock", "Rates"));
    }

    @Test
    void emptySentenceHasNoPairs() {
        List<String> features = new java.util.ArrayList<>();
        bigrams.extract(SentenceAnalysis.ofTokens(new String[0]), CompanyVocabulary.EMPTY, features);
        assertEquals(List.of(), features);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "bg=monday_. | 'monday.'", "bg=award_- | 'award-'", "bg=-_winning | '-winning'", "bg=,_so | ', so'",
            "bg=(_see | '(see'"})
    void describesPunctuationAsItIsWritten(String feature, String description) {
        assertEquals(description, bigrams.describe(feature));
    }

    @Test
    void describesStartEndAndMiddlePairs() {
        assertEquals("sentence starts with 'sign'", bigrams.describe("bg=<s>_sign"));
        assertEquals("sentence ends with 'rate'", bigrams.describe("bg=rate_</s>"));
        assertEquals("'sign today'", bigrams.describe("bg=sign_today"));
        assertEquals("'order', then a number", bigrams.describe("bg=order_<num>"));
        assertEquals("a number, then 'seats'", bigrams.describe("bg=<num>_seats"));
        assertDescribed(bigrams, features(bigrams, "Sign by Friday to lock in the rate."));
        assertNotDescribed(bigrams, "w=sign", "cta=imperative_sign", "sign_today");
    }
}
