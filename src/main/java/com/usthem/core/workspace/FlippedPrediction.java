package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.corpus.Example;

/** An example the old and the new model give different verdicts, with both models' P(sales). */
public record FlippedPrediction(Example example, double oldSales, double newSales) {

    public Label oldPrediction() {
        return oldSales > 0.5 ? Label.SALES : Label.MARKETING;
    }

    public Label newPrediction() {
        return newSales > 0.5 ? Label.SALES : Label.MARKETING;
    }

    /** True when the new model now agrees with the example's label; false when it stopped agreeing. */
    public boolean fixed() {
        return newPrediction() == example.label();
    }
}
