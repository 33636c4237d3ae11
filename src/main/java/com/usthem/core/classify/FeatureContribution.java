package com.usthem.core.classify;

import com.usthem.core.Distinction;
import com.usthem.core.Label;

/**
 * How much one feature pushed a verdict: {@code weight} is its count times the difference of its
 * sales and marketing weights in the model, so positive pulls toward sales, negative toward
 * marketing, and contributions add up to the log-odds the model computed. {@code distinction} is
 * which of the six distinctions the feature shows, or null for plain wording.
 */
public record FeatureContribution(String feature, String description, int count, double weight,
                                  Distinction distinction) {

    public Label side() {
        return weight > 0 ? Label.SALES : Label.MARKETING;
    }

    /** "'you' ×4 → sales". */
    public String plainWords() {
        return description + (count > 1 ? " \u00d7" + count : "") + " \u2192 " + side().id();
    }
}
