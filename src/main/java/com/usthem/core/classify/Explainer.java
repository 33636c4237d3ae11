package com.usthem.core.classify;

import com.usthem.core.Distinction;
import com.usthem.core.Label;
import com.usthem.core.features.FeatureDescriber;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Explains a verdict by the features that pushed it, in plain words. Works for linear models
 * (maxent and perceptron), where a verdict is a sum of per-feature weights; for naive Bayes it
 * reports that it cannot explain.
 */
public final class Explainer {

    private final Map<String, Context> parameters;
    private final int marketingIndex;
    private final int salesIndex;
    private final List<FeatureDescriber> describers = new ArrayList<>();

    @SuppressWarnings("unchecked")
    public Explainer(DoccatModel model) {
        MaxentModel maxent = model.getMaxentModel();
        boolean linear = maxent instanceof AbstractModel abstractModel
                && (abstractModel.getModelType() == AbstractModel.ModelType.Maxent
                || abstractModel.getModelType() == AbstractModel.ModelType.Perceptron);
        this.parameters = linear ? (Map<String, Context>) ((AbstractModel) maxent).getDataStructures()[1] : Map.of();
        this.marketingIndex = maxent.getIndex(Label.MARKETING.id());
        this.salesIndex = maxent.getIndex(Label.SALES.id());
        for (FeatureGenerator generator : model.getFactory().getFeatureGenerators()) {
            if (generator instanceof FeatureDescriber describer) {
                describers.add(describer);
            }
        }
    }

    /** Whether this model's verdicts can be broken down into feature weights. */
    public boolean canExplain() {
        return !parameters.isEmpty();
    }

    /** Every feature of the list with its total pull, strongest first. */
    public List<FeatureContribution> contributions(List<String> features) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String feature : features) {
            counts.merge(feature, 1, Integer::sum);
        }
        List<FeatureContribution> contributions = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            double weight = salesMinusMarketing(entry.getKey());
            if (weight != 0) {
                contributions.add(new FeatureContribution(entry.getKey(), describe(entry.getKey()), entry.getValue(),
                        weight * entry.getValue(), distinction(entry.getKey())));
            }
        }
        contributions.sort(Comparator.comparingDouble((FeatureContribution c) -> -Math.abs(c.weight())));
        return contributions;
    }

    /** The model's log-odds of sales over marketing for a list of features (0 when it cannot explain). */
    public double logOdds(List<String> features) {
        double sum = 0;
        for (String feature : features) {
            sum += salesMinusMarketing(feature);
        }
        return sum;
    }

    private double salesMinusMarketing(String feature) {
        Context context = parameters.get(feature);
        if (context == null) {
            return 0;
        }
        double sales = 0;
        double marketing = 0;
        int[] outcomes = context.getOutcomes();
        double[] weights = context.getParameters();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == salesIndex) {
                sales = weights[i];
            } else if (outcomes[i] == marketingIndex) {
                marketing = weights[i];
            }
        }
        return sales - marketing;
    }

    private Distinction distinction(String feature) {
        for (FeatureDescriber describer : describers) {
            Distinction distinction = describer.distinction(feature);
            if (distinction != null) {
                return distinction;
            }
        }
        return null;
    }

    private String describe(String feature) {
        for (FeatureDescriber describer : describers) {
            String description = describer.describe(feature);
            if (description != null) {
                return description;
            }
        }
        String bagOfWords = feature.startsWith("bow=") ? "'" + feature.substring(4) + "'" : null;
        return bagOfWords != null ? bagOfWords : feature;
    }
}
