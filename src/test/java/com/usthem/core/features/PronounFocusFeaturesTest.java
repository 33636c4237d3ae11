package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.usthem.core.features.FeatureTesting.assertDescribed;
import static com.usthem.core.features.FeatureTesting.assertNotDescribed;
import static com.usthem.core.features.FeatureTesting.count;
import static com.usthem.core.features.FeatureTesting.cueTexts;
import static com.usthem.core.features.FeatureTesting.features;
import static com.usthem.core.features.FeatureTesting.tagged;
import static com.usthem.core.features.FeatureTesting.untagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PronounFocusFeaturesTest {

    private static final CompanyVocabulary ACME = new CompanyVocabulary(List.of("Acme Cloud"));

    private final PronounFocusFeatures focus = new PronounFocusFeatures();

    @Test
    void weOnlySentence() {
        assertEquals(List.of("pf=we", "pf=focus_we_only", "pf=first_we"),
                features(focus, "We are the award-winning leader in cloud storage."));
    }

    @Test
    void youOnlySentence() {
        assertEquals(List.of("pf=you", "pf=focus_you_only", "pf=first_you"),
                features(focus, "Experience the freedom you deserve."));
    }

    @Test
    void bothWithFirstPronounRecorded() {
        // "We'll" is one token for the OpenNLP tokenizer; it is a we-word.
        assertEquals(List.of("pf=we", "pf=you", "pf=focus_both", "pf=first_we"),
                features(focus, "We'll set you up."));
        List<String> youFirst = features(focus, "Your team and our crew meet Monday.");
        assertTrue(youFirst.contains("pf=first_you"), youFirst.toString());
        assertTrue(youFirst.contains("pf=focus_both"), youFirst.toString());
    }

    @Test
    void noPronounsMeansFocusNoneAndNoFirst() {
        List<String> features = features(focus, "The rate is fixed.");
        assertEquals(List.of("pf=focus_none"), features);
    }

    @Test
    void everyPronounCounts() {
        List<String> features = features(focus, "If you approve today, you'll have the units next week.");
        assertEquals(2, count(features, "pf=you"));
    }

    @Test
    void multiWordCompanyNameCountsAsOneWeWord() {
        List<String> features = features(focus, "Acme Cloud keeps your files safe.", ACME);
        assertEquals(List.of("pf=company_name", "pf=you", "pf=focus_both", "pf=first_we"), features);

        List<String> withoutVocabulary = features(focus, "Acme Cloud keeps your files safe.");
        assertFalse(withoutVocabulary.contains("pf=company_name"));
        assertEquals(List.of("pf=you", "pf=focus_you_only", "pf=first_you"), withoutVocabulary);
    }

    @Test
    void partOfAMultiWordNameIsNotTheName() {
        List<String> features = features(focus, "The cloud keeps your files safe.", ACME);
        assertFalse(features.contains("pf=company_name"), features.toString());
    }

    @Test
    void vocabularyArrivesThroughExtraInformation() {
        SentenceAnalysis sentence = tagged("Acme Cloud is here.");
        Map<String, Object> extra = Map.of(
                SentenceFeatureGenerator.SENTENCES, List.of(sentence),
                SentenceFeatureGenerator.VOCABULARY, ACME);
        List<String> features = List.copyOf(focus.extractFeatures(sentence.tokens(), extra));
        assertEquals(List.of("pf=company_name", "pf=focus_we_only", "pf=first_we"), features);
    }

    @Test
    void cuesCoverTheWholeCompanyNameAndEachPronoun() {
        SentenceAnalysis sentence = tagged("Acme Cloud keeps your files safe.");
        assertEquals(List.of("Acme Cloud"), cueTexts(focus, sentence, ACME, CueKind.WE));
        assertEquals(List.of("your"), cueTexts(focus, sentence, ACME, CueKind.YOU));
        assertEquals(List.of("We'll"), cueTexts(focus, "We'll set you up.", CueKind.WE));
        assertEquals(List.of("you"), cueTexts(focus, "We'll set you up.", CueKind.YOU));
    }

    @Test
    void untaggedTokens() {
        assertEquals(List.of("pf=we", "pf=you", "pf=focus_both", "pf=first_we"),
                untagged(focus, "We", "will", "call", "you"));
        assertEquals(List.of("pf=focus_none"), untagged(focus, "Fast", "and", "simple"));
    }

    @Test
    void describesEveryFocusFeature() {
        assertDescribed(focus, features(focus, "Acme Cloud keeps your files safe.", ACME));
        assertDescribed(focus, features(focus, "We are the leader."));
        assertDescribed(focus, features(focus, "You deserve it."));
        assertDescribed(focus, features(focus, "The rate is fixed."));
        assertNotDescribed(focus, "w=we", "fut=we_will", "we");
    }
}
