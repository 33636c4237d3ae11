package com.usthem.core.train;

import com.usthem.core.Label;
import com.usthem.core.corpus.Example;

/** What a model said about one labeled example. */
public record Prediction(Example example, Label predicted, double sales) {

    public boolean correct() {
        return example.label() == predicted;
    }
}
