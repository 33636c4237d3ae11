package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.Map;

/**
 * Questions, and whom they ask: "Does Tuesday work for your team?" wants an answer from one
 * buyer; "Ready for the future?" is a rhetorical broadcast. The model learns which is which from
 * the shape (yes/no, wh-) and the pronouns in it.
 */
public class ReaderQuestionFeatures extends CueFamily {

    static final String PREFIX = "q=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("question", "a question"),
            Map.entry("yes_no", "a yes/no question"),
            Map.entry("wh", "a what/when/how question"),
            Map.entry("to_reader", "a question to the reader ('you')"));

    public ReaderQuestionFeatures() {
        super(PREFIX, DESCRIPTIONS, Distinction.ATTRACT_KEEP);
    }

    @Override
    protected void scan(SentenceAnalysis sentence, CompanyVocabulary vocabulary, Findings findings) {
        if (!isQuestion(sentence)) {
            return;
        }
        int mark = sentence.size() - 1;
        findings.found("question", CueKind.QUESTION, mark, mark);
        String first = firstWord(sentence);
        if (Lexicon.AUXILIARIES.contains(first)) {
            findings.found("yes_no");
        } else if (Lexicon.WH_WORDS.contains(first)) {
            findings.found("wh");
        }
        for (int i = 0; i < sentence.size(); i++) {
            if (Lexicon.YOU_WORDS.contains(sentence.lower(i))) {
                findings.found("to_reader");
                return;
            }
        }
    }

    static boolean isQuestion(SentenceAnalysis sentence) {
        return sentence.endsWith("?");
    }

    private static String firstWord(SentenceAnalysis sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            if (Character.isLetter(sentence.token(i).charAt(0))) {
                return sentence.lower(i);
            }
        }
        return "";
    }
}
