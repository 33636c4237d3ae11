package com.usthem.core.features;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.usthem.core.features.FeatureTesting.assertDescribed;
import static com.usthem.core.features.FeatureTesting.cueTexts;
import static com.usthem.core.features.FeatureTesting.features;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AnnouncementFeaturesTest {

    private final AnnouncementFeatures announcement = new AnnouncementFeatures();

    @Test
    void announcingWordsAndPhrasesEachCountOnce() {
        assertEquals(List.of("announce=launch", "announce=launch"),
                features(announcement, "Introducing Tally 3, now available on every plan."));
        assertEquals(List.of("Introducing", "now available"), cueTexts(announcement,
                "Introducing Tally 3, now available on every plan.", CueKind.ANNOUNCEMENT));
        assertEquals(List.of("announce=launch"), features(announcement, "You can now export to PDF."));
    }

    @Test
    void anAskIsNoAnnouncement() {
        assertEquals(List.of(), features(announcement, "Sign the order form by Friday."));
    }

    @Test
    void everyFeatureIsDescribed() {
        assertDescribed(announcement, List.of("announce=launch"));
    }
}
