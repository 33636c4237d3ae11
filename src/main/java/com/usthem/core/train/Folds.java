package com.usthem.core.train;

import com.usthem.core.Label;
import com.usthem.core.corpus.Example;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * How examples are dealt into folds for cross-validation: at random, stratified by label, or one
 * fold per group of a field (leave-one-group-out), which tests the model on a kind of copy it has
 * never seen: a channel, an industry, a source.
 */
public sealed interface Folds {

    /** The folds' names, in fold order. */
    List<String> names(List<Example> examples);

    /** For each example, the index of the fold that holds it out. */
    int[] assign(List<Example> examples);

    /** k folds, each label's examples shuffled with {@code seed} and dealt round-robin. */
    record Stratified(int k, long seed) implements Folds {

        public Stratified {
            if (k < 2) {
                throw new IllegalArgumentException("cross-validation needs at least 2 folds");
            }
        }

        @Override
        public List<String> names(List<Example> examples) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= k; i++) {
                names.add("fold " + i);
            }
            return names;
        }

        @Override
        public int[] assign(List<Example> examples) {
            if (examples.size() < k) {
                throw new IllegalArgumentException("cannot make " + k + " folds from " + examples.size() + " examples");
            }
            int[] foldOf = new int[examples.size()];
            Random random = new Random(seed);
            for (Label label : Label.values()) {
                List<Integer> indices = new ArrayList<>();
                for (int i = 0; i < examples.size(); i++) {
                    if (examples.get(i).label() == label) {
                        indices.add(i);
                    }
                }
                indices.sort(Comparator.comparing(i -> examples.get(i).id()));
                Collections.shuffle(indices, random);
                for (int j = 0; j < indices.size(); j++) {
                    foldOf[indices.get(j)] = j % k;
                }
            }
            return foldOf;
        }
    }

    /** One fold per value of {@code field} (examples without it form the group "(none)"). */
    record ByGroup(String field) implements Folds {

        static final String NONE = "(none)";

        @Override
        public List<String> names(List<Example> examples) {
            TreeMap<String, Boolean> groups = new TreeMap<>();
            examples.forEach(e -> groups.put(group(e), true));
            if (groups.size() < 2) {
                throw new IllegalArgumentException("leave-one-group-out needs at least 2 values of '" + field
                        + "'; the data has " + (groups.isEmpty() ? "none" : "only " + groups.firstKey()));
            }
            return List.copyOf(groups.keySet());
        }

        @Override
        public int[] assign(List<Example> examples) {
            List<String> names = names(examples);
            int[] foldOf = new int[examples.size()];
            for (int i = 0; i < examples.size(); i++) {
                foldOf[i] = names.indexOf(group(examples.get(i)));
            }
            return foldOf;
        }

        private String group(Example example) {
            String value = field.equals("source") ? example.source() : example.attribute(field);
            return value == null || value.isBlank() ? NONE : value;
        }
    }
}
