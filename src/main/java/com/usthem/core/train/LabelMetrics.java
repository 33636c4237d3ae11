package com.usthem.core.train;

/** Precision, recall and F1 for one label. */
public record LabelMetrics(double precision, double recall, double f1, int support) {
}
