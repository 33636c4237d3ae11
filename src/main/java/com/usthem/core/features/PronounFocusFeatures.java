package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.Map;

/**
 * Who the sentence is about: the company (we, our, company names) or the reader (you, your).
 * One feature per pronoun, plus the sentence's overall focus, because "we" and "you" together
 * ("we'll set you up") read differently from either alone.
 */
public class PronounFocusFeatures extends CueFamily {

    static final String PREFIX = "pf=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("we", "a we/our word"),
            Map.entry("you", "a you/your word"),
            Map.entry("company_name", "the company's name"),
            Map.entry("focus_both", "a sentence with both 'we' and 'you'"),
            Map.entry("focus_we_only", "a sentence about 'us' only"),
            Map.entry("focus_you_only", "a sentence about 'you' only"),
            Map.entry("focus_none", "a sentence with no we/you words"),
            Map.entry("first_we", "a sentence whose first pronoun is 'we'"),
            Map.entry("first_you", "a sentence whose first pronoun is 'you'"));

    public PronounFocusFeatures() {
        super(PREFIX, DESCRIPTIONS, Distinction.US_THEM);
    }

    @Override
    protected void scan(SentenceAnalysis sentence, CompanyVocabulary vocabulary, Findings findings) {
        int we = 0;
        int you = 0;
        String first = null;
        for (int i = 0; i < sentence.size(); i++) {
            int nameLength = vocabulary.matchAt(sentence, i);
            if (nameLength > 0) {
                findings.found("company_name", CueKind.WE, i, i + nameLength - 1);
                we++;
                first = first == null ? "we" : first;
                i += nameLength - 1;
            } else if (Lexicon.WE_WORDS.contains(sentence.lower(i))) {
                findings.found("we", CueKind.WE, i, i);
                we++;
                first = first == null ? "we" : first;
            } else if (Lexicon.YOU_WORDS.contains(sentence.lower(i))) {
                findings.found("you", CueKind.YOU, i, i);
                you++;
                first = first == null ? "you" : first;
            }
        }
        String focus = we > 0 && you > 0 ? "both" : we > 0 ? "we_only" : you > 0 ? "you_only" : "none";
        findings.found("focus_" + focus);
        if (first != null) {
            findings.found("first_" + first);
        }
    }
}
