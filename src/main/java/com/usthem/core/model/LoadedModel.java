package com.usthem.core.model;

import com.usthem.core.classify.Classifier;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.text.TextAnalyzer;
import opennlp.tools.doccat.DoccatModel;

/** A model in memory with where it came from and its metadata (null when it has none). */
public record LoadedModel(String origin, DoccatModel model, ModelMetadata metadata) {

    /** The company names the model was trained with: its features only mean what they meant then. */
    public CompanyVocabulary vocabulary() {
        return metadata == null ? CompanyVocabulary.EMPTY : new CompanyVocabulary(metadata.vocabulary());
    }

    public Classifier classifier(TextAnalyzer analyzer) {
        return new Classifier(model, vocabulary(), analyzer);
    }
}
