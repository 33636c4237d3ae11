package com.usthem.core.features;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.usthem.core.features.FeatureTesting.assertDescribed;
import static com.usthem.core.features.FeatureTesting.assertNotDescribed;
import static com.usthem.core.features.FeatureTesting.count;
import static com.usthem.core.features.FeatureTesting.cueTexts;
import static com.usthem.core.features.FeatureTesting.features;
import static com.usthem.core.features.FeatureTesting.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterShapeFeaturesTest {

    private final LetterShapeFeatures letter = new LetterShapeFeatures();

    @Test
    void aGreetingToOnePersonIsNotAGreetingToAList() {
        assertEquals(List.of("letter=greeting_name"), features(letter, "Hi Sam,"));
        assertEquals(List.of("letter=greeting_name"), features(letter, "Dear Ms Ortiz,"));
        assertEquals(List.of("letter=greeting_group"), features(letter, "Dear friends,"));
        assertEquals(List.of("letter=greeting_group"), features(letter, "Hi everyone!"));
        assertNull(LetterShapeFeatures.greeting(tagged("Hello to a brighter kitchen this spring.")));
    }

    @Test
    void firstPersonSingularIsCountedButNotRomanNumeralsOrListLabels() {
        assertEquals(3, count(features(letter, "I think my team can get you live before I'm away."), "letter=i"));
        assertEquals(1, count(features(letter, "i can send it over tonight"), "letter=i"));
        assertEquals(0, count(features(letter, "Phase I starts in May."), "letter=i"));
        assertEquals(List.of("I", "my"), cueTexts(letter, "I sent my notes.", CueKind.PERSONAL));
    }

    @Test
    void earlierContactIsOneFeatureAPhrase() {
        List<String> features = features(letter, "As promised, here are the numbers you asked for after our call.");
        assertEquals(3, count(features, "letter=earlier_contact"), features.toString());
        assertEquals(List.of("As promised", "you asked", "our call"),
                cueTexts(letter, "As promised, here are the numbers you asked for after our call.", CueKind.PERSONAL));
        assertEquals(0, count(features(letter, "Our promise: fresh bread every morning."), "letter=earlier_contact"));
    }

    @Test
    void aRequestForAMeetingOrACall() {
        assertTrue(features(letter, "Would Thursday at 2 work for a quick call?").contains("letter=meeting_request"));
        assertTrue(features(letter, "Do you have 15 minutes next week?").contains("letter=meeting_request"));
        assertEquals(List.of("Would Thursday at 2 work"), cueTexts(letter, "Would Thursday at 2 work?",
                CueKind.ACTION));
        assertFalse(features(letter, "Would it work without power?").contains("letter=meeting_request"));
        assertFalse(features(letter, "Our app works offline.").contains("letter=meeting_request"));
    }

    @Test
    void aSignOffAndASignOffWithAName() {
        assertEquals(List.of("letter=signoff"), features(letter, "Best,"));
        assertEquals(List.of("letter=signoff", "letter=signoff_name"), features(letter, "Thanks, Dana"));
        assertEquals(List.of("letter=signoff"), features(letter, "Kind regards"));
        assertEquals(0, LetterShapeFeatures.signoffLength(tagged("Thanks for your time today.")));
        assertEquals(0, LetterShapeFeatures.signoffLength(tagged("Best coffee in town.")));
    }

    @Test
    void aBroadcastHasNoLetterShape() {
        assertEquals(List.of(), features(letter, "Our new collection lands in stores this Friday."));
    }

    @Test
    void everyFeatureIsDescribedAndOnlyItsOwn() {
        assertDescribed(letter, List.of("letter=i", "letter=earlier_contact", "letter=meeting_request",
                "letter=greeting_name", "letter=greeting_group", "letter=signoff", "letter=signoff_name"));
        assertNotDescribed(letter, "personal=greeting", "w=i");
    }
}
