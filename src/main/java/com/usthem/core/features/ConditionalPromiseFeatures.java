package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;

import java.util.List;
import java.util.Map;

/**
 * Dream or reality in one construction: "if you order 40 and run two shifts, you will..." makes the
 * result depend on what this buyer does (the reality), and "at least" commits to a floor; "up to"
 * is the claim's ceiling (the dream).
 */
public class ConditionalPromiseFeatures extends SentenceFeatureGenerator implements CueFinder {

    static final String PREFIX = "cond=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("if_you", "a result that depends on what you do ('if you ..., you'll ...')"),
            Map.entry("at_least", "a floor the buyer can hold you to ('at least')"),
            Map.entry("up_to", "a ceiling ('up to'): the claim's best case"));
    private static final Phrases FLOOR = new Phrases("at least", "no less than", "a minimum of", "guaranteed");
    private static final Phrases CEILING = new Phrases("up to", "as much as", "as many as");
    private static final Phrases IF_YOU = new Phrases("if you", "if your", "once you", "when you", "as soon as you");

    public ConditionalPromiseFeatures() {
        super(PREFIX, DESCRIPTIONS);
    }

    @Override
    public void extract(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<String> features) {
        if (conditionalStart(sentence) >= 0) {
            features.add(feature("if_you"));
        }
        for (int i = 0; i < sentence.size(); i++) {
            if (FLOOR.matchAt(sentence, i) > 0) {
                features.add(feature("at_least"));
            } else if (CEILING.matchAt(sentence, i) > 0 && nextIsAmount(sentence, i + 2)) {
                features.add(feature("up_to"));
            }
        }
    }

    @Override
    public void findCues(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<Cue> cues) {
        int start = conditionalStart(sentence);
        if (start >= 0) {
            cues.add(new Cue(CueKind.FUTURE, sentence.start(start), sentence.end(start + 1)));
        }
        for (int i = 0; i < sentence.size(); i++) {
            int floor = FLOOR.matchAt(sentence, i);
            if (floor > 0) {
                cues.add(new Cue(CueKind.NUMBER, sentence.start(i), sentence.end(i + floor - 1)));
            } else if (CEILING.matchAt(sentence, i) > 0 && nextIsAmount(sentence, i + 2)) {
                cues.add(new Cue(CueKind.DREAM, sentence.start(i), sentence.end(i + 1)));
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
