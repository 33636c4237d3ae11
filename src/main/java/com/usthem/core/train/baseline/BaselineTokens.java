package com.usthem.core.train.baseline;

import com.usthem.core.text.Sentence;
import com.usthem.core.text.SentenceAnalysis;
import com.usthem.core.text.TextAnalyzer;

import java.util.ArrayList;
import java.util.List;

/**
 * The words and word pairs the plain baselines see: every token lowercased, one-letter words such
 * as "I" and "a" kept, and pairs only within a sentence. They share UsThem's tokenizer so that a
 * difference in results comes from the learner, not from how text is split.
 */
final class BaselineTokens {

    private BaselineTokens() {
    }

    static List<String> unigramsAndBigrams(TextAnalyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        for (Sentence sentence : analyzer.analyze(text)) {
            SentenceAnalysis analysis = sentence.analysis();
            for (int i = 0; i < analysis.size(); i++) {
                terms.add(analysis.lower(i));
                if (i > 0) {
                    terms.add(analysis.lower(i - 1) + " " + analysis.lower(i));
                }
            }
        }
        return terms;
    }
}
