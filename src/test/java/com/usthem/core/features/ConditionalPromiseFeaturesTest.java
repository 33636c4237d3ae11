package com.usthem.core.features;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.usthem.core.features.FeatureTesting.assertDescribed;
import static com.usthem.core.features.FeatureTesting.cueTexts;
import static com.usthem.core.features.FeatureTesting.features;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ConditionalPromiseFeaturesTest {

    private final ConditionalPromiseFeatures conditional = new ConditionalPromiseFeatures();

    @Test
    void aResultThatDependsOnWhatTheBuyerDoes() {
        assertEquals(List.of("cond=if_you", "cond=at_least"), features(conditional,
                "If you run both shifts on the new line, you'll cut scrap by at least 12%."));
        assertEquals(List.of("If you"), cueTexts(conditional,
                "If you run both shifts on the new line, you'll cut scrap by at least 12%.", CueKind.FUTURE));
    }

    @Test
    void anIfWithoutAPromiseIsNoConditionalPromise() {
        assertEquals(List.of(), features(conditional, "If you have questions, call the front desk."));
    }

    @Test
    void upToCountsOnlyBeforeAnAmount() {
        assertEquals(List.of("cond=up_to"), features(conditional, "Save up to 40% on winter tyres."));
        assertEquals(List.of(), features(conditional, "It's up to you."));
    }

    @Test
    void everyFeatureIsDescribed() {
        assertDescribed(conditional, List.of("cond=if_you", "cond=at_least", "cond=up_to"));
    }
}
