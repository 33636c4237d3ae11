package com.usthem.core.features;

import com.usthem.core.text.Sentence;
import com.usthem.core.text.SentenceAnalysis;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.usthem.core.features.FeatureTesting.ANALYZER;
import static com.usthem.core.features.FeatureTesting.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentShapeFeaturesTest {

    private static final String LETTER = """
            Hi Sam,
            At Brightline we have built solar roofs for twenty years. You mentioned your roof faces south.
            Sign the proposal by Friday and the crew starts Monday.

            Best,
            Dana Ruiz
            Account Executive, Brightline
            555-201-3344""";

    private final DocumentShapeFeatures shape = new DocumentShapeFeatures();

    private List<String> features(String text) {
        List<SentenceAnalysis> sentences = ANALYZER.analyze(text).stream().map(Sentence::analysis).toList();
        List<String> features = new ArrayList<>();
        shape.extract(sentences, CompanyVocabulary.EMPTY, features);
        return features;
    }

    @Test
    void aLetterThatOpensWithTheCompanyAndClosesWithAnAsk() {
        List<String> features = features(LETTER);
        assertTrue(features.contains("doc=open_we"), features.toString());
        assertTrue(features.contains("doc=close_ask"), features.toString());
        assertTrue(features.contains("doc=open_we_close_ask"), features.toString());
        assertTrue(features.contains("doc=close_time"), features.toString());
        assertTrue(features.contains("doc=signed"), features.toString());
    }

    @Test
    void theCloseIsTheLastSentenceOfTheMessageNotOfTheSignature() {
        List<String> features = features(LETTER);
        assertTrue(features.contains("doc=close:cta=imperative_sign"), features.toString());
        assertFalse(features.stream().anyMatch(f -> f.startsWith("doc=close:w=dana")), features.toString());
    }

    @Test
    void aBroadcastClosingWithAPublicInvitation() {
        List<String> features = features("We are thrilled to open our fourth store. Explore the new range in Leith.");
        assertTrue(features.contains("doc=close_invite"), features.toString());
        assertFalse(features.contains("doc=close_ask"), features.toString());
        assertFalse(features.contains("doc=signed"), features.toString());
    }

    @Test
    void asksAndInvitationsAreTold() {
        assertEquals("ask", DocumentShapeFeatures.ask(tagged("Sign here and your kids start Tuesday.")));
        assertEquals("ask", DocumentShapeFeatures.ask(tagged("Could you send the PO today?")));
        assertEquals("ask", DocumentShapeFeatures.ask(tagged("Would Thursday at 10 work for a call?")));
        assertEquals("invite", DocumentShapeFeatures.ask(tagged("Learn more at our website.")));
        assertEquals("invite", DocumentShapeFeatures.ask(tagged("Sign up for the newsletter.")));
        assertNull(DocumentShapeFeatures.ask(tagged("Our bakery opened in 1987.")));
    }

    @Test
    void aSingleSentenceHasNoCloseOfItsOwn() {
        List<String> features = features("You'll sleep through the night once the monitor stops dropping out.");
        assertEquals(List.of("doc=open_you"), features);
        assertTrue(features.stream().noneMatch(f -> f.startsWith("doc=close")), features.toString());
    }

    @Test
    void greetingsSignOffsAndSignatureLinesFrameAMessage() {
        assertTrue(DocumentShapeFeatures.frames(tagged("Hi Sam,")));
        assertTrue(DocumentShapeFeatures.frames(tagged("Kind regards,")));
        assertTrue(DocumentShapeFeatures.frames(tagged("Dana Ruiz")));
        assertTrue(DocumentShapeFeatures.frames(tagged("Head of Partnerships, Fernhill Ltd")));
        assertFalse(DocumentShapeFeatures.frames(tagged("Sign the proposal by Friday.")));
        assertFalse(DocumentShapeFeatures.frames(tagged("We are proud of our people.")));
    }

    @Test
    void aPlainOpenNlpCallerGetsTheShapeOfItsTokensAsOneSentence() {
        List<String> features = new ArrayList<>(shape.extractFeatures(
                new String[] {"We", "ship", "today", "."}, Map.of()));
        assertEquals(List.of("doc=open_we"), features);
    }

    @Test
    void everyFeatureIsDescribed() {
        for (String feature : List.of("doc=close_ask", "doc=close_invite", "doc=open_we_close_ask", "doc=signed",
                "doc=open_you", "doc=close_question")) {
            String description = shape.describe(feature);
            assertNotNull(description, feature);
            assertFalse(description.contains("="), description);
        }
        assertEquals("in the close: 'friday'", shape.describe("doc=close:w=friday"));
        assertNull(shape.describe("w=sign"));
    }
}
