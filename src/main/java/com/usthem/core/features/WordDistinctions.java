package com.usthem.core.features;

import com.usthem.core.Distinction;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which distinction a word shows, from the same word lists the cue families read: "we" and "you"
 * are us vs. them, "I" and "regards" public vs. personal, "revenue" and "leads" a chance to win vs.
 * closing, and so on. A word on none of the lists shows none: it is wording. Lists are tried in the
 * order below, so a word on two ("best": a superlative and a sign-off) goes to the first.
 */
final class WordDistinctions {

    private static final Set<String> PERSONAL = Set.of("hi", "hello", "hey", "dear", "thanks", "thank", "regards",
            "cheers", "sincerely", "warmly", "mentioned", "discussed", "promised", "spoke", "talked", "chatted");
    private static final Set<String> KEEPING = Set.of("welcome", "loyal", "loyalty", "again", "since", "anniversary",
            "member", "members", "membership", "customers", "client", "clients", "support", "check-in");
    private static final Set<String> LAST_MILE = Set.of("please", "now", "today", "tonight", "tomorrow", "asap",
            "deadline", "due", "expires", "until", "by", "before");

    private static final List<Map.Entry<Distinction, Set<String>>> LISTS = List.of(
            Map.entry(Distinction.US_THEM, union(Lexicon.WE_WORDS, Lexicon.YOU_WORDS)),
            Map.entry(Distinction.PUBLIC_PERSONAL, union(LetterShapeFeatures.FIRST_PERSON_SINGULAR, PERSONAL)),
            Map.entry(Distinction.CHANCE_CLOSE, union(OutcomeFeatures.CLOSED, OutcomeFeatures.CHANCE)),
            Map.entry(Distinction.ATTRACT_KEEP, union(RelationshipFeatures.RENEWAL, KEEPING)),
            Map.entry(Distinction.JOURNEY_LAST_MILE, union(Lexicon.ACTION_VERBS, Lexicon.WEEKDAYS,
                    Lexicon.RELATIVE_DAYS, Lexicon.MONTHS, Lexicon.DEADLINE_WORDS, AnnouncementFeatures.WORDS,
                    LAST_MILE)),
            Map.entry(Distinction.DREAM_REALITY, union(Lexicon.RANKING_WORDS, Lexicon.DREAM_WORDS,
                    Lexicon.SUPERLATIVE_WORDS, Lexicon.CURRENCY, Lexicon.PERCENT, Set.of("<num>", "if", "least"))));

    private WordDistinctions() {
    }

    /** The distinction a lowercased word (or a word shape such as "&lt;num&gt;") shows, or null. */
    static Distinction of(String word) {
        for (Map.Entry<Distinction, Set<String>> list : LISTS) {
            if (list.getValue().contains(word)) {
                return list.getKey();
            }
        }
        return null;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.HashSet<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
