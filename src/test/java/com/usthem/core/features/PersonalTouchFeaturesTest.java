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

class PersonalTouchFeaturesTest {

    private static final String EMAIL = "Hi Dana, as you mentioned on our call, the trial ends March 3.";

    private final PersonalTouchFeatures personal = new PersonalTouchFeatures();

    @Test
    void greetingNameAndCallbacks() {
        List<String> features = features(personal, EMAIL);
        assertEquals("personal=greeting", features.get(0));
        assertTrue(features.contains("personal=name"), features.toString());
        assertTrue(features.contains("personal=callback"), features.toString());
    }

    @Test
    void cuesMarkGreetingAndCallbacks() {
        List<String> cues = cueTexts(personal, EMAIL, CueKind.PERSONAL);
        assertEquals("Hi Dana", cues.get(0));
        assertTrue(cues.contains("mentioned"), cues.toString());
        assertTrue(cues.contains("call"), cues.toString());
    }

    @Test
    void signOffWithName() {
        assertEquals(List.of("personal=greeting", "personal=name"), features(personal, "Thanks, Sam."));
    }

    @Test
    void followingUp() {
        List<String> features = features(personal, "Following up on the quote.");
        assertEquals(List.of("personal=callback", "personal=callback"), features);
        assertEquals(List.of("Following", "quote"), cueTexts(personal, "Following up on the quote.", CueKind.PERSONAL));
    }

    @Test
    void callbackWordsNeedTheirContext() {
        // "call" is only this buyer's call after "our", "your", "the", "last"...
        assertFalse(features(personal, "Call us today.").contains("personal=callback"));
        assertFalse(features(personal, "Following the storm, prices rose.").contains("personal=callback"));
        assertTrue(features(personal, "Per our call, here is the plan.").contains("personal=callback"));
    }

    @Test
    void broadcastCopyIsImpersonal() {
        assertEquals(List.of(), features(personal, "Our mission is to inspire."));
        assertEquals(List.of(), cueTexts(personal, "Our mission is to inspire.", CueKind.PERSONAL));
    }

    @Test
    void untaggedTokensKnowANameByItsCapital() {
        // Tagged, a name is a PROPN; without tags, a capitalised word after the greeting.
        assertEquals(List.of("personal=greeting", "personal=name"), untagged(personal, "Hi", "Dana"));
        assertEquals(List.of("personal=greeting"), untagged(personal, "Hi", "there"));
        assertEquals(List.of("personal=callback"), untagged(personal, "as", "you", "mentioned"));
    }

    @Test
    void describesEveryPersonalFeature() {
        assertDescribed(personal, features(personal, EMAIL));
        assertNotDescribed(personal, "pf=you", "q=to_reader", "greeting");
    }
}
