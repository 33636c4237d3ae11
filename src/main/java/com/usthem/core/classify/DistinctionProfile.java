package com.usthem.core.classify;

import com.usthem.core.Distinction;
import com.usthem.core.Label;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A verdict explained in the article's six distinctions. Each distinction's lean is the sum of the
 * model's weights of the features that show it (its log-odds toward sales; negative leans toward
 * marketing), and the words no distinction claims are "wording": together they add up exactly to
 * the verdict's log-odds. Which distinction a piece is mainly about is a separate question, asked
 * of a model trained on the corpus's recorded axes when the verdict model carries one
 * ({@link AxisModel}); without it the distinction with the largest lean is taken.
 *
 * @param leans     the six distinctions in the article's order
 * @param wording   the log-odds of the features that show no distinction
 * @param strongest the distinction the piece is mainly about
 */
public record DistinctionProfile(List<Lean> leans, double wording, Distinction strongest) {

    /** How many of a distinction's strongest features are shown as its cues. */
    public static final int CUES = 3;

    /**
     * One distinction's part of the verdict.
     *
     * @param logOdds   the summed log-odds of its features: positive toward sales
     * @param cues      its strongest features, strongest first, at most {@link #CUES}
     * @param relevance how much the piece is about this distinction, 0..1, from the axis model; NaN
     *                  when the model has none
     */
    public record Lean(Distinction distinction, double logOdds, List<FeatureContribution> cues, double relevance) {

        public Label side() {
            return logOdds > 0 ? Label.SALES : Label.MARKETING;
        }
    }

    public DistinctionProfile {
        leans = List.copyOf(leans);
    }

    /** The profile of a list of contributions (as the explainer gives them, strongest first). */
    public static DistinctionProfile of(List<FeatureContribution> contributions, Map<Distinction, Double> relevance) {
        Map<Distinction, Double> sums = new EnumMap<>(Distinction.class);
        Map<Distinction, List<FeatureContribution>> cues = new EnumMap<>(Distinction.class);
        double wording = 0;
        for (FeatureContribution contribution : contributions) {
            Distinction distinction = contribution.distinction();
            if (distinction == null) {
                wording += contribution.weight();
            } else {
                sums.merge(distinction, contribution.weight(), Double::sum);
                List<FeatureContribution> list = cues.computeIfAbsent(distinction, d -> new ArrayList<>());
                if (list.size() < CUES) {
                    list.add(contribution);
                }
            }
        }
        List<Lean> leans = new ArrayList<>();
        for (Distinction distinction : Distinction.values()) {
            leans.add(new Lean(distinction, sums.getOrDefault(distinction, 0.0), cues.getOrDefault(distinction,
                    List.of()), relevance == null ? Double.NaN : relevance.getOrDefault(distinction, 0.0)));
        }
        Comparator<Lean> order = relevance == null ? Comparator.comparingDouble(l -> Math.abs(l.logOdds()))
                : Comparator.comparingDouble(Lean::relevance);
        return new DistinctionProfile(leans, wording, leans.stream().max(order).orElseThrow().distinction());
    }

    /** The lean of one distinction. */
    public Lean lean(Distinction distinction) {
        return leans.get(distinction.ordinal());
    }

    /** The verdict's log-odds: the six leans and the wording together. */
    public double logOdds() {
        return wording + leans.stream().mapToDouble(Lean::logOdds).sum();
    }

    /** The distinctions ranked by how much the piece is about them (or by the size of their lean). */
    public List<Distinction> ranked() {
        Comparator<Lean> order = Double.isNaN(leans.get(0).relevance())
                ? Comparator.comparingDouble(l -> -Math.abs(l.logOdds()))
                : Comparator.comparingDouble(l -> -l.relevance());
        return leans.stream().sorted(order).map(Lean::distinction).toList();
    }
}
