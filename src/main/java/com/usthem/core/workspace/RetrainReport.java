package com.usthem.core.workspace;

import com.usthem.core.model.LoadedModel;
import com.usthem.core.model.ModelMetadata;
import com.usthem.core.team.LabeledCopy;
import com.usthem.core.train.ConfusionMatrix;
import com.usthem.core.train.Evaluation;
import com.usthem.core.train.Metrics;

import java.util.List;

/**
 * What retraining produced, for the user to accept or discard: the candidate model, how it
 * compares with the model in use, and which examples it now reads differently.
 *
 * @param oldVersion      the version in use when retraining started ({@code default} for the shipped model)
 * @param oldMetadata     its metadata (null when it has none): its cross-validation was measured on the
 *                        corpus it was trained on
 * @param oldTest         the old model on the workspace's held-out test split (null when there is none)
 * @param candidate       the new model, not yet installed, with its metadata
 * @param crossValidation the new model's cross-validation on the current corpus (null when folds were 0)
 * @param newTest         the new model on the held-out test split (null when there is none)
 * @param flips           training examples whose verdict differs between the two models
 * @param disputed        copies left out of training and measuring because people label them differently
 * @param dataNotes       copies on several lines trained on once, and the disputes left out, with their lines
 * @param warnings        why the model in use is not the current one, if it had to fall back
 */
public record RetrainReport(String oldVersion, ModelMetadata oldMetadata, Metrics oldTest, LoadedModel candidate,
                            Evaluation crossValidation, Metrics newTest, List<FlippedPrediction> flips,
                            List<LabeledCopy> disputed, List<String> dataNotes, List<String> warnings) {

    public RetrainReport {
        flips = List.copyOf(flips);
        disputed = List.copyOf(disputed);
        dataNotes = List.copyOf(dataNotes);
        warnings = List.copyOf(warnings);
    }

    /** The old model's cross-validated metrics, as recorded when it was trained; null when unknown. */
    public Metrics oldCrossValidation() {
        return oldMetadata == null ? null : oldMetadata.crossValidation();
    }

    public Metrics newCrossValidation() {
        return crossValidation == null ? null : crossValidation.metrics();
    }

    /** The new model's confusion matrix: cross-validated, or on the test split when not cross-validated. */
    public ConfusionMatrix confusion() {
        if (crossValidation != null) {
            return crossValidation.metrics().confusion();
        }
        return newTest == null ? null : newTest.confusion();
    }

    public ModelMetadata candidateMetadata() {
        return candidate.metadata();
    }
}
