package com.usthem.core.features;

import com.usthem.core.Distinction;

/**
 * Puts a feature family's features into plain words, and into the distinction they show, for the
 * people reading a verdict.
 */
public interface FeatureDescriber {

    /** A plain-words explanation of one of this family's features, or null if it is not one of them. */
    String describe(String feature);

    /**
     * Which of the six distinctions one of this family's features shows, or null when it is not one
     * of the family's or shows none of them (it is then "wording").
     */
    Distinction distinction(String feature);
}
