package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;

import java.util.List;
import java.util.Map;

/**
 * The dream and the claim: superlatives ("the fastest"), rankings ("#1", "award-winning",
 * "leading") and aspiration words ("imagine", "freedom", "the future"). Marketing paints these;
 * sales replaces them with specifics.
 */
public class RankingClaimFeatures extends SentenceFeatureGenerator implements CueFinder {

    static final String PREFIX = "claim=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("ranking", "a ranking or award claim ('#1', 'leading')"),
            Map.entry("superlative", "a superlative ('best', 'fastest')"),
            Map.entry("dream", "an aspiration word ('imagine', 'future')"));

    public RankingClaimFeatures() {
        super(PREFIX, DESCRIPTIONS);
    }

    @Override
    public void extract(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<String> features) {
        addTokenKinds(sentence, RankingClaimFeatures::kindAt, features);
    }

    @Override
    public void findCues(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<Cue> cues) {
        for (int i = 0; i < sentence.size(); i++) {
            if (kindAt(sentence, i) != null) {
                int first = i > 0 && (sentence.lower(i - 1).equals("#") || sentence.lower(i - 1).equals("no.")) ? i - 1 : i;
                int last = compound(sentence, i) != null ? i + 2 : i;
                cues.add(new Cue(CueKind.DREAM, sentence.start(first), sentence.end(last)));
                i = last;
            }
        }
    }

    static String kindAt(SentenceAnalysis sentence, int i) {
        String compound = compound(sentence, i);
        if (compound != null && Lexicon.RANKING_WORDS.contains(compound)) {
            return "ranking";
        }
        if (compound != null && Lexicon.DREAM_WORDS.contains(compound)) {
            return "dream";
        }
        String word = sentence.lower(i);
        String previous = i > 0 ? sentence.lower(i - 1) : "";
        if ((previous.equals("#") || previous.equals("no.")) && word.equals("1")) {
            return "ranking";
        }
        if (word.equals("#1") || (word.equals("one") && previous.equals("number"))) {
            return "ranking";
        }
        if (Lexicon.RANKING_WORDS.contains(word) && !word.equals("no.")) {
            return "ranking";
        }
        if (Lexicon.SUPERLATIVE_WORDS.contains(word) || isSuperlativeAdjective(sentence, i, word)) {
            return "superlative";
        }
        if (Lexicon.DREAM_WORDS.contains(word)) {
            return "dream";
        }
        return null;
    }

    /** "world-class" when the tokenizer split it into "world", "-", "class"; otherwise null. */
    private static String compound(SentenceAnalysis sentence, int i) {
        if (i + 2 < sentence.size() && sentence.token(i + 1).equals("-")
                && sentence.end(i) == sentence.start(i + 1) && sentence.end(i + 1) == sentence.start(i + 2)) {
            return sentence.lower(i) + "-" + sentence.lower(i + 2);
        }
        return null;
    }

    private static boolean isSuperlativeAdjective(SentenceAnalysis sentence, int i, String word) {
        return word.length() > 5 && word.endsWith("est") && !Lexicon.NOT_SUPERLATIVE.contains(word)
                && (!sentence.tagged() || "ADJ".equals(sentence.tag(i)));
    }
}
