package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.Map;

/**
 * The dream and the claim: superlatives ("the fastest"), rankings ("#1", "award-winning",
 * "leading") and aspiration words ("imagine", "freedom", "the future"). Marketing paints these;
 * sales replaces them with specifics.
 */
public class RankingClaimFeatures extends CueFamily {

    static final String PREFIX = "claim=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("ranking", "a ranking or award claim ('#1', 'leading')"),
            Map.entry("superlative", "a superlative ('best', 'fastest')"),
            Map.entry("dream", "an aspiration word ('imagine', 'future')"));

    public RankingClaimFeatures() {
        super(PREFIX, DESCRIPTIONS, Distinction.DREAM_REALITY);
    }

    @Override
    protected void scan(SentenceAnalysis sentence, CompanyVocabulary vocabulary, Findings findings) {
        scanTokens(sentence, RankingClaimFeatures::kindAt, CueKind.DREAM, RankingClaimFeatures::claimStart,
                RankingClaimFeatures::claimEnd, findings);
    }

    /** "#" and "No." before "1" belong to the claim shown. */
    private static int claimStart(SentenceAnalysis sentence, int word) {
        boolean numbered = word > 0 && (sentence.lower(word - 1).equals("#") || sentence.lower(word - 1).equals("no."));
        return numbered ? word - 1 : word;
    }

    /** A compound split by the tokenizer ("world", "-", "class") is shown whole. */
    private static int claimEnd(SentenceAnalysis sentence, int word) {
        return compound(sentence, word) != null ? word + 2 : word;
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
