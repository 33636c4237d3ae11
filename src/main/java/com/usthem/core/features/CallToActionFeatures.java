package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.Map;
import java.util.Set;

/**
 * Asking for the action: a sentence that opens with a verb (an imperative), which verb that is
 * ("sign" and "discover" are both imperatives but ask for very different things), action verbs
 * anywhere, and polite requests ("can you", "please").
 */
public class CallToActionFeatures extends CueFamily {

    static final String PREFIX = "cta=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("imperative", "starts with an action verb"),
            Map.entry("imperative_action", "asks for a last-step action (sign, book, order...)"),
            Map.entry("action_verb", "an action verb (sign, order, book, call...)"),
            Map.entry("please", "'please'"),
            Map.entry("request", "a request ('can you', 'shall we')"));
    /** Imperatives of marketing copy besides the action verbs: the reader is invited, not asked to close. */
    private static final Set<String> OPENING_VERBS = Set.of("experience", "discover", "imagine", "explore",
            "unleash", "elevate", "transform", "reimagine", "redefine", "enjoy", "join", "try", "meet");
    /** Tags of a word that can follow an imperative verb: its object or an adverb. */
    private static final Set<String> OBJECT_STARTS = Set.of("DET", "PRON", "ADV", "NUM");
    /** Pronouns that start a clause rather than an object: "Experience that counts", "Experience we bring". */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("that", "which", "who", "we", "i", "they", "he", "she");

    public CallToActionFeatures() {
        super(PREFIX, DESCRIPTIONS, Distinction.JOURNEY_LAST_MILE);
    }

    @Override
    protected void scan(SentenceAnalysis sentence, CompanyVocabulary vocabulary, Findings findings) {
        int verb = imperativeVerb(sentence);
        if (verb >= 0) {
            findings.found("imperative", CueKind.ACTION, verb, verb);
            findings.found("imperative_" + sentence.lower(verb), CueKind.ACTION, verb, verb);
            if (Lexicon.ACTION_VERBS.contains(sentence.lower(verb))) {
                findings.found("imperative_action", CueKind.ACTION, verb, verb);
            }
        }
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.lower(i);
            if (i != verb && Lexicon.ACTION_VERBS.contains(word) && isVerb(sentence, i)) {
                findings.found("action_verb", CueKind.ACTION, i, i);
            }
            if (word.equals("please")) {
                findings.found("please", CueKind.ACTION, i, i);
            }
            if (isRequest(sentence, i)) {
                findings.found("request", CueKind.ACTION, i, i + 1);
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
            return letUs || ("VERB".equals(sentence.tag(i)) && isBaseForm(word)) || mistaggedVerb(sentence, i) ? i : -1;
        }
        return untaggedImperative(sentence, i) ? i : -1;
    }

    /**
     * Without part-of-speech tags (the default model reads words only, which is several times
     * faster): a sentence opens with an imperative when its first word is a verb that opens
     * imperatives in copy and the next word does not make it a noun subject ("Experience matters",
     * "Book lovers will...", "Experience that counts").
     */
    private static boolean untaggedImperative(SentenceAnalysis sentence, int i) {
        String word = sentence.lower(i);
        if (word.equals("let") || word.equals("let's")) {
            return true;
        }
        if (!Lexicon.IMPERATIVE_VERBS.contains(word) && !Lexicon.ACTION_VERBS.contains(word)
                && !OPENING_VERBS.contains(word)) {
            return false;
        }
        if (i + 1 >= sentence.size()) {
            return true;
        }
        String next = sentence.lower(i + 1);
        if (i + 2 < sentence.size() && Lexicon.NOT_AFTER_IMPERATIVE.contains(sentence.lower(i + 2))) {
            return false; // "Book lovers will...", "Order forms are...": a noun phrase, then its verb
        }
        return !SUBJECT_PRONOUNS.contains(next) && !Lexicon.NOT_AFTER_IMPERATIVE.contains(next)
                && !(Character.isLetter(next.charAt(0)) && next.endsWith("s") && !Lexicon.OBJECT_WORDS.contains(next)
                && !Lexicon.ACTION_VERBS.contains(word));
    }

    /**
     * The tagger often takes a capitalised sentence-opening verb for a noun ("Experience the
     * freedom", "Email us", "Order now"). A verb known to open imperatives still counts when the
     * next word starts its object or modifies it, not when it continues a noun subject
     * ("Experience matters", "Order forms").
     */
    private static boolean mistaggedVerb(SentenceAnalysis sentence, int i) {
        String word = sentence.lower(i);
        if (!Lexicon.ACTION_VERBS.contains(word) && !OPENING_VERBS.contains(word)) {
            return false;
        }
        if (i + 1 >= sentence.size()) {
            return false;
        }
        String next = sentence.tag(i + 1);
        return next != null && OBJECT_STARTS.contains(next) && !SUBJECT_PRONOUNS.contains(sentence.lower(i + 1));
    }

    private static boolean isBaseForm(String word) {
        boolean thirdPerson = word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us");
        return !word.endsWith("ing") && !word.endsWith("ed") && !thirdPerson;
    }

    /** An action verb used as a verb: "sign it", not "the order" or "your booking call". */
    private static boolean isVerb(SentenceAnalysis sentence, int i) {
        if (sentence.tagged()) {
            return "VERB".equals(sentence.tag(i));
        }
        return i == 0 || !Lexicon.DETERMINERS.contains(sentence.lower(i - 1));
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
    protected String describeKind(String kind) {
        if (kind.startsWith("imperative_") && !kind.equals("imperative_action")) {
            return "opens with the verb '" + kind.substring("imperative_".length()) + "'";
        }
        return super.describeKind(kind);
    }
}
