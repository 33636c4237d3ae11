package com.usthem.core.train;

import com.usthem.core.Label;
import com.usthem.core.corpus.Example;

/** What a model said about one labeled example. */
public record Prediction(Example example, Label predicted, double sales) {

    /** The prediction of a model that gives the example this probability of sales. */
    public static Prediction of(Example example, double sales) {
        return new Prediction(example, sales > 0.5 ? Label.SALES : Label.MARKETING, sales);
    }

    public boolean correct() {
        return example.label() == predicted;
    }
}
