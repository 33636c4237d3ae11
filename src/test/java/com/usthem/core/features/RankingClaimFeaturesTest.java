package com.usthem.core.features;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.usthem.core.features.FeatureTesting.assertDescribed;
import static com.usthem.core.features.FeatureTesting.assertNotDescribed;
import static com.usthem.core.features.FeatureTesting.cueTexts;
import static com.usthem.core.features.FeatureTesting.features;
import static com.usthem.core.features.FeatureTesting.untagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankingClaimFeaturesTest {

    private final RankingClaimFeatures claims = new RankingClaimFeatures();

    @Test
    void awardWinningLeaderIsARankingClaim() {
        String sentence = "We are the award-winning leader in cloud storage.";
        List<String> features = features(claims, sentence);
        assertTrue(features.contains("claim=ranking"), features.toString());
        assertTrue(features.stream().allMatch("claim=ranking"::equals), features.toString());
        assertTrue(cueTexts(claims, sentence, CueKind.DREAM).contains("leader"));
    }

    @Test
    void hyphenatedClaimsSplitByTheTokenizerAreOneCue() {
        String sentence = "Our world-class team ships next-generation tools.";
        List<String> features = features(claims, sentence);
        assertEquals(List.of("claim=ranking", "claim=dream"), features);
        assertEquals(List.of("world-class", "next-generation"), cueTexts(claims, sentence, CueKind.DREAM));
    }

    @Test
    void numberOneIncludesTheHashInTheCue() {
        assertEquals(List.of("claim=ranking"), features(claims, "We are the #1 choice."));
        assertEquals(List.of("#1"), cueTexts(claims, "We are the #1 choice.", CueKind.DREAM));
    }

    @Test
    void dreamWords() {
        assertEquals(List.of("claim=dream", "claim=dream"), features(claims, "Experience the freedom you deserve."));
        assertEquals(List.of("Experience", "freedom"),
                cueTexts(claims, "Experience the freedom you deserve.", CueKind.DREAM));
    }

    @Test
    void superlatives() {
        assertEquals(List.of("claim=dream", "claim=superlative"), features(claims, "Discover the fastest way to grow."));
        assertEquals(List.of("Discover", "fastest"), cueTexts(claims, "Discover the fastest way to grow.", CueKind.DREAM));
    }

    @Test
    void wordsEndingInEstAreNotAllSuperlatives() {
        assertEquals(List.of(), features(claims, "We value your interest."));
        assertEquals(List.of(), features(claims, "Send your request today."));
    }

    @Test
    void plainSalesCopyMakesNoClaims() {
        assertEquals(List.of(), features(claims, "Quote for 40 seats at $12 per seat, 15% off."));
    }

    @Test
    void untaggedTokens() {
        assertEquals(List.of("claim=superlative"), untagged(claims, "the", "fastest", "route"));
        assertEquals(List.of("claim=ranking"), untagged(claims, "Number", "one", "in", "sales"));
        assertEquals(List.of("claim=ranking"), untagged(claims, "an", "award-winning", "team"));
        assertEquals(List.of("claim=ranking"), untagged(claims, "rated", "#", "1"));
        assertFalse(untagged(claims, "our", "honest", "price").contains("claim=superlative"));
    }

    @Test
    void describesEveryClaimFeature() {
        assertDescribed(claims, features(claims, "We are the #1 choice."));
        assertDescribed(claims, features(claims, "Discover the fastest way to grow."));
        assertNotDescribed(claims, "pf=we", "w=best", "ranking");
    }
}
