package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.Map;

/**
 * Dream or reality in one construction: "if you order 40 and run two shifts, you will..." makes the
 * result depend on what this buyer does (the reality), and "at least" commits to a floor; "up to"
 * is the claim's ceiling (the dream).
 */
public class ConditionalPromiseFeatures extends CueFamily {

    static final String PREFIX = "cond=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("if_you", "a result that depends on what you do ('if you ..., you'll ...')"),
            Map.entry("at_least", "a floor the buyer can hold you to ('at least')"),
            Map.entry("up_to", "a ceiling ('up to'): the claim's best case"));
    private static final Phrases FLOOR = new Phrases("at least", "no less than", "a minimum of", "guaranteed");
    private static final Phrases CEILING = new Phrases("up to", "as much as", "as many as");
    private static final Phrases IF_YOU = new Phrases("if you", "if your", "once you", "when you", "as soon as you");

    public ConditionalPromiseFeatures() {
        super(PREFIX, DESCRIPTIONS, Distinction.DREAM_REALITY);
    }

    @Override
    protected void scan(SentenceAnalysis sentence, CompanyVocabulary vocabulary, Findings findings) {
        int start = conditionalStart(sentence);
        if (start >= 0) {
            findings.found("if_you", CueKind.FUTURE, start, start + 1);
        }
        for (int i = 0; i < sentence.size(); i++) {
            int floor = FLOOR.matchAt(sentence, i);
            if (floor > 0) {
                findings.found("at_least", CueKind.NUMBER, i, i + floor - 1);
            } else if (CEILING.matchAt(sentence, i) > 0 && nextIsAmount(sentence, i + 2)) {
                findings.found("up_to", CueKind.DREAM, i, i + 1);
            }
        }
    }

    /**
     * Where "if you ..." starts, when it is followed in the same sentence by what the reader then
     * gets ("you'll", "you will", "your ... will") or is asked to do; otherwise -1.
     */
    static int conditionalStart(SentenceAnalysis sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            if (IF_YOU.matchAt(sentence, i) > 0) {
                for (int j = i + 2; j < sentence.size(); j++) {
                    if (YouWillFeatures.futureEnd(sentence, j) >= 0 || sentence.lower(j).equals("you'd")) {
                        return i;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** "up to 30%", "up to $40": a ceiling on an amount, not "up to you" or "up to date". */
    private static boolean nextIsAmount(SentenceAnalysis sentence, int i) {
        if (i >= sentence.size()) {
            return false;
        }
        String word = sentence.lower(i);
        return Lexicon.isNumber(word) || Lexicon.CURRENCY.contains(word) || Lexicon.NUMBER_WORDS.contains(word);
    }
}
