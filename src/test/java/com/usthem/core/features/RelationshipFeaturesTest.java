package com.usthem.core.features;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.usthem.core.features.FeatureTesting.assertDescribed;
import static com.usthem.core.features.FeatureTesting.cueTexts;
import static com.usthem.core.features.FeatureTesting.features;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RelationshipFeaturesTest {

    private final RelationshipFeatures relationship = new RelationshipFeatures();

    @Test
    void whatTheClientAlreadyHasAndItsRenewal() {
        assertEquals(List.of("rel=existing", "rel=renewal"),
                features(relationship, "Your plan is due to renew on the 3rd."));
        assertEquals(List.of("Your plan", "renew"), cueTexts(relationship, "Your plan is due to renew on the 3rd.",
                CueKind.RELATIONSHIP));
    }

    @Test
    void courtingNewcomers() {
        assertEquals(List.of("rel=newcomer"), features(relationship, "New customers get a free first lesson."));
    }

    @Test
    void aGenericYourIsNoRelationship() {
        assertEquals(List.of(), features(relationship, "Your weekend starts here."));
    }

    @Test
    void everyFeatureIsDescribed() {
        assertDescribed(relationship, List.of("rel=existing", "rel=renewal", "rel=newcomer"));
    }
}
