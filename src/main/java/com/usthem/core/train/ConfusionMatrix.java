package com.usthem.core.train;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.usthem.core.Label;

/** Counts of (actual, predicted) label pairs. */
public final class ConfusionMatrix {

    private final int[][] counts;

    public ConfusionMatrix() {
        this(new int[Label.values().length][Label.values().length]);
    }

    @JsonCreator
    public ConfusionMatrix(@JsonProperty("counts") int[][] counts) {
        this.counts = new int[Label.values().length][];
        for (int i = 0; i < counts.length; i++) {
            this.counts[i] = counts[i].clone();
        }
    }

    public void add(Label actual, Label predicted) {
        counts[actual.ordinal()][predicted.ordinal()]++;
    }

    public int count(Label actual, Label predicted) {
        return counts[actual.ordinal()][predicted.ordinal()];
    }

    /** Rows are actual labels, columns predicted, both in {@link Label} order. */
    @JsonProperty("counts")
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }

    public int correct() {
        int correct = 0;
        for (int i = 0; i < counts.length; i++) {
            correct += counts[i][i];
        }
        return correct;
    }

    public ConfusionMatrix plus(ConfusionMatrix other) {
        ConfusionMatrix sum = new ConfusionMatrix(counts);
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                sum.counts[i][j] += other.counts[i][j];
            }
        }
        return sum;
    }
}
