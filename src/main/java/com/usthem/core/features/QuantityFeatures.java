package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers and what they count: money, percentages, quantities of things ("40 seats"), years.
 * Sales quotes concrete numbers; marketing's numbers are more often years of heritage or reach.
 */
public class QuantityFeatures extends SentenceFeatureGenerator implements CueFinder {

    static final String PREFIX = "num=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("money", "a price or amount of money"),
            Map.entry("percent", "a percentage"),
            Map.entry("quantity", "a quantity ('40 seats')"),
            Map.entry("year", "a year"),
            Map.entry("number", "a number"));
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    public QuantityFeatures() {
        super(PREFIX, DESCRIPTIONS);
    }

    @Override
    public void extract(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<String> features) {
        addTokenKinds(sentence, QuantityFeatures::kindAt, features);
    }

    @Override
    public void findCues(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<Cue> cues) {
        for (int i = 0; i < sentence.size(); i++) {
            if (kindAt(sentence, i) != null) {
                int first = i > 0 && Lexicon.CURRENCY.contains(sentence.lower(i - 1)) ? i - 1 : i;
                int last = i + 1 < sentence.size() && (Lexicon.PERCENT.contains(sentence.lower(i + 1))
                        || Lexicon.CURRENCY.contains(sentence.lower(i + 1))) ? i + 1 : i;
                cues.add(new Cue(CueKind.NUMBER, sentence.start(first), sentence.end(last)));
            }
        }
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
