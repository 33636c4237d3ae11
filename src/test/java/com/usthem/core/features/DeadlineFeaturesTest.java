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

class DeadlineFeaturesTest {

    private final DeadlineFeatures time = new DeadlineFeatures();

    @Test
    void weekdayAfterByIsADeadline() {
        assertEquals(List.of("time=weekday", "time=deadline"), features(time, "Sign by Friday to lock in the rate."));
        assertEquals(List.of("by Friday"), cueTexts(time, "Sign by Friday to lock in the rate.", CueKind.DEADLINE));
    }

    @Test
    void weekdayAndClockTime() {
        String sentence = "Does Tuesday at 10am work for your team?";
        assertEquals(List.of("time=weekday", "time=clock"), features(time, sentence));
        assertEquals(List.of("Tuesday", "10am"), cueTexts(time, sentence, CueKind.DEADLINE));
    }

    @Test
    void clockTimesInOtherSpellings() {
        assertTrue(features(time, "Reply by 5:30 pm today.").contains("time=clock"));
        assertTrue(features(time, "Call me at 3 p.m. on Friday.").contains("time=clock"));
        assertFalse(features(time, "We have 10 locations.").contains("time=clock"));
    }

    @Test
    void deadlineThroughADeterminer() {
        String sentence = "Can you send the signed contract before the 30th?";
        List<String> features = features(time, sentence);
        assertTrue(features.contains("time=date"), features.toString());
        assertTrue(features.contains("time=deadline"), features.toString());
        assertEquals(List.of("before the 30th"), cueTexts(time, sentence, CueKind.DEADLINE));
    }

    @Test
    void endOfPeriod() {
        String sentence = "Please reply by end of the month.";
        List<String> features = features(time, sentence);
        assertTrue(features.contains("time=end_of_period"), features.toString());
        assertTrue(features.contains("time=deadline"), features.toString());
        assertEquals(List.of("by end of the month"), cueTexts(time, sentence, CueKind.DEADLINE));
    }

    @Test
    void nearPeriodWithoutDeadline() {
        assertEquals(List.of("time=near_period"), features(time, "We'll ship next week."));
        assertEquals(List.of("next week"), cueTexts(time, "We'll ship next week.", CueKind.DEADLINE));
    }

    @Test
    void deadlineWordsAndRelativeDays() {
        assertEquals(List.of("time=deadline_word", "time=relative_day"), features(time, "The offer expires tomorrow."));
        assertEquals(List.of("expires", "tomorrow"), cueTexts(time, "The offer expires tomorrow.", CueKind.DEADLINE));
    }

    @Test
    void ambiguousMonthsNeedADateNearby() {
        assertEquals(List.of(), features(time, "May we help?"));
        List<String> dated = features(time, "Renewal is due May 3.");
        assertTrue(dated.contains("time=date"), dated.toString());
        assertTrue(dated.contains("time=deadline_word"), dated.toString());
        assertTrue(features(time, "The trial ends in June.").contains("time=date"));
    }

    @Test
    void timelessCopyHasNoTimeFeatures() {
        assertEquals(List.of(), features(time, "We believe in a better world."));
        assertEquals(List.of(), cueTexts(time, "We believe in a better world.", CueKind.DEADLINE));
    }

    @Test
    void untaggedTokens() {
        assertEquals(List.of("time=weekday", "time=deadline"), untagged(time, "Reply", "by", "Friday"));
        assertEquals(List.of("time=deadline_word", "time=near_period"),
                untagged(time, "quote", "expires", "this", "week"));
    }

    @Test
    void describesEveryTimeFeature() {
        assertDescribed(time, features(time, "Sign by Friday to lock in the rate."));
        assertDescribed(time, features(time, "Does Tuesday at 10am work for your team?"));
        assertDescribed(time, features(time, "Please reply by end of the month."));
        assertDescribed(time, features(time, "The offer expires tomorrow, before the 30th, next week."));
        assertNotDescribed(time, "num=year", "cta=please", "weekday");
    }
}
