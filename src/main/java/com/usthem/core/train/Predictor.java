package com.usthem.core.train;

import com.usthem.core.corpus.Example;

/** A trained learner: the probability that a text is sales. */
@FunctionalInterface
public interface Predictor {

    double sales(String text);

    default Prediction predict(Example example) {
        return Prediction.of(example, sales(example.text()));
    }
}
