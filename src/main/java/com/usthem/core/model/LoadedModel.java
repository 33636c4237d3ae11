package com.usthem.core.model;

import com.usthem.core.features.CompanyVocabulary;
import opennlp.tools.doccat.DoccatModel;

/** A model in memory with where it came from and its metadata (null when it has none). */
public record LoadedModel(String origin, DoccatModel model, ModelMetadata metadata) {

    /** The company names the model was trained with; they must be used when scoring with it. */
    public CompanyVocabulary vocabulary() {
        return metadata == null ? CompanyVocabulary.EMPTY : new CompanyVocabulary(metadata.vocabulary());
    }
}
