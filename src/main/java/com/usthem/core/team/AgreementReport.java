package com.usthem.core.team;

import com.usthem.core.Label;
import com.usthem.core.corpus.Example;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Whether the team agrees on its labeling rules, from the copy two or more people labeled: each
 * pair of people's agreement and kappa, the distinctions they disagree on most, and the disputed
 * copy. For the team view, {@code usthem agreement} and a report for a team meeting.
 *
 * @param labelsByPerson how many copies each person labeled, by name
 * @param shared         how many copies two or more people labeled
 * @param pairs          every pair of people who labeled the same copy, by name
 * @param axes           up to {@value #AXES_SHOWN} distinctions, the most disagreed on first
 * @param disputed       copies people label differently: open ones first, then settled ones
 */
public record AgreementReport(Map<String, Integer> labelsByPerson, int shared, List<PairAgreement> pairs,
                              List<AxisDisagreement> axes, List<LabeledCopy> disputed) {

    public static final int AXES_SHOWN = 6;

    public AgreementReport {
        labelsByPerson = Map.copyOf(labelsByPerson);
        pairs = List.copyOf(pairs);
        axes = List.copyOf(axes);
        disputed = List.copyOf(disputed);
    }

    public static AgreementReport of(List<LabeledCopy> copies) {
        Map<String, Integer> labelsByPerson = new TreeMap<>();
        Map<List<String>, int[][]> pairCounts = new TreeMap<>(Comparator.comparing((List<String> p) -> p.get(0))
                .thenComparing(p -> p.get(1)));
        Map<String, int[]> axisCounts = new TreeMap<>();
        int shared = 0;
        for (LabeledCopy copy : copies) {
            Map<String, Example> byPerson = copy.byPerson();
            byPerson.keySet().forEach(name -> labelsByPerson.merge(name, 1, Integer::sum));
            if (byPerson.size() < 2) {
                continue;
            }
            shared++;
            int[] axis = axisCounts.computeIfAbsent(axisOf(copy), k -> new int[2]);
            axis[0]++;
            axis[1] += copy.contested() ? 1 : 0;
            List<String> names = new ArrayList<>(new TreeSet<>(byPerson.keySet()));
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    Label first = byPerson.get(names.get(i)).label();
                    Label second = byPerson.get(names.get(j)).label();
                    pairCounts.computeIfAbsent(List.of(names.get(i), names.get(j)),
                            k -> new int[Label.values().length][Label.values().length])[first.ordinal()][second.ordinal()]++;
                }
            }
        }
        List<PairAgreement> pairs = new ArrayList<>();
        pairCounts.forEach((names, counts) -> pairs.add(new PairAgreement(names.get(0), names.get(1), counts)));
        List<AxisDisagreement> axes = axisCounts.entrySet().stream()
                .map(e -> new AxisDisagreement(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .filter(axis -> axis.contested() > 0)
                .sorted(Comparator.comparingDouble(AxisDisagreement::share).reversed()
                        .thenComparing(Comparator.comparingInt(AxisDisagreement::contested).reversed()))
                .limit(AXES_SHOWN)
                .toList();
        List<LabeledCopy> disputed = copies.stream().filter(LabeledCopy::contested)
                .sorted(Comparator.comparing(copy -> copy.state() != LabeledCopy.State.DISPUTED))
                .toList();
        return new AgreementReport(labelsByPerson, shared, pairs, axes, disputed);
    }

    /** "4 copies labeled by two or more people; 2 disputed (1 still open)". */
    public String summary() {
        return String.format(Locale.ROOT, "%d %s labeled by two or more people; %d disputed (%d still open)", shared,
                shared == 1 ? "copy" : "copies", disputed.size(), open());
    }

    /** How many of the disputed copies still wait to be settled. */
    public long open() {
        return disputed.stream().filter(copy -> copy.state() == LabeledCopy.State.DISPUTED).count();
    }

    private static String axisOf(LabeledCopy copy) {
        return copy.lines().stream().map(line -> line.attribute("axis")).filter(Objects::nonNull).findFirst()
                .orElse(AxisDisagreement.NO_AXIS);
    }
}
