package com.usthem.core.model;

import opennlp.tools.doccat.DoccatModel;

/** A model in memory with where it came from and its metadata (null when it has none). */
public record LoadedModel(String origin, DoccatModel model, ModelMetadata metadata) {
}
