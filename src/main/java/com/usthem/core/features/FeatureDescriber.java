package com.usthem.core.features;

/** Puts a feature family's features into plain words for the people reading a verdict. */
public interface FeatureDescriber {

    /** A plain-words explanation of one of this family's features, or null if it is not one of them. */
    String describe(String feature);
}
