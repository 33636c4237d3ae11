package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.Map;
import java.util.Set;

/**
 * Futures: "you will / you'll / you're going to" tells one reader what happens to them; "we
 * will" is the company's promise. Sales describes the buyer's next week, marketing the brand's.
 */
public class YouWillFeatures extends CueFamily {

    static final String PREFIX = "fut=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("you_will", "tells the reader what they will get ('you'll')"),
            Map.entry("we_will", "the company's promise ('we will')"));
    private static final Set<String> WILL = Set.of("will", "'ll", "ll", "shall", "won't", "wo");
    private static final Set<String> YOU = Set.of("you", "your", "yours");
    private static final Set<String> WE = Set.of("we", "our");

    public YouWillFeatures() {
        super(PREFIX, DESCRIPTIONS, Distinction.US_THEM);
    }

    @Override
    protected void scan(SentenceAnalysis sentence, CompanyVocabulary vocabulary, Findings findings) {
        for (int i = 0; i < sentence.size(); i++) {
            int end = futureEnd(sentence, i);
            if (end >= 0 && YOU.contains(subject(sentence, i))) {
                findings.found("you_will", CueKind.FUTURE, i, end);
            } else if (end >= 0) {
                findings.found("we_will");
            }
        }
    }

    private static String subject(SentenceAnalysis sentence, int i) {
        String word = sentence.lower(i);
        if (word.startsWith("you")) {
            return "you";
        }
        return word.startsWith("we") ? "we" : word;
    }

    /**
     * If a future starts at token i ("you will", "you'll", "you're going to", "your team will",
     * "we will"), the index of its last token; otherwise -1.
     */
    static int futureEnd(SentenceAnalysis sentence, int i) {
        String word = sentence.lower(i);
        if (word.equals("you'll") || word.equals("we'll")) {
            return i;
        }
        if (word.equals("you're") || word.equals("we're")) { // one token for the OpenNLP tokenizer
            return goingTo(sentence, i + 1) ? i + 2 : -1;
        }
        boolean you = YOU.contains(word);
        if (!you && !WE.contains(word)) {
            return -1;
        }
        int next = i + 1;
        if ((word.equals("your") || word.equals("our")) && next < sentence.size()
                && (sentence.tagged() ? "NOUN".equals(sentence.tag(next)) : Character.isLetter(sentence.token(next).charAt(0)))) {
            next++; // "your team will"
        }
        if (next < sentence.size() && WILL.contains(sentence.lower(next))) {
            return next;
        }
        if (next + 2 < sentence.size() && (sentence.lower(next).equals("are") || sentence.lower(next).equals("'re"))
                && goingTo(sentence, next + 1)) {
            return next + 2;
        }
        return -1;
    }

    private static boolean goingTo(SentenceAnalysis sentence, int i) {
        return i + 1 < sentence.size() && sentence.lower(i).equals("going") && sentence.lower(i + 1).equals("to");
    }
}
