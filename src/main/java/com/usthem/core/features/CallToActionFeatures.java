package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;

import java.util.List;

/**
 * Asking for the action: a sentence that opens with a verb (an imperative), which verb that is
 * ("sign" and "discover" are both imperatives but ask for very different things), action verbs
 * anywhere, and polite requests ("can you", "please").
 */
public class CallToActionFeatures extends SentenceFeatureGenerator implements CueFinder {

    static final String PREFIX = "cta=";

    @Override
    public void extract(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<String> features) {
        int verb = imperativeVerb(sentence);
        if (verb >= 0) {
            features.add(PREFIX + "imperative");
            features.add(PREFIX + "imperative_" + sentence.lower(verb));
            if (Lexicon.ACTION_VERBS.contains(sentence.lower(verb))) {
                features.add(PREFIX + "imperative_action");
            }
        }
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.lower(i);
            if (i != verb && Lexicon.ACTION_VERBS.contains(word) && isVerb(sentence, i)) {
                features.add(PREFIX + "action_verb");
            }
            if (word.equals("please")) {
                features.add(PREFIX + "please");
            }
            if (isRequest(sentence, i)) {
                features.add(PREFIX + "request");
            }
        }
    }

    @Override
    public void findCues(SentenceAnalysis sentence, CompanyVocabulary vocabulary, List<Cue> cues) {
        int verb = imperativeVerb(sentence);
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.lower(i);
            boolean action = i == verb || (Lexicon.ACTION_VERBS.contains(word) && isVerb(sentence, i));
            if (action || word.equals("please")) {
                cues.add(new Cue(CueKind.ACTION, sentence.start(i), sentence.end(i)));
            } else if (isRequest(sentence, i)) {
                cues.add(new Cue(CueKind.ACTION, sentence.start(i), sentence.end(i + 1)));
            }
        }
    }

    /** The index of the verb an imperative sentence opens with, or -1. */
    static int imperativeVerb(SentenceAnalysis sentence) {
        int i = 0;
        while (i < sentence.size() && (isPunctuation(sentence, i) || Lexicon.IMPERATIVE_OPENERS.contains(sentence.lower(i)))) {
            i++;
        }
        if (i >= sentence.size()) {
            return -1;
        }
        String word = sentence.lower(i);
        if (sentence.tagged()) {
            boolean letUs = word.equals("let") || word.equals("let's");
            return letUs || ("VERB".equals(sentence.tag(i)) && isBaseForm(word)) ? i : -1;
        }
        return Lexicon.ACTION_VERBS.contains(word) ? i : -1;
    }

    private static boolean isBaseForm(String word) {
        boolean thirdPerson = word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us");
        return !word.endsWith("ing") && !word.endsWith("ed") && !thirdPerson;
    }

    private static boolean isVerb(SentenceAnalysis sentence, int i) {
        return !sentence.tagged() || "VERB".equals(sentence.tag(i));
    }

    private static boolean isPunctuation(SentenceAnalysis sentence, int i) {
        return sentence.tagged() ? "PUNCT".equals(sentence.tag(i)) : !Character.isLetterOrDigit(sentence.token(i).charAt(0));
    }

    /** "can you", "could we", "would you", "shall we": a request put as a question. */
    private static boolean isRequest(SentenceAnalysis sentence, int i) {
        if (i + 1 >= sentence.size()) {
            return false;
        }
        String word = sentence.lower(i);
        String next = sentence.lower(i + 1);
        boolean modal = word.equals("can") || word.equals("could") || word.equals("would") || word.equals("shall");
        return modal && (next.equals("you") || next.equals("we"));
    }

    @Override
    public String describe(String feature) {
        String kind = suffix(feature, PREFIX);
        if (kind == null) {
            return null;
        }
        if (kind.startsWith("imperative_") && !kind.equals("imperative_action")) {
            return "opens with the verb '" + kind.substring("imperative_".length()) + "'";
        }
        return switch (kind) {
            case "imperative" -> "starts with an action verb";
            case "imperative_action" -> "asks for a last-step action (sign, book, order...)";
            case "action_verb" -> "an action verb (sign, order, book, call...)";
            case "please" -> "'please'";
            case "request" -> "a request ('can you', 'shall we')";
            default -> kind;
        };
    }
}
