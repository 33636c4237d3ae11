package com.usthem.core.features;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.usthem.core.features.FeatureTesting.assertDescribed;
import static com.usthem.core.features.FeatureTesting.assertNotDescribed;
import static com.usthem.core.features.FeatureTesting.cueTexts;
import static com.usthem.core.features.FeatureTesting.features;
import static com.usthem.core.features.FeatureTesting.untagged;
import static org.junit.jupiter.api.Assertions.assertEquals;

class YouWillFeaturesTest {

    private final YouWillFeatures futures = new YouWillFeatures();

    @Test
    void contractedYouWillOpeningTheSentence() {
        String sentence = "You'll have the crew on site by Monday.";
        assertEquals(List.of("fut=you_will"), features(futures, sentence));
        assertEquals(List.of("You'll"), cueTexts(futures, sentence, CueKind.FUTURE));
    }

    @Test
    void typographicApostrophe() {
        assertEquals(List.of("fut=you_will"), features(futures, "You\u2019ll love it."));
    }

    @Test
    void contractedYouWillLaterInTheSentence() {
        String sentence = "If you approve today, you'll have the units next week.";
        assertEquals(List.of("fut=you_will"), features(futures, sentence));
        assertEquals(List.of("you'll"), cueTexts(futures, sentence, CueKind.FUTURE));
    }

    @Test
    void yourNounWill() {
        assertEquals(List.of("fut=you_will"), features(futures, "Your team will love it."));
        assertEquals(List.of("Your team will"), cueTexts(futures, "Your team will love it.", CueKind.FUTURE));
    }

    @Test
    void goingTo() {
        assertEquals(List.of("fut=you_will"), features(futures, "You are going to love this."));
        assertEquals(List.of("You are going to"), cueTexts(futures, "You are going to love this.", CueKind.FUTURE));
        assertEquals(List.of("fut=you_will"), features(futures, "You're going to love this."));
    }

    @Test
    void companyPromisesAreWeWillWithoutAFutureCue() {
        assertEquals(List.of("fut=we_will"), features(futures, "We will be there."));
        assertEquals(List.of("fut=we_will"), features(futures, "We'll call you tomorrow."));
        assertEquals(List.of(), cueTexts(futures, "We will be there.", CueKind.FUTURE));
    }

    @Test
    void presentTenseIsNotAFuture() {
        assertEquals(List.of(), features(futures, "You deserve the best."));
        assertEquals(List.of(), features(futures, "We build software."));
    }

    @Test
    void untaggedTokens() {
        assertEquals(List.of("fut=you_will"), untagged(futures, "you", "will", "save", "time"));
        assertEquals(List.of("fut=you_will"), untagged(futures, "You'll", "save", "time"));
        assertEquals(List.of("fut=we_will"), untagged(futures, "we", "will", "call"));
    }

    @Test
    void describesEveryFutureFeature() {
        assertDescribed(futures, List.of("fut=you_will", "fut=we_will"));
        assertDescribed(futures, features(futures, "You'll have the crew on site by Monday."));
        assertNotDescribed(futures, "pf=you", "q=to_reader", "you_will");
    }
}
