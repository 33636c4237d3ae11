package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a letter from one person to one person: "I" and "my" (a person writes, not a
 * brand), a greeting with a name rather than to a list ("Hi Sam" vs "Dear friends"), references to
 * earlier contact ("as promised", "when we spoke"), a request for a meeting or a call ("would
 * Thursday at 2 work?"), and a sign-off ("Best, Dana"). A company broadcast rarely has any of them,
 * even when it says "you" throughout.
 */
public class LetterShapeFeatures extends CueFamily {

    static final String PREFIX = "letter=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("i", "first person singular ('I', 'my'): one person writing"),
            Map.entry("earlier_contact", "refers to earlier contact ('as promised', 'when we spoke')"),
            Map.entry("meeting_request", "asks for a meeting or a call"),
            Map.entry("greeting_name", "greets one person by name ('Hi Sam')"),
            Map.entry("greeting_group", "greets a whole list ('Dear friends', 'Hi everyone')"),
            Map.entry("signoff", "a sign-off ('Best,', 'Thanks,')"),
            Map.entry("signoff_name", "signed with a person's name ('Best, Dana')"));

    static final Set<String> FIRST_PERSON_SINGULAR = Set.of("i", "me", "my", "mine", "myself", "i'm", "i'd", "i'll",
            "i've", "im", "ive");
    private static final Set<String> GREETING_WORDS = Set.of("hi", "hello", "hey", "dear", "morning", "afternoon",
            "evening", "greetings", "hiya", "howdy");
    /** Words after a greeting that address a crowd, not a person. */
    private static final Set<String> GROUP_WORDS = Set.of("everyone", "everybody", "all", "team", "friends", "folks",
            "there", "members", "supporters", "neighbours", "neighbors", "customers", "customer", "valued", "fellow",
            "parents", "families", "subscribers", "readers", "community", "guys", "y'all", "colleagues", "partners",
            "donors", "residents", "runners", "riders", "makers", "fans", "patients", "guests", "investors", "sir",
            "madam", "sir/madam", "hiring", "shoppers");
    private static final Set<String> SIGNOFFS = Set.of("best", "best regards", "kind regards", "warm regards",
            "regards", "warmly", "warmest", "thanks", "thank you", "many thanks", "thanks so much", "thanks again",
            "cheers", "sincerely", "yours sincerely", "sincerely yours", "yours truly", "all the best", "talk soon",
            "speak soon", "with thanks", "warm wishes", "best wishes", "with gratitude", "gratefully", "take care",
            "yours", "respectfully", "thx", "ta", "best wishes to you", "with appreciation", "until then", "onward",
            "more soon", "chat soon", "see you then", "see you soon");
    private static final Phrases EARLIER_CONTACT = new Phrases(
            "as promised", "as discussed", "as agreed", "as requested", "as you asked", "as you mentioned",
            "as i mentioned", "as we discussed", "as mentioned", "following up", "follow up on", "following on from",
            "circling back", "touching base", "checking in", "just checking", "looping back", "when we spoke",
            "when we talked", "when we met", "since we spoke", "since we last", "we spoke", "we talked", "we met",
            "great to meet", "nice to meet", "good to meet", "lovely to meet", "great meeting", "nice meeting",
            "good meeting", "great seeing", "great chatting", "great talking", "good talking", "nice chatting",
            "lovely chatting", "thanks for your time", "thank you for your time", "thanks for taking the time",
            "thanks for the call", "thanks for meeting", "our call", "our conversation", "our chat", "our meeting",
            "yesterday's call", "last week's call", "on the call", "after the demo", "you mentioned", "you asked",
            "you said", "you told me", "you'd asked", "you wanted", "per our", "your note", "your email",
            "your message", "your question", "you raised", "you flagged");
    private static final Phrases MEETING_REQUEST = new Phrases(
            "work for you", "works for you", "are you free", "are you around", "are you available",
            "do you have a few", "do you have 10", "do you have 15", "do you have 20", "do you have 30",
            "do you have time", "free for a", "time for a call", "time for a chat", "time for a quick",
            "jump on a call", "hop on a call", "get on a call", "set up a call", "set up a time", "set up a meeting",
            "schedule a call", "schedule a meeting", "schedule a time", "find a time", "grab a coffee", "grab coffee",
            "grab lunch", "grab 15", "grab 20", "grab 30", "book a time", "book a call", "my calendar", "my calendly",
            "open to a call", "open to a chat", "open to a quick", "worth a call", "worth a chat", "worth a quick",
            "a quick call", "a quick chat", "15 minutes", "20 minutes", "30 minutes", "15-minute", "20-minute",
            "30-minute", "10 minutes", "meet next week", "meet this week", "let me know what time", "let me know when",
            "could we meet", "can we meet", "shall we meet", "pencil in", "a call next week", "a call this week");
    /** "Would Thursday at 2 work?", "Does the 14th suit?": a time offered, then the question whether it fits. */
    private static final Set<String> TIME_QUESTION_OPENERS = Set.of("would", "does", "will", "could");
    private static final Set<String> TIME_QUESTION_VERBS = Set.of("work", "suit", "fit");
    private static final int TIME_QUESTION_SPAN = 6;

    public LetterShapeFeatures() {
        super(PREFIX, DESCRIPTIONS, Distinction.PUBLIC_PERSONAL);
    }

    @Override
    protected void scan(SentenceAnalysis sentence, CompanyVocabulary vocabulary, Findings findings) {
        String greeting = greeting(sentence);
        if (greeting != null) {
            findings.found(greeting); // the personal-touch family highlights the greeting
        }
        int signoff = signoffLength(sentence);
        if (signoff > 0) {
            findings.found("signoff", CueKind.PERSONAL, 0, sentence.size() - 1);
            if (signoff < sentence.size() && isNameFrom(sentence, signoff)) {
                findings.found("signoff_name");
            }
        }
        for (int i = 0; i < sentence.size(); i++) {
            if (FIRST_PERSON_SINGULAR.contains(sentence.lower(i)) && isFirstPerson(sentence, i)) {
                findings.found("i", CueKind.PERSONAL, i, i);
            }
            int contact = EARLIER_CONTACT.matchAt(sentence, i);
            if (contact > 0) {
                findings.found("earlier_contact", CueKind.PERSONAL, i, i + contact - 1);
                i += contact - 1;
            }
        }
        int meeting = meetingRequestStart(sentence);
        if (meeting >= 0) {
            findings.found("meeting_request", CueKind.ACTION, meeting,
                    meeting + meetingRequestLength(sentence, meeting) - 1);
        }
    }

    /** Where the first phrase asking for a meeting or a call starts, or -1. */
    private static int meetingRequestStart(SentenceAnalysis sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            if (MEETING_REQUEST.matchAt(sentence, i) > 0 || timeQuestionLength(sentence, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** How many tokens a meeting request starting at token i spans, or 0 when none starts there. */
    private static int meetingRequestLength(SentenceAnalysis sentence, int i) {
        return Math.max(MEETING_REQUEST.matchAt(sentence, i), timeQuestionLength(sentence, i));
    }

    /** The length of "would <a time> work" starting at token i, in a question with a time in it, or 0. */
    private static int timeQuestionLength(SentenceAnalysis sentence, int i) {
        if (!TIME_QUESTION_OPENERS.contains(sentence.lower(i)) || !sentence.endsWith("?")) {
            return 0;
        }
        boolean time = false;
        for (int j = i + 1; j < sentence.size() && j <= i + TIME_QUESTION_SPAN; j++) {
            if (TIME_QUESTION_VERBS.contains(sentence.lower(j))) {
                return time ? j - i + 1 : 0;
            }
            time |= DeadlineFeatures.kindAt(sentence, j) != null || Lexicon.isNumber(sentence.lower(j))
                    || Lexicon.NEAR_WORDS.contains(sentence.lower(j));
        }
        return 0;
    }

    /** Whether the sentence asks for a meeting or a call ("would Thursday at 2 work?"). */
    static boolean isMeetingRequest(SentenceAnalysis sentence) {
        return meetingRequestStart(sentence) >= 0;
    }

    /** "greeting_name" for "Hi Sam," / "Dear Ms Ortiz", "greeting_group" for "Dear friends", else null. */
    static String greeting(SentenceAnalysis sentence) {
        if (sentence.size() < 2 || !GREETING_WORDS.contains(sentence.lower(0)) || sentence.size() > 6) {
            return null;
        }
        String next = sentence.lower(1);
        if (GROUP_WORDS.contains(next)) {
            return "greeting_group";
        }
        return Character.isUpperCase(sentence.token(1).charAt(0)) ? "greeting_name" : null;
    }

    /** How many tokens of the sentence are a sign-off ("Best", "Kind regards", "Thanks ,"), or 0 if it is not one. */
    static int signoffLength(SentenceAnalysis sentence) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < sentence.size() && i < 5; i++) {
            String word = sentence.lower(i);
            if (word.equals(",") || word.equals("!") || word.equals(".") || word.equals("-") || word.equals("—")) {
                if (SIGNOFFS.contains(words.toString())) {
                    return i + 1 == sentence.size() || isNameFrom(sentence, i + 1) ? i + 1 : 0;
                }
                return 0;
            }
            words.append(words.length() > 0 ? " " : "").append(word);
        }
        return sentence.size() <= 4 && SIGNOFFS.contains(words.toString()) ? sentence.size() : 0;
    }

    /** Whether the tokens from {@code from} to the end are a person's name: one to four capitalised words. */
    static boolean isNameFrom(SentenceAnalysis sentence, int from) {
        int words = sentence.size() - from;
        if (words < 1 || words > 4) {
            return false;
        }
        for (int i = from; i < sentence.size(); i++) {
            String token = sentence.token(i);
            boolean initial = token.length() <= 2 && token.endsWith(".");
            if (!Character.isUpperCase(token.charAt(0)) && !initial && !token.equals(".")) {
                return false;
            }
        }
        return !SIGNOFFS.contains(sentence.lower(from));
    }

    /** Words before a Roman numeral "I": "Phase I", "Type I". */
    private static final Set<String> NUMBERED = Set.of("part", "chapter", "phase", "section", "volume", "war",
            "stage", "tier", "level", "type", "class", "act", "book", "grade", "series", "schedule", "appendix");

    /** "I" (or a hurried "i") as a pronoun, not a Roman numeral ("Phase I") or a list label ("i)"). */
    private static boolean isFirstPerson(SentenceAnalysis sentence, int i) {
        if (!sentence.lower(i).equals("i")) {
            return true;
        }
        boolean label = i + 1 < sentence.size() && Set.of(")", ".", ":").contains(sentence.token(i + 1));
        boolean numeral = i > 0 && NUMBERED.contains(sentence.lower(i - 1));
        return !label && !numeral;
    }
}
