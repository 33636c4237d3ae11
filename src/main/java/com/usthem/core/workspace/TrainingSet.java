package com.usthem.core.workspace;

import com.usthem.core.corpus.Example;
import com.usthem.core.corpus.RepeatedCopies;
import com.usthem.core.io.FileLine;
import com.usthem.core.team.LabeledCopy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What a model learns from and is measured on: each copy once, with the label the team gives it
 * (settled, agreed, or one person's). Disputed copy is left out of both until it is settled, so a
 * model never learns a label the team does not agree on.
 *
 * @param training the copies to train on
 * @param test     the copies of the held-out test split (empty when the workspace has none)
 * @param disputed the copies left out
 * @param notes    what to tell about copies on several lines (used once) and disputes (left out),
 *                 with their files and lines, in the words used for any data trained on or imported
 */
public record TrainingSet(List<Example> training, List<Example> test, List<LabeledCopy> disputed,
                          List<String> notes) {

    public TrainingSet {
        notes = List.copyOf(notes);
    }

    /** Examples read from files of one label per copy, with nothing to tell about them. */
    public TrainingSet(List<Example> training, List<Example> test, List<LabeledCopy> disputed) {
        this(training, test, disputed, List.of());
    }

    /** @param originOf the file and line of each line of the copies */
    public static TrainingSet of(List<LabeledCopy> copies, Function<Example, FileLine> originOf) {
        List<Example> training = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        List<FileLine> repeats = new ArrayList<>();
        List<RepeatedCopies.Conflict> conflicts = new ArrayList<>();
        for (LabeledCopy copy : copies) {
            copy.resolved().ifPresent(example -> (copy.heldOut() ? test : training).add(example));
            List<Example> labels = copy.labels();
            if (copy.label().isEmpty()) {
                conflicts.add(new RepeatedCopies.Conflict(copy.text(), labels.stream().map(originOf).toList(),
                        labels.stream().map(Example::label).toList()));
            } else if (labels.stream().allMatch(line -> line.label() == labels.get(0).label())) {
                labels.stream().skip(1).map(originOf).forEach(repeats::add);
            }
        }
        repeats.sort(Comparator.comparing(FileLine::file).thenComparingInt(FileLine::line));
        return new TrainingSet(List.copyOf(training), List.copyOf(test),
                copies.stream().filter(copy -> copy.label().isEmpty()).toList(),
                RepeatedCopies.report(repeats, conflicts));
    }
}
