package com.usthem.core.train;

import com.usthem.core.Label;
import com.usthem.core.corpus.Example;

/** A trained learner: the probability that a text is sales. */
@FunctionalInterface
public interface Predictor {

    double sales(String text);

    default Prediction predict(Example example) {
        double sales = sales(example.text());
        return new Prediction(example, sales > 0.5 ? Label.SALES : Label.MARKETING, sales);
    }
}
