package com.usthem.core.text;

/** A sentence placed in a text: where it starts and ends, and its analysis. */
public record Sentence(int start, int end, SentenceAnalysis analysis) {

    public String text() {
        return analysis.text();
    }
}
