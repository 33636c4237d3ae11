package com.usthem.core.classify;

import com.usthem.core.Label;

import java.util.List;

/**
 * The model's reading of one sentence on its own, placed by character offsets in the text, with
 * the features it was scored from (for explaining it; an unmodifiable list shared with the cache).
 */
public record SentenceScore(int start, int end, String text, double marketing, double sales, List<String> features) {

    public Label label() {
        return sales > marketing ? Label.SALES : Label.MARKETING;
    }
}
