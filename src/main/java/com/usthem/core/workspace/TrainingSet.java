package com.usthem.core.workspace;

import com.usthem.core.corpus.Example;
import com.usthem.core.team.LabeledCopy;

import java.util.ArrayList;
import java.util.List;

/**
 * What a model learns from and is measured on: each copy once, with the label the team gives it
 * (settled, agreed, or one person's). Disputed copy is left out of both until it is settled, so a
 * model never learns a label the team does not agree on.
 *
 * @param training the copies to train on
 * @param test     the copies of the held-out test split (empty when the workspace has none)
 * @param disputed the copies left out
 */
public record TrainingSet(List<Example> training, List<Example> test, List<LabeledCopy> disputed) {

    public static TrainingSet of(List<LabeledCopy> copies) {
        List<Example> training = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        for (LabeledCopy copy : copies) {
            copy.resolved().ifPresent(example -> (copy.heldOut() ? test : training).add(example));
        }
        return new TrainingSet(List.copyOf(training), List.copyOf(test),
                copies.stream().filter(copy -> copy.label().isEmpty()).toList());
    }
}
