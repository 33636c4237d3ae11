package com.usthem.core.classify;

import com.usthem.core.Distinction;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the six distinctions a piece is mainly about: a maxent model over the same features as
 * the verdict, trained on the corpus's recorded {@code axis}. It travels inside the verdict model's
 * file as one more OpenNLP artifact, so a model stays one file that stock OpenNLP loads (it ignores
 * the extra entry) and a retrained model always carries the axis model of its own corpus.
 */
public final class AxisModel {

    /** The artifact's name inside the model file; ".model" makes OpenNLP read it as a maxent model. */
    static final String ARTIFACT = "usthem-axes.model";

    private final Map<String, Context> weights;
    private final Distinction[] outcomes;
    /** The verdict model's weights, and for each of its features this model's weights (null if none). */
    private final Context[] verdictWeights;
    private final Context[] byVerdictNumber;

    @SuppressWarnings("unchecked")
    private AxisModel(AbstractModel model, AbstractModel verdict) {
        this.weights = (Map<String, Context>) model.getDataStructures()[1];
        this.outcomes = new Distinction[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = Distinction.ofAxis(model.getOutcome(i));
        }
        Context[] numbered = (Context[]) verdict.getDataStructures()[0];
        Map<String, Context> verdictByFeature = (Map<String, Context>) verdict.getDataStructures()[1];
        Map<Context, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < numbered.length; i++) {
            position.put(numbered[i], i);
        }
        Context[] mine = new Context[numbered.length];
        verdictByFeature.forEach((feature, context) -> mine[position.get(context)] = weights.get(feature));
        // Trained together, every feature of this model is one of the verdict's (its examples are some
        // of the verdict's, with the same cutoff); if not, features are looked up by name.
        boolean covered = verdictByFeature.keySet().containsAll(weights.keySet());
        this.verdictWeights = covered ? numbered : null;
        this.byVerdictNumber = covered ? mine : null;
    }

    /** The axis model a verdict model carries, or null (the first release's models carry none). */
    public static AxisModel of(DoccatModel verdict) {
        Object artifact = verdict.getArtifact(ARTIFACT);
        return artifact instanceof AbstractModel maxent && verdict.getMaxentModel() instanceof AbstractModel model
                ? new AxisModel(maxent, model) : null;
    }

    /** A verdict model that carries an axis model trained on the same features. */
    public static DoccatModel combine(MaxentModel verdict, Map<String, String> manifest, DoccatFactory factory,
                                      MaxentModel axes) {
        return new WithAxes(verdict, manifest, factory, axes);
    }

    /**
     * For each distinction, how much the text whose features these are is about it (they add up to
     * 1). The sums are exponentiated after subtracting the largest, so a long text cannot overflow
     * them as it can OpenNLP's own evaluation.
     */
    public Map<Distinction, Double> relevance(List<String> features) {
        double[] sums = new double[outcomes.length];
        if (features instanceof ResolvedFeatures resolved && resolved.numbers(verdictWeights)) {
            // A scored text's features by the verdict's numbers: the same sums, in the same order.
            resolved.forEachKnown(index -> add(byVerdictNumber[index], sums));
        } else {
            for (String feature : features) {
                add(weights.get(feature), sums);
            }
        }
        double max = java.util.Arrays.stream(sums).max().orElse(0);
        double total = 0;
        for (int i = 0; i < sums.length; i++) {
            sums[i] = Math.exp(sums[i] - max);
            total += sums[i];
        }
        Map<Distinction, Double> relevance = new EnumMap<>(Distinction.class);
        for (int i = 0; i < sums.length; i++) {
            if (outcomes[i] != null) {
                relevance.put(outcomes[i], sums[i] / total);
            }
        }
        return relevance;
    }

    private static void add(Context context, double[] sums) {
        if (context != null) {
            int[] outcomeIndices = context.getOutcomes();
            double[] parameters = context.getParameters();
            for (int k = 0; k < outcomeIndices.length; k++) {
                sums[outcomeIndices[k]] += parameters[k];
            }
        }
    }

    private static final class WithAxes extends DoccatModel {
        private static final long serialVersionUID = 1L;

        WithAxes(MaxentModel verdict, Map<String, String> manifest, DoccatFactory factory, MaxentModel axes) {
            super("en", verdict, manifest, factory);
            artifactMap.put(ARTIFACT, axes);
        }
    }
}
