package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of short phrases found in a sentence's lowercased tokens ("as promised", "when we
 * spoke"). Phrases are matched token by token, so "follow up" does not match "follow-up-free".
 */
final class Phrases {

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

    Phrases(String... phrases) {
        for (String phrase : phrases) {
            String[] words = phrase.split(" ");
            byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
        }
    }

    /** The length in tokens of the longest phrase starting at token i, or 0. */
    int matchAt(SentenceAnalysis sentence, int i) {
        List<String[]> candidates = byFirstWord.get(sentence.lower(i));
        if (candidates == null) {
            return 0;
        }
        int longest = 0;
        for (String[] words : candidates) {
            if (words.length > longest && matches(sentence, i, words)) {
                longest = words.length;
            }
        }
        return longest;
    }

    /** Whether any phrase occurs anywhere in the sentence. */
    boolean foundIn(SentenceAnalysis sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            if (matchAt(sentence, i) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(SentenceAnalysis sentence, int i, String[] words) {
        if (i + words.length > sentence.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!words[k].equals("*") && !words[k].equals(sentence.lower(i + k))) {
                return false;
            }
        }
        return true;
    }
}
