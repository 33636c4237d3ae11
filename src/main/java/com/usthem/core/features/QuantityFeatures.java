package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers and what they count: money, percentages, quantities of things ("40 seats"), years.
 * Sales quotes concrete numbers; marketing's numbers are more often years of heritage or reach.
 */
public class QuantityFeatures extends CueFamily {

    static final String PREFIX = "num=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("money", "a price or amount of money"),
            Map.entry("percent", "a percentage"),
            Map.entry("quantity", "a quantity ('40 seats')"),
            Map.entry("year", "a year"),
            Map.entry("number", "a number"));
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    public QuantityFeatures() {
        super(PREFIX, DESCRIPTIONS, Distinction.DREAM_REALITY);
    }

    @Override
    protected void scan(SentenceAnalysis sentence, CompanyVocabulary vocabulary, Findings findings) {
        scanTokens(sentence, QuantityFeatures::kindAt, CueKind.NUMBER, QuantityFeatures::amountStart,
                QuantityFeatures::amountEnd, findings);
    }

    /** "$" before a number belongs to the amount shown. */
    private static int amountStart(SentenceAnalysis sentence, int number) {
        return number > 0 && Lexicon.CURRENCY.contains(sentence.lower(number - 1)) ? number - 1 : number;
    }

    /** So do "%" and "dollars" after it. */
    private static int amountEnd(SentenceAnalysis sentence, int number) {
        return number + 1 < sentence.size() && (Lexicon.PERCENT.contains(sentence.lower(number + 1))
                || Lexicon.CURRENCY.contains(sentence.lower(number + 1))) ? number + 1 : number;
    }

    static boolean isNumber(SentenceAnalysis sentence, int i) {
        String word = sentence.lower(i);
        return Lexicon.isNumber(word) || (Lexicon.NUMBER_WORDS.contains(word)
                && (!sentence.tagged() || "NUM".equals(sentence.tag(i))));
    }

    /** What a number at token i counts, or null when token i is not a number. */
    static String kindAt(SentenceAnalysis sentence, int i) {
        if (!isNumber(sentence, i)) {
            return null;
        }
        String word = sentence.lower(i);
        String previous = i > 0 ? sentence.lower(i - 1) : "";
        String next = i + 1 < sentence.size() ? sentence.lower(i + 1) : "";
        if (previous.equals("#") || previous.equals("no.")) {
            return null; // "#1" is a ranking claim, not a quantity
        }
        if (DeadlineFeatures.MERIDIEM.matcher(next).matches()) {
            return null; // "10 am" is a time of day, not ten of something
        }
        if (word.startsWith("$") || Lexicon.CURRENCY.contains(previous) || Lexicon.CURRENCY.contains(next)) {
            return "money";
        }
        if (word.endsWith("%") || Lexicon.PERCENT.contains(next)) {
            return "percent";
        }
        if (YEAR.matcher(word).matches() && !isCountedNoun(sentence, i + 1)) {
            return "year";
        }
        if (isCountedNoun(sentence, i + 1)) {
            return "quantity";
        }
        return "number";
    }

    private static boolean isCountedNoun(SentenceAnalysis sentence, int i) {
        if (i >= sentence.size()) {
            return false;
        }
        if (sentence.tagged()) {
            return "NOUN".equals(sentence.tag(i));
        }
        String word = sentence.lower(i);
        return word.length() > 3 && word.endsWith("s") && Character.isLetter(word.charAt(0));
    }
}
