package com.usthem.core.classify;

import com.usthem.core.Label;

/** The model's reading of one sentence on its own, placed by character offsets in the text. */
public record SentenceScore(int start, int end, String text, double marketing, double sales) {

    public Label label() {
        return sales > marketing ? Label.SALES : Label.MARKETING;
    }
}
