package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;

import java.util.List;
import java.util.Map;

/**
 * Questions, and whom they ask: "Does Tuesday work for your team?" wants an answer from one
 * buyer; "Ready for the future?" is a rhetorical broadcast. The model learns which is which from
 * the shape (yes/no, wh-) and the pronouns in it.
 */
public class ReaderQuestionFeatures extends SentenceFeatureGenerator implements CueFinder {

    static final String PREFIX = "q=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("question", "a question"),
            Map.entry("yes_no", "a yes/no question"),
            Map.entry("wh", "a what/when/how question"),
            Map.entry("to_reader", "a question to the reader ('you')"));

    public ReaderQuestionFeatures() {
        super(PREFIX, DESCRIPTIONS);
    }

    @Override
    public void extract(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<String> features) {
        if (!isQuestion(sentence)) {
            return;
        }
        features.add(feature("question"));
        String first = firstWord(sentence);
        if (Lexicon.AUXILIARIES.contains(first)) {
            features.add(feature("yes_no"));
        } else if (Lexicon.WH_WORDS.contains(first)) {
            features.add(feature("wh"));
        }
        for (int i = 0; i < sentence.size(); i++) {
            if (Lexicon.YOU_WORDS.contains(sentence.lower(i))) {
                features.add(feature("to_reader"));
                return;
            }
        }
    }

    @Override
    public void findCues(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<Cue> cues) {
        if (isQuestion(sentence)) {
            int last = sentence.size() - 1;
            cues.add(new Cue(CueKind.QUESTION, sentence.start(last), sentence.end(last)));
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
