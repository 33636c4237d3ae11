package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;
import com.usthem.core.text.TextAnalyzer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared helpers for the feature-family tests: real OpenNLP analyses, the untagged path, cue texts. */
final class FeatureTesting {

    /** One analyzer for all feature tests: the OpenNLP models load once. */
    static final TextAnalyzer ANALYZER = new TextAnalyzer();

    private FeatureTesting() {
    }

    /** The sentence as the app sees it: tokenized and tagged by OpenNLP. */
    static SentenceAnalysis tagged(String sentence) {
        SentenceAnalysis analysis = ANALYZER.analyzeSentence(sentence);
        assertTrue(analysis.tagged(), "TextAnalyzer should tag: " + sentence);
        return analysis;
    }

    static List<String> features(SentenceFeatureGenerator generator, String sentence) {
        return features(generator, sentence, CompanyVocabulary.EMPTY);
    }

    static List<String> features(SentenceFeatureGenerator generator, String sentence, CompanyVocabulary vocabulary) {
        List<String> features = new ArrayList<>();
        generator.extract(tagged(sentence), vocabulary, features);
        return features;
    }

    /** The path a plain OpenNLP caller takes: bare tokens, no tags, no sentences in the extra information. */
    static List<String> untagged(SentenceFeatureGenerator generator, String... tokens) {
        return new ArrayList<>(generator.extractFeatures(tokens, Map.of()));
    }

    /** Cue texts of one kind, after checking every cue is a valid, non-empty span of the sentence. */
    static List<String> cueTexts(CueFinder finder, SentenceAnalysis sentence, CompanyVocabulary vocabulary,
                                 CueKind kind) {
        List<Cue> cues = new ArrayList<>();
        finder.findCues(sentence, vocabulary, cues);
        List<String> texts = new ArrayList<>();
        for (Cue cue : cues) {
            assertValidSpan(sentence, cue);
            if (cue.kind() == kind) {
                texts.add(sentence.text().substring(cue.start(), cue.end()));
            }
        }
        return texts;
    }

    static List<String> cueTexts(CueFinder finder, String sentence, CueKind kind) {
        return cueTexts(finder, tagged(sentence), CompanyVocabulary.EMPTY, kind);
    }

    static void assertValidSpan(SentenceAnalysis sentence, Cue cue) {
        assertTrue(cue.start() >= 0 && cue.start() < cue.end() && cue.end() <= sentence.text().length(),
                "cue " + cue + " is not a span of '" + sentence.text() + "'");
        String text = sentence.text().substring(cue.start(), cue.end());
        assertEquals(text.strip(), text, "cue " + cue + " starts or ends with white space");
    }

    /**
     * Every emitted feature has a plain-words description: not null, not blank, and not just the
     * feature name or its raw suffix handed back.
     */
    static void assertDescribed(SentenceFeatureGenerator generator, Collection<String> features) {
        assertFalse(features.isEmpty(), "nothing to describe");
        for (String feature : features) {
            String description = generator.describe(feature);
            assertNotNull(description, "no description for " + feature);
            assertFalse(description.isBlank(), "blank description for " + feature);
            assertNotEquals(feature, description, "description repeats the feature name");
            assertNotEquals(feature.substring(feature.indexOf('=') + 1), description,
                    "description of " + feature + " is just its raw name");
            assertFalse(description.contains("="), "description '" + description + "' leaks the feature prefix");
        }
    }

    /** A generator only describes its own family. */
    static void assertNotDescribed(SentenceFeatureGenerator generator, String... foreignFeatures) {
        for (String feature : foreignFeatures) {
            assertNull(generator.describe(feature), feature + " belongs to another family");
        }
    }

    static long count(List<String> features, String feature) {
        return features.stream().filter(feature::equals).count();
    }
}
