package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;

import java.util.List;
import java.util.Map;

/**
 * Who the sentence is about: the company (we, our, company names) or the reader (you, your).
 * One feature per pronoun, plus the sentence's overall focus, because "we" and "you" together
 * ("we'll set you up") read differently from either alone.
 */
public class PronounFocusFeatures extends SentenceFeatureGenerator implements CueFinder {

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
        super(PREFIX, DESCRIPTIONS);
    }

    @Override
    public void extract(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<String> features) {
        int we = 0;
        int you = 0;
        String first = null;
        for (int i = 0; i < sentence.size(); i++) {
            int nameLength = vocabulary.matchAt(sentence, i);
            if (nameLength > 0) {
                features.add(feature("company_name"));
                we++;
                first = first == null ? "we" : first;
                i += nameLength - 1;
            } else if (Lexicon.WE_WORDS.contains(sentence.lower(i))) {
                features.add(feature("we"));
                we++;
                first = first == null ? "we" : first;
            } else if (Lexicon.YOU_WORDS.contains(sentence.lower(i))) {
                features.add(feature("you"));
                you++;
                first = first == null ? "you" : first;
            }
        }
        String focus = we > 0 && you > 0 ? "both" : we > 0 ? "we_only" : you > 0 ? "you_only" : "none";
        features.add(feature("focus_" + focus));
        if (first != null) {
            features.add(feature("first_" + first));
        }
    }

    @Override
    public void findCues(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<Cue> cues) {
        for (int i = 0; i < sentence.size(); i++) {
            int nameLength = vocabulary.matchAt(sentence, i);
            if (nameLength > 0) {
                cues.add(new Cue(CueKind.WE, sentence.start(i), sentence.end(i + nameLength - 1)));
                i += nameLength - 1;
            } else if (Lexicon.WE_WORDS.contains(sentence.lower(i))) {
                cues.add(new Cue(CueKind.WE, sentence.start(i), sentence.end(i)));
            } else if (Lexicon.YOU_WORDS.contains(sentence.lower(i))) {
                cues.add(new Cue(CueKind.YOU, sentence.start(i), sentence.end(i)));
            }
        }
    }
}
