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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Explains a verdict by the features that pushed it, in plain words. Works for linear models
 * (maxent and perceptron), where a verdict is a sum of per-feature weights; for naive Bayes it
 * reports that it cannot explain.
 */
public final class Explainer {

    private static final Comparator<FeatureContribution> STRONGEST_FIRST =
            Comparator.comparingDouble((FeatureContribution c) -> -Math.abs(c.weight()));

    private final Map<String, Context> parameters;
    /** The model's weights in its own order, and each one's feature: what resolved features number. */
    private final Context[] numbered;
    private final String[] featureOf;
    /** Per thread, a count per numbered feature, kept at zero between calls. */
    private final ThreadLocal<int[]> counts;
    private final int marketingIndex;
    private final int salesIndex;
    private final List<FeatureDescriber> describers = new ArrayList<>();
    /**
     * The words and the distinction of each feature the model weighs: worked out from the feature's
     * name on first sight, then looked up, since batch scoring explains thousands of drafts made of
     * the same words.
     */
    private final Map<String, Described> described = new ConcurrentHashMap<>();

    private record Described(String description, Distinction distinction) {
    }

    @SuppressWarnings("unchecked")
    public Explainer(DoccatModel model) {
        MaxentModel maxent = model.getMaxentModel();
        boolean linear = maxent instanceof AbstractModel abstractModel
                && (abstractModel.getModelType() == AbstractModel.ModelType.Maxent
                || abstractModel.getModelType() == AbstractModel.ModelType.Perceptron);
        this.parameters = linear ? (Map<String, Context>) ((AbstractModel) maxent).getDataStructures()[1] : Map.of();
        this.numbered = linear ? (Context[]) ((AbstractModel) maxent).getDataStructures()[0] : new Context[0];
        Map<Context, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < numbered.length; i++) {
            position.put(numbered[i], i);
        }
        this.featureOf = new String[numbered.length];
        parameters.forEach((feature, context) -> featureOf[position.get(context)] = feature);
        this.counts = ThreadLocal.withInitial(() -> new int[numbered.length]);
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

    /**
     * Every feature of the list with its total pull, strongest first (features of equal pull in the
     * order they first appear).
     */
    public List<FeatureContribution> contributions(List<String> features) {
        if (features instanceof ResolvedFeatures resolved && resolved.numbers(numbered)) {
            return contributions(resolved);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String feature : features) {
            counts.merge(feature, 1, Integer::sum);
        }
        List<FeatureContribution> contributions = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            add(entry.getKey(), salesMinusMarketing(entry.getKey()), entry.getValue(), contributions);
        }
        contributions.sort(STRONGEST_FIRST);
        return contributions;
    }

    /**
     * {@link #contributions} of a scored text from the numbers of its features: features the model
     * does not know pull nothing, so counting the known ones by number, in order of first
     * appearance, gives the same list without hashing each feature of a long draft again.
     */
    private List<FeatureContribution> contributions(ResolvedFeatures features) {
        int[] count = counts.get();
        List<Integer> firstSeen = new ArrayList<>();
        List<FeatureContribution> contributions = new ArrayList<>();
        try {
            features.forEachKnown(index -> {
                if (count[index]++ == 0) {
                    firstSeen.add(index);
                }
            });
            for (int index : firstSeen) {
                add(featureOf[index], salesMinusMarketing(numbered[index]), count[index], contributions);
            }
        } finally {
            firstSeen.forEach(index -> count[index] = 0);
        }
        contributions.sort(STRONGEST_FIRST);
        return contributions;
    }

    private void add(String feature, double weight, int count, List<FeatureContribution> contributions) {
        if (weight != 0) {
            Described words = described.computeIfAbsent(feature, name -> new Described(describe(name), distinction(name)));
            contributions.add(new FeatureContribution(feature, words.description(), count, weight * count,
                    words.distinction()));
        }
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
        return salesMinusMarketing(parameters.get(feature));
    }

    private double salesMinusMarketing(Context context) {
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
