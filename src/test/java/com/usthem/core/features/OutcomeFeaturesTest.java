package com.usthem.core.features;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.usthem.core.features.FeatureTesting.assertDescribed;
import static com.usthem.core.features.FeatureTesting.cueTexts;
import static com.usthem.core.features.FeatureTesting.features;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OutcomeFeaturesTest {

    private final OutcomeFeatures outcome = new OutcomeFeatures();

    @Test
    void winsAndChancesAreCountedApart() {
        assertEquals(List.of("result=closed", "result=closed", "result=closed"),
                features(outcome, "We closed 14 deals and signed the Carrow contract."));
        assertEquals(List.of("result=chance", "result=chance"),
                features(outcome, "The campaign doubled inquiries and brought 300 leads."));
        assertEquals(List.of("converted", "revenue"), cueTexts(outcome,
                "We converted them into a 22% jump in revenue.", CueKind.OUTCOME));
    }

    @Test
    void copyWithoutResultsHasNone() {
        assertEquals(List.of(), features(outcome, "Our bakery opens at seven."));
    }

    @Test
    void everyFeatureIsDescribed() {
        assertDescribed(outcome, List.of("result=closed", "result=chance"));
    }
}
