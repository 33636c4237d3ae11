package com.usthem.core.classify;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.EvalParameters;
import opennlp.tools.ml.model.MaxentModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates features against a model. Features are first resolved to the model's parameter
 * indices (once per sentence, then cached by the classifier), so rescoring a long draft adds up
 * numbers instead of hashing tens of thousands of feature strings. For maxent models the sums go
 * through OpenNLP's own {@link GISModel#eval(int[], double[], EvalParameters)} in the same order as
 * {@link MaxentModel#eval(String[])}, so the probabilities are bit-for-bit those of the reference
 * path; other learners are evaluated by OpenNLP from the feature strings.
 */
final class ModelEvaluation {

    private final MaxentModel model;
    private final Map<String, Integer> indexOf;
    private final EvalParameters parameters;
    private final double uniformLogPrior;

    @SuppressWarnings("unchecked")
    ModelEvaluation(MaxentModel model) {
        this.model = model;
        if (model instanceof GISModel gis) {
            Object[] data = gis.getDataStructures();
            Context[] params = (Context[]) data[0];
            Map<String, Context> byFeature = (Map<String, Context>) data[1];
            Map<Context, Integer> position = new IdentityHashMap<>();
            for (int i = 0; i < params.length; i++) {
                position.put(params[i], i);
            }
            Map<String, Integer> indices = new HashMap<>(byFeature.size() * 2);
            byFeature.forEach((feature, context) -> indices.put(feature, position.get(context)));
            this.indexOf = indices;
            this.parameters = new EvalParameters(params, model.getNumOutcomes());
            // GIS models read from a file use a uniform prior: every outcome starts at log(1/n).
            this.uniformLogPrior = StrictMath.log(1.0 / model.getNumOutcomes());
        } else {
            this.indexOf = null;
            this.parameters = null;
            this.uniformLogPrior = 0;
        }
    }

    /** The model's weights, which resolved features' numbers index; null for learners other than maxent. */
    Context[] parameters() {
        return parameters == null ? null : parameters.getParams();
    }

    /** Features resolved for {@link #eval}: model indices of the known features (unknown ones add nothing). */
    record Resolved(String[] features, int[] indices) {
    }

    Resolved resolve(String[] features) {
        if (indexOf == null) {
            return new Resolved(features, null);
        }
        int[] indices = new int[features.length];
        int known = 0;
        for (String feature : features) {
            Integer index = indexOf.get(feature);
            if (index != null) {
                indices[known++] = index;
            }
        }
        return new Resolved(features, Arrays.copyOf(indices, known));
    }

    /** Probabilities of the outcomes for the concatenation of {@code parts}, in order. */
    double[] eval(List<Resolved> parts) {
        if (indexOf == null) {
            List<String> all = new ArrayList<>();
            for (Resolved part : parts) {
                all.addAll(List.of(part.features()));
            }
            return model.eval(all.toArray(String[]::new));
        }
        int length = 0;
        for (Resolved part : parts) {
            length += part.indices().length;
        }
        int[] all = new int[length];
        int at = 0;
        for (Resolved part : parts) {
            System.arraycopy(part.indices(), 0, all, at, part.indices().length);
            at += part.indices().length;
        }
        double[] prior = new double[model.getNumOutcomes()];
        Arrays.fill(prior, uniformLogPrior);
        return GISModel.eval(all, prior, parameters);
    }
}
