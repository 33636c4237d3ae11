package com.usthem.core.scoring;

import com.usthem.core.Distinction;
import com.usthem.core.corpus.Example;

import java.util.List;

/**
 * How often the distinction a profile calls strongest is the one the example's writer recorded
 * (its {@code axis}), and how often it is among the profile's first two: the measure of whether
 * the six-distinction explanations name what a piece is about.
 *
 * @param examples examples that record an axis
 * @param top1     share whose recorded axis is the profile's strongest distinction
 * @param top2     share whose recorded axis is among the profile's first two
 */
public record DistinctionAgreement(int examples, double top1, double top2) {

    public static DistinctionAgreement measure(ScoringEngine engine, List<Example> examples) {
        int counted = 0;
        int first = 0;
        int firstTwo = 0;
        for (Example example : examples) {
            Distinction recorded = Distinction.ofAxis(example.attribute("axis"));
            if (recorded == null) {
                continue;
            }
            counted++;
            List<Distinction> ranked = engine.score(example.text()).profile().ranked();
            first += ranked.get(0) == recorded ? 1 : 0;
            firstTwo += ranked.subList(0, 2).contains(recorded) ? 1 : 0;
        }
        if (counted == 0) {
            throw new IllegalArgumentException("no example records an axis (us-them, public-personal, ...)");
        }
        return new DistinctionAgreement(counted, (double) first / counted, (double) firstTwo / counted);
    }
}
