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

class CallToActionFeaturesTest {

    private final CallToActionFeatures cta = new CallToActionFeatures();

    @Test
    void imperativeActionWithASecondActionVerb() {
        // "Sign" opens the sentence (the imperative); "lock" is a further action verb.
        assertEquals(List.of("cta=imperative", "cta=imperative_sign", "cta=imperative_action", "cta=action_verb"),
                features(cta, "Sign by Friday to lock in the rate."));
    }

    @Test
    void aspirationalImperativeIsNotALastStepAction() {
        List<String> features = features(cta, "Experience the freedom you deserve.");
        assertTrue(features.contains("cta=imperative"), features.toString());
        assertTrue(features.contains("cta=imperative_experience"), features.toString());
        assertFalse(features.contains("cta=imperative_action"), features.toString());
        assertFalse(features.contains("cta=action_verb"), features.toString());
    }

    @Test
    void sentenceOpeningActionVerbsTheTaggerCallsNouns() {
        // OpenNLP tags these openers NOUN or PROPN; they are still requests to act.
        assertTrue(features(cta, "Email us today.").contains("cta=imperative_email"));
        assertTrue(features(cta, "Order now.").contains("cta=imperative_action"));
    }

    @Test
    void nounSubjectsAreNotImperatives() {
        assertFalse(features(cta, "Experience matters.").contains("cta=imperative"));
        assertFalse(features(cta, "Signs of growth are everywhere.").contains("cta=imperative"));
        assertFalse(features(cta, "Quote for 40 seats at $12 per seat.").contains("cta=imperative"));
        assertFalse(features(cta, "The offer expires tomorrow.").contains("cta=imperative"));
        // Known imperative verbs the tagger calls nouns, used as nouns:
        assertFalse(features(cta, "Order forms are attached.").contains("cta=imperative"));
        assertFalse(features(cta, "Experience that counts.").contains("cta=imperative"));
        assertFalse(features(cta, "Experience, care and craft.").contains("cta=imperative"));
    }

    @Test
    void openersBeforeTheVerbAreSkipped() {
        assertEquals(List.of("cta=imperative", "cta=imperative_reply", "cta=imperative_action", "cta=please"),
                features(cta, "Please reply by end of the month."));
    }

    @Test
    void nonActionImperative() {
        List<String> features = features(cta, "Discover the fastest way to grow.");
        assertEquals(List.of("cta=imperative", "cta=imperative_discover"), features);
    }

    @Test
    void actionVerbWithoutImperative() {
        assertEquals(List.of("cta=action_verb"), features(cta, "We sign contracts every week."));
    }

    @Test
    void requestQuestion() {
        List<String> features = features(cta, "Can you send the signed contract before the 30th?");
        assertTrue(features.contains("cta=request"), features.toString());
        assertTrue(features.contains("cta=action_verb"), features.toString());
        assertFalse(features.contains("cta=imperative"), features.toString());
    }

    @Test
    void cuesMarkTheActionWords() {
        assertEquals(List.of("Sign", "lock"), cueTexts(cta, "Sign by Friday to lock in the rate.", CueKind.ACTION));
        assertEquals(List.of("Can you", "send"),
                cueTexts(cta, "Can you send the signed contract before the 30th?", CueKind.ACTION));
        assertEquals(List.of("Please", "reply"), cueTexts(cta, "Please reply by end of the month.", CueKind.ACTION));
        assertEquals(List.of(), cueTexts(cta, "We believe in a better world.", CueKind.ACTION));
    }

    @Test
    void untaggedReadsOpenersFromTheVerbLists() {
        assertEquals(List.of("cta=imperative", "cta=imperative_sign", "cta=imperative_action"),
                untagged(cta, "Sign", "the", "contract", "today"));
        assertEquals(List.of("cta=imperative", "cta=imperative_book", "cta=imperative_action", "cta=please"),
                untagged(cta, "Please", "book", "a", "slot"));
        // Without tags an invitation opens an imperative too, but asks for no last-step action.
        assertEquals(List.of("cta=imperative", "cta=imperative_explore"), untagged(cta, "Explore", "the", "collection"));
        assertEquals(List.of("cta=request"), untagged(cta, "Could", "we", "meet", "?"));
    }

    @Test
    void describesEveryCallToActionFeature() {
        assertEquals("opens with the verb 'experience'", cta.describe("cta=imperative_experience"));
        assertDescribed(cta, features(cta, "Sign by Friday to lock in the rate."));
        assertDescribed(cta, features(cta, "Please reply by end of the month."));
        assertDescribed(cta, features(cta, "Can you send the contract?"));
        assertNotDescribed(cta, "w=sign", "time=deadline", "imperative");
    }

    @Test
    void withoutTagsAnImperativeIsAKnownVerbThatTakesAnObject() {
        assertTrue(untagged(cta, "Book", "your", "table", "for", "Friday", ".").contains("cta=imperative_book"));
        assertTrue(untagged(cta, "Discover", "the", "autumn", "range", ".").contains("cta=imperative_discover"));
        assertTrue(untagged(cta, "Please", "reply", "by", "noon", ".").contains("cta=imperative_reply"));
        assertTrue(untagged(cta, "Subscribe", "!").contains("cta=imperative_subscribe"));
        assertTrue(untagged(cta, "Let's", "talk", "Tuesday", ".").contains("cta=imperative"));
    }

    @Test
    void withoutTagsAVerbThatIsTheSubjectIsNoImperative() {
        assertFalse(untagged(cta, "Experience", "matters", ".").contains("cta=imperative"));
        assertFalse(untagged(cta, "Experience", "that", "counts", ".").contains("cta=imperative"));
        assertFalse(untagged(cta, "Book", "lovers", "will", "find", "it", ".").contains("cta=imperative"));
        assertFalse(untagged(cta, "Our", "team", "builds", "roofs", ".").contains("cta=imperative"));
    }

    @Test
    void withoutTagsAnActionVerbAfterADeterminerIsANoun() {
        assertFalse(untagged(cta, "We", "shipped", "your", "order", ".").contains("cta=action_verb"));
        assertTrue(untagged(cta, "We", "can", "ship", "if", "you", "sign", "today", ".").contains("cta=action_verb"));
    }
}
