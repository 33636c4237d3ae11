package com.usthem.core.classify;

import com.usthem.core.text.TextAnalyzer;
import opennlp.tools.doccat.DoccatModel;

import java.util.Map;

/**
 * Whether a model's features were read with part-of-speech tags. A model must be scored from the
 * same analysis it was trained on, so the model records it in its manifest; models without the
 * entry (the first release's) were trained with tags.
 */
public final class PartOfSpeechTags {

    static final String MANIFEST_PROPERTY = "usthem-pos-tags";

    private PartOfSpeechTags() {
    }

    /** Records in a model's manifest entries whether it was trained with tags. */
    public static void record(Map<String, String> manifest, boolean tagged) {
        manifest.put(MANIFEST_PROPERTY, String.valueOf(tagged));
    }

    /** The analyzer that reads text as {@code model} was trained to read it. */
    public static TextAnalyzer analyzerFor(DoccatModel model, TextAnalyzer analyzer) {
        return "false".equals(model.getManifestProperty(MANIFEST_PROPERTY)) ? analyzer.withoutTags() : analyzer;
    }
}
