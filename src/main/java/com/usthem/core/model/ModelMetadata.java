package com.usthem.core.model;

import com.usthem.core.Label;
import com.usthem.core.train.Metrics;
import com.usthem.core.train.TrainerSettings;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What is known about a model, saved as JSON beside its {@code .bin}: when and how it was trained,
 * on what (example counts and corpus hash), how well it did (cross-validated, and on the held-out
 * test split when measured), and the company vocabulary it was trained with.
 */
public record ModelMetadata(Instant created, TrainerSettings trainer, int examples,
                            Map<Label, Integer> examplesPerLabel, String corpusHash, Integer folds,
                            Metrics crossValidation, Metrics test, List<String> vocabulary) {

    public ModelMetadata {
        vocabulary = vocabulary == null ? List.of() : List.copyOf(vocabulary);
        examplesPerLabel = examplesPerLabel == null || examplesPerLabel.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(examplesPerLabel));
    }

    public ModelMetadata withTest(Metrics testMetrics) {
        return new ModelMetadata(created, trainer, examples, examplesPerLabel, corpusHash, folds, crossValidation,
                testMetrics, vocabulary);
    }
}
