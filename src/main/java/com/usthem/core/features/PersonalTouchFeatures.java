package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.Map;

/**
 * Signs that copy is written to one person: a greeting with a name ("Hi Dana"), a sign-off, and
 * references back to this buyer's own conversation ("as you mentioned", "per our call").
 */
public class PersonalTouchFeatures extends CueFamily {

    static final String PREFIX = "personal=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("greeting", "greets one person ('Hi Dana')"),
            Map.entry("callback", "refers back to this buyer's conversation"),
            Map.entry("name", "addresses someone by name"));

    public PersonalTouchFeatures() {
        super(PREFIX, DESCRIPTIONS, Distinction.PUBLIC_PERSONAL);
    }

    @Override
    protected void scan(SentenceAnalysis sentence, CompanyVocabulary vocabulary, Findings findings) {
        if (isGreeting(sentence)) {
            findings.found("greeting", CueKind.PERSONAL, 0, Math.min(1, sentence.size() - 1));
        }
        for (int i = 0; i < sentence.size(); i++) {
            if (isCallback(sentence, i)) {
                findings.found("callback", CueKind.PERSONAL, i, i);
            }
            if (isPersonName(sentence, i)) {
                findings.found("name");
            }
        }
    }

    /** "Hi Dana," / "Dear Mr. Ortiz" / "Thanks, Sam": a salutation followed by a name. */
    static boolean isGreeting(SentenceAnalysis sentence) {
        if (sentence.size() < 2 || !Lexicon.GREETINGS.contains(sentence.lower(0))) {
            return false;
        }
        String next = sentence.token(1);
        return Character.isUpperCase(next.charAt(0)) || next.equals(",") || sentence.size() <= 3;
    }

    /** "mentioned", "as discussed", "per our call": this buyer's own history. */
    static boolean isCallback(SentenceAnalysis sentence, int i) {
        String word = sentence.lower(i);
        if (!Lexicon.CALLBACK_WORDS.contains(word)) {
            return false;
        }
        String previous = i > 0 ? sentence.lower(i - 1) : "";
        return switch (word) {
            case "mentioned", "discussed", "said", "asked", "requested", "promised", "spoke", "talked", "chatted" ->
                    previous.equals("you") || previous.equals("as") || previous.equals("we") || previous.equals("i");
            case "following", "checking" -> i + 1 < sentence.size()
                    && (sentence.lower(i + 1).equals("up") || sentence.lower(i + 1).equals("in"));
            case "per" -> i + 1 < sentence.size() && (sentence.lower(i + 1).equals("our") || sentence.lower(i + 1).equals("your"));
            default -> previous.equals("your") || previous.equals("our") || previous.equals("last")
                    || previous.equals("yesterday's") || previous.equals("the");
        };
    }

    /** A name after a greeting: a proper noun when tagged, a capitalised word when not. */
    private static boolean isPersonName(SentenceAnalysis sentence, int i) {
        boolean name = sentence.tagged() ? "PROPN".equals(sentence.tag(i))
                : Character.isUpperCase(sentence.token(i).charAt(0));
        return i > 0 && name && sentence.lower(i - 1).matches("hi|hello|hey|dear|thanks|,");
    }
}
