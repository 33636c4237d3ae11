package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;
import opennlp.tools.doccat.FeatureGenerator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where things stand in the piece: how it opens, how it closes, and whether it is signed. The
 * close says what a piece is for: a draft that opens with twenty years of brand history and closes
 * with "sign the proposal by Friday" is a sales letter, and a launch post that closes with "learn
 * more" is still a launch post. Greetings, sign-offs and signature lines (a name, a title, a phone
 * number) are passed over to find the sentences that open and close the message itself.
 *
 * <p>Unlike the other families these features look at the whole text, so a classifier that caches
 * features per sentence computes them afresh for every text (they only read the first and last
 * sentences).
 */
public class DocumentShapeFeatures implements FeatureGenerator, FeatureDescriber {

    static final String PREFIX = "doc=";
    /** What the close's own copies of its sentence features start with, after the prefix. */
    private static final String CLOSE = "close:";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("close_ask", "closes by asking for a commitment (sign, book, reply, a call)"),
            Map.entry("close_invite", "closes with a public invitation (learn more, visit, join)"),
            Map.entry("close_time", "closes with a date or deadline"),
            Map.entry("close_you", "closes speaking to 'you'"),
            Map.entry("close_we", "closes speaking about 'us'"),
            Map.entry("close_i", "closes in the first person singular ('I')"),
            Map.entry("close_question", "closes with a question"),
            Map.entry("open_we", "opens speaking about 'us'"),
            Map.entry("open_you", "opens speaking to 'you'"),
            Map.entry("open_i", "opens in the first person singular ('I')"),
            Map.entry("open_we_close_ask", "opens about the company, closes with an ask"),
            Map.entry("signed", "signed by a person ('Best, Dana')"));

    /** Imperatives that invite anyone in rather than ask one buyer to commit. */
    private static final Set<String> INVITE_VERBS = Set.of("learn", "discover", "explore", "visit", "join", "follow",
            "register", "subscribe", "download", "read", "watch", "see", "shop", "browse", "find", "check", "meet",
            "experience", "try", "start", "get", "come", "stop", "tune", "share", "tag", "enter", "apply", "listen",
            "celebrate", "imagine", "save", "head", "swing", "drop", "sign-up", "signup", "rsvp");
    private static final Phrases ASK_PHRASES = new Phrases("let me know", "can you", "could you", "would you",
            "will you", "can we", "could we", "shall we", "please", "just reply", "reply", "sign here", "i'll send",
            "happy to send", "send me", "send over", "sign the", "sign and", "initial");

    /** The families whose features the close repeats under its own names, so they can weigh more there. */
    private static final List<SentenceFeatureGenerator> CLOSE_FAMILIES = List.of(new WordFeatures(),
            new PronounFocusFeatures(), new CallToActionFeatures(), new DeadlineFeatures(), new QuantityFeatures(),
            new ReaderQuestionFeatures(), new YouWillFeatures(), new RankingClaimFeatures(),
            new PersonalTouchFeatures(), new LetterShapeFeatures(), new OutcomeFeatures(), new RelationshipFeatures(),
            new AnnouncementFeatures(), new ConditionalPromiseFeatures());

    public DocumentShapeFeatures() {
    }

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        extract(SentenceFeatureGenerator.sentences(text, extraInformation),
                SentenceFeatureGenerator.vocabulary(extraInformation), features);
        return features;
    }

    /** Adds the features of a whole text, given as its sentences in order. */
    public void extract(List<SentenceAnalysis> sentences, CompanyVocabulary vocabulary, List<String> features) {
        int first = -1;
        int last = -1;
        boolean signed = false;
        for (int i = 0; i < sentences.size(); i++) {
            SentenceAnalysis sentence = sentences.get(i);
            int signoff = LetterShapeFeatures.signoffLength(sentence);
            if (signoff > 0) {
                signed |= signoff < sentence.size()
                        || i + 1 < sentences.size() && LetterShapeFeatures.isNameFrom(sentences.get(i + 1), 0);
            } else if (!isFrame(sentence)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        int content = 0;
        for (int i = first; i <= last; i++) {
            content += isFrame(sentences.get(i)) ? 0 : 1;
        }
        if (signed) {
            features.add(feature("signed"));
        }
        Set<String> opening = voices(sentences.get(first), vocabulary);
        opening.forEach(voice -> features.add(feature("open_" + voice)));
        if (content == 1) {
            return;
        }
        SentenceAnalysis close = sentences.get(last);
        List<String> closing = new ArrayList<>();
        for (SentenceFeatureGenerator family : CLOSE_FAMILIES) {
            family.extract(close, vocabulary, closing);
        }
        closing.stream().distinct().forEach(f -> features.add(PREFIX + CLOSE + f));
        String ask = ask(close);
        if (ask != null) {
            features.add(feature("close_" + ask));
            if (ask.equals("ask") && opening.contains("we")) {
                features.add(feature("open_we_close_ask"));
            }
        }
        voices(close, vocabulary).forEach(voice -> features.add(feature("close_" + voice)));
        for (int i = 0; i < close.size(); i++) {
            if (DeadlineFeatures.kindAt(close, i) != null) {
                features.add(feature("close_time"));
                break;
            }
        }
        if (ReaderQuestionFeatures.isQuestion(close)) {
            features.add(feature("close_question"));
        }
    }

    /** "ask" for a commitment asked of the reader, "invite" for a public invitation, else null. */
    static String ask(SentenceAnalysis sentence) {
        int verb = CallToActionFeatures.imperativeVerb(sentence);
        if (verb >= 0) {
            String word = sentence.lower(verb);
            boolean signUp = word.equals("sign") && verb + 1 < sentence.size() && sentence.lower(verb + 1).equals("up");
            if (INVITE_VERBS.contains(word) || signUp) {
                return "invite";
            }
            if (Lexicon.ACTION_VERBS.contains(word)) {
                return "ask";
            }
        }
        return ASK_PHRASES.foundIn(sentence) || LetterShapeFeatures.isMeetingRequest(sentence) ? "ask" : null;
    }

    /** Which voices a sentence speaks in: "we" (the company), "you" (the reader), "i" (one person). */
    private static Set<String> voices(SentenceAnalysis sentence, CompanyVocabulary vocabulary) {
        Set<String> voices = new java.util.TreeSet<>();
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.lower(i);
            if (Lexicon.WE_WORDS.contains(word) || vocabulary.matchAt(sentence, i) > 0) {
                voices.add("we");
            } else if (Lexicon.YOU_WORDS.contains(word)) {
                voices.add("you");
            } else if (LetterShapeFeatures.FIRST_PERSON_SINGULAR.contains(word) && !word.equals("i")
                    || sentence.token(i).equals("I")) {
                voices.add("i");
            }
        }
        return voices;
    }

    /** Whether a sentence frames a message rather than says it: a greeting, a sign-off, a signature line. */
    public static boolean frames(SentenceAnalysis sentence) {
        return LetterShapeFeatures.signoffLength(sentence) > 0 || isFrame(sentence);
    }

    /**
     * A line that frames a message rather than says it: a greeting ("Hi Sam,"), a subject line's
     * label, a signature line (a name, a title, a phone number, an address).
     */
    static boolean isFrame(SentenceAnalysis sentence) {
        if (LetterShapeFeatures.greeting(sentence) != null) {
            return true;
        }
        if (sentence.size() > 8 || sentence.endsWith("?") || sentence.endsWith("!")) {
            return false;
        }
        boolean anyWord = false;
        for (int i = 0; i < sentence.size(); i++) {
            String token = sentence.token(i);
            char c = token.charAt(0);
            if (Character.isLetter(c)) {
                anyWord = true;
                if (Character.isLowerCase(c) && !SIGNATURE_FILLERS.contains(token) && !token.contains("@")
                        && !token.contains(".")) {
                    return false;
                }
            }
        }
        return anyWord ? !sentence.endsWith(".") || sentence.size() <= 4 : true;
    }

    /** Small words a title or address line may hold: "Head of Partnerships", "Ward & Daughters". */
    private static final Set<String> SIGNATURE_FILLERS = Set.of("of", "and", "at", "for", "the", "de", "van", "von",
            "in", "on", "&");

    private static String feature(String kind) {
        return PREFIX + kind;
    }

    @Override
    public Distinction distinction(String feature) {
        String kind = kindOf(feature);
        if (kind == null) {
            return null;
        }
        if (kind.startsWith(CLOSE)) {
            String inner = kind.substring(CLOSE.length());
            SentenceFeatureGenerator family = closeFamilyOf(inner);
            return family == null ? null : family.distinction(inner);
        }
        if (kind.contains("ask") || kind.contains("invite") || kind.equals("close_time")) {
            return Distinction.JOURNEY_LAST_MILE;
        }
        if (kind.equals("signed") || kind.endsWith("_i")) {
            return Distinction.PUBLIC_PERSONAL;
        }
        return kind.equals("close_question") ? Distinction.ATTRACT_KEEP : Distinction.US_THEM;
    }

    @Override
    public String describe(String feature) {
        String kind = kindOf(feature);
        if (kind == null) {
            return null;
        }
        SentenceFeatureGenerator family = kind.startsWith(CLOSE) ? closeFamilyOf(kind.substring(CLOSE.length()))
                : null;
        return family != null ? "in the close: " + family.describe(kind.substring(CLOSE.length()))
                : DESCRIPTIONS.getOrDefault(kind, kind.replace('_', ' '));
    }

    /** The feature's kind without the family's prefix, or null when it is not one of the family's. */
    private static String kindOf(String feature) {
        return feature.startsWith(PREFIX) ? feature.substring(PREFIX.length()) : null;
    }

    /** The family a feature of the closing sentence came from (it names it), or null. */
    private static SentenceFeatureGenerator closeFamilyOf(String inner) {
        for (SentenceFeatureGenerator family : CLOSE_FAMILIES) {
            if (family.describe(inner) != null) {
                return family;
            }
        }
        return null;
    }
}
