package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Time and deadlines: days ("Tuesday", "tomorrow"), dates ("March 3", "the 30th"), clock times,
 * near periods ("this week", "end of the month") and deadline phrasing ("by Friday", "expires").
 * Sales pins the buyer to a date; marketing rarely does.
 */
public class DeadlineFeatures extends CueFamily {

    static final String PREFIX = "time=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("weekday", "names a day of the week"),
            Map.entry("relative_day", "'today', 'tomorrow' and the like"),
            Map.entry("date", "names a date"),
            Map.entry("clock", "names a time of day"),
            Map.entry("near_period", "'this week', 'next month' and the like"),
            Map.entry("end_of_period", "'end of the month' and the like"),
            Map.entry("deadline", "a deadline ('by Friday', 'before the 30th')"),
            Map.entry("deadline_word", "deadline words ('expires', 'due', 'valid')"));
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}(:\\d{2})?(am|pm|a\\.m\\.|p\\.m\\.)?");
    /** "am", "p.m." and, as the tokenizer leaves it before a full stop, "p.m". */
    static final Pattern MERIDIEM = Pattern.compile("am|pm|a\\.m\\.?|p\\.m\\.?");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}(st|nd|rd|th)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    public DeadlineFeatures() {
        super(PREFIX, DESCRIPTIONS, Distinction.JOURNEY_LAST_MILE);
    }

    @Override
    protected void scan(SentenceAnalysis sentence, CompanyVocabulary vocabulary, Findings findings) {
        for (int i = 0; i < sentence.size(); i++) {
            String kind = kindAt(sentence, i);
            if (kind != null) {
                int first = expressionStart(sentence, i, kind);
                boolean deadline = followsDeadlinePreposition(sentence, first);
                int shownFrom = deadline ? first - 1 : first;
                boolean meridiem = kind.equals("clock") && i + 1 < sentence.size()
                        && MERIDIEM.matcher(sentence.lower(i + 1)).matches();
                int shownTo = meridiem ? i + 1 : i;
                findings.found(kind, CueKind.DEADLINE, shownFrom, shownTo);
                if (deadline) {
                    findings.found("deadline", CueKind.DEADLINE, shownFrom, shownTo);
                }
            }
            if (Lexicon.DEADLINE_WORDS.contains(sentence.lower(i))) {
                findings.found("deadline_word", CueKind.DEADLINE, i, i);
            }
        }
    }

    /**
     * The first token of the time expression whose main word is token i: back over "the" and
     * "this/next/coming", and to "end" in "end of the month" ("before the 30th", "by next week").
     */
    private static int expressionStart(SentenceAnalysis sentence, int i, String kind) {
        int first = i;
        if (kind.equals("end_of_period")) {
            first = sentence.lower(i - 1).equals("the") ? i - 3 : i - 2;
        }
        while (first > 0 && (sentence.lower(first - 1).equals("the")
                || Lexicon.NEAR_WORDS.contains(sentence.lower(first - 1)))) {
            first--;
        }
        return first;
    }

    private static boolean followsDeadlinePreposition(SentenceAnalysis sentence, int first) {
        return first > 0 && Lexicon.DEADLINE_PREPOSITIONS.contains(sentence.lower(first - 1));
    }

    /** What kind of time expression token i is, or null. */
    static String kindAt(SentenceAnalysis sentence, int i) {
        String word = sentence.lower(i);
        String previous = i > 0 ? sentence.lower(i - 1) : "";
        String next = i + 1 < sentence.size() ? sentence.lower(i + 1) : "";
        if (Lexicon.WEEKDAYS.contains(word)) {
            return "weekday";
        }
        if (Lexicon.RELATIVE_DAYS.contains(word)) {
            return "relative_day";
        }
        if (Lexicon.MONTHS.contains(word)) {
            boolean dated = NUMBER.matcher(next).matches() || ORDINAL.matcher(next).matches()
                    || NUMBER.matcher(previous).matches() || ORDINAL.matcher(previous).matches()
                    || Lexicon.DEADLINE_PREPOSITIONS.contains(previous);
            if (!Lexicon.AMBIGUOUS_MONTHS.contains(word) || dated) {
                return "date";
            }
        }
        if (ORDINAL.matcher(word).matches() && (previous.equals("the") || Lexicon.MONTHS.contains(previous))) {
            return "date";
        }
        if (CLOCK.matcher(word).matches() && (MERIDIEM.matcher(next).matches() || word.matches(".*[ap]\\.?m\\.?")
                || (word.contains(":") && !word.startsWith("0")))) {
            return "clock";
        }
        if (Lexicon.PERIODS.contains(word) && Lexicon.NEAR_WORDS.contains(previous)) {
            return "near_period";
        }
        if (Lexicon.PERIODS.contains(word) && previous.equals("the") && i >= 3
                && sentence.lower(i - 2).equals("of") && sentence.lower(i - 3).equals("end")) {
            return "end_of_period";
        }
        if (Lexicon.PERIODS.contains(word) && previous.equals("of") && i >= 2 && sentence.lower(i - 2).equals("end")) {
            return "end_of_period";
        }
        return null;
    }
}
