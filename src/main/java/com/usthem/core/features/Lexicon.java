package com.usthem.core.features;

import java.util.Set;

/** Word lists behind the feature families. Lowercase; apostrophes are plain ('). */
final class Lexicon {

    static final Set<String> WE_WORDS = Set.of(
            "we", "us", "our", "ours", "ourselves", "we're", "we've", "we'll", "we'd", "let's");
    static final Set<String> YOU_WORDS = Set.of(
            "you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'll", "you'd", "ya", "y'all");

    /** Verbs that ask one buyer to take the last step. */
    static final Set<String> ACTION_VERBS = Set.of(
            "sign", "countersign", "order", "book", "call", "reply", "schedule", "confirm", "approve", "send",
            "pay", "lock", "reserve", "initial", "submit", "accept", "forward", "return", "renew", "finalize",
            "finalise", "secure", "grab", "pick", "choose", "buy", "purchase", "text", "email", "ring", "hold",
            "authorize", "authorise", "transfer", "wire", "upgrade", "activate", "countersigned");
    /** Verbs that open imperatives in copy, besides the action verbs: invitations and everyday asks. */
    static final Set<String> IMPERATIVE_VERBS = Set.of(
            "get", "take", "make", "see", "find", "check", "try", "start", "give", "keep", "come", "go", "read",
            "learn", "visit", "join", "follow", "register", "subscribe", "download", "watch", "shop", "browse", "save",
            "enjoy", "meet", "ask", "tell", "bring", "add", "use", "put", "switch", "claim", "apply", "stop", "tap",
            "click", "scan", "head", "swing", "drop", "pop", "treat", "plan", "unlock", "build", "create", "design",
            "discover", "explore", "experience", "imagine", "unleash", "elevate", "transform", "reimagine", "redefine",
            "celebrate", "share", "tag", "enter", "listen", "rsvp", "note", "remember", "let", "say", "leave", "fill",
            "upload", "complete", "finish", "review", "sign-up", "signup", "write", "message", "dm", "ping",
            "grab", "lock", "book", "stock", "pre-order", "preorder", "reply", "vote", "donate", "sponsor",
            "support", "help", "feel", "look", "picture", "think", "consider", "count", "skip", "forget", "trade",
            "swap", "invite", "refer", "pay", "choose", "pick", "act", "hurry", "move", "reserve", "buy");
    /** Words after a sentence's first word that make it a noun or a statement, not an imperative. */
    static final Set<String> NOT_AFTER_IMPERATIVE = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "can", "could", "would", "should", "may", "might", "must", "does", "did", "matters", "counts", "works",
            "means", "makes", "takes", "'s", "of", "and", "or", "&", "-", ":", "’s");
    /** Plural-looking words that often follow an imperative as its object ("Sign us up", "Book yours"). */
    static final Set<String> OBJECT_WORDS = Set.of("us", "yours", "this", "these", "those", "its", "his", "hers",
            "ours", "theirs", "plus", "less", "fewer", "tickets", "seats", "tables", "places", "spots", "slots");
    /** Words before a noun: after them an action verb is a noun ("the order", "your booking"). */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "your", "our", "this", "that", "these", "those",
            "my", "their", "his", "her", "its", "every", "each", "any", "no", "first", "next", "last", "new", "same");
    /** Words that may open an imperative without being the verb. */
    static final Set<String> IMPERATIVE_OPENERS = Set.of(
            "please", "just", "simply", "so", "now", "then", "and", "kindly", "quickly", "first", "ok", "okay");

    static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "weekend");
    static final Set<String> RELATIVE_DAYS = Set.of(
            "today", "tonight", "tomorrow", "tmrw", "tomorrow's", "today's", "yesterday", "asap", "eod", "eow", "eom",
            "eoq", "midnight", "noon", "morning", "afternoon", "evening");
    static final Set<String> MONTHS = Set.of(
            "january", "february", "april", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "march", "may");
    /** Months that are also common words: counted only next to a number or a deadline word. */
    static final Set<String> AMBIGUOUS_MONTHS = Set.of("march", "may");
    static final Set<String> PERIODS = Set.of("week", "month", "quarter", "day", "year", "weekend");
    static final Set<String> DEADLINE_PREPOSITIONS = Set.of("by", "before", "until", "till", "through", "thru");
    static final Set<String> DEADLINE_WORDS = Set.of(
            "deadline", "expires", "expire", "expiry", "expiring", "cutoff", "cut-off", "valid", "closes",
            "lapses", "lapse", "due");
    static final Set<String> NEAR_WORDS = Set.of("this", "next", "coming");

    static final Set<String> CURRENCY = Set.of("$", "€", "£", "usd", "eur", "gbp", "dollars", "euros", "pounds",
            "bucks", "cents");
    static final Set<String> PERCENT = Set.of("%", "percent", "per cent", "pct");
    static final Set<String> NUMBER_WORDS = Set.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "dozen", "half", "thousand");

    static final Set<String> RANKING_WORDS = Set.of(
            "leading", "award-winning", "world-class", "industry-leading", "best-in-class", "premier", "first-ever",
            "unmatched", "unrivaled", "unrivalled", "unbeatable", "number-one", "no.", "top-rated", "acclaimed",
            "renowned", "iconic", "legendary", "trusted", "pioneering", "pioneer", "ranked", "award", "awards",
            "leader", "leaders", "market-leading", "celebrated", "beloved", "millions", "cutting-edge",
            "state-of-the-art", "best-selling", "bestselling", "highest-rated", "five-star");
    static final Set<String> DREAM_WORDS = Set.of(
            "dream", "dreams", "imagine", "freedom", "inspire", "inspired", "inspiring", "transform",
            "transforms", "transformation", "future", "reimagine", "reimagined", "unleash", "elevate", "elevated",
            "effortless", "effortlessly", "seamless", "seamlessly", "timeless", "revolutionary", "revolution",
            "breakthrough", "next-generation", "innovative", "innovation", "ultimate", "limitless", "possible",
            "possibilities", "journey", "passion", "vision", "world", "extraordinary", "magic", "wonder",
            "discover", "experience", "redefine", "redefining", "redefined", "bold", "boldly", "new");
    static final Set<String> SUPERLATIVE_WORDS = Set.of("best", "most", "finest", "greatest", "top", "biggest",
            "fastest", "smartest", "easiest", "latest", "newest");
    static final Set<String> NOT_SUPERLATIVE = Set.of("interest", "est", "rest", "west", "test", "request",
            "honest", "modest", "forest", "guest", "nest", "chest", "contest", "protest", "harvest", "suggest",
            "invest", "manifest", "quest", "digest", "pest", "vest", "jest", "crest", "earnest");

    static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "dear", "morning", "afternoon", "thanks",
            "thank", "cheers", "best", "regards");
    /** Words that point back to this buyer's own conversation. */
    static final Set<String> CALLBACK_WORDS = Set.of(
            "mentioned", "discussed", "said", "asked", "requested", "promised", "following", "follow",
            "per", "recap", "spoke", "talked", "chatted", "call", "meeting", "visit", "demo", "trial", "pilot",
            "rollout", "renewal", "account", "quote", "proposal", "contract", "invoice", "po", "order",
            "checking", "check-in");

    static final Set<String> AUXILIARIES = Set.of(
            "can", "could", "would", "will", "shall", "should", "may", "might", "do", "does", "did", "is", "are",
            "was", "were", "have", "has", "am", "want", "need", "ready");
    static final Set<String> WH_WORDS = Set.of("what", "when", "where", "which", "who", "whom", "whose", "why", "how");

    private Lexicon() {
    }

    static boolean isNumber(String lower) {
        boolean digit = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c != ',' && c != '.' && c != 'k' && c != 'm' && c != '%' && c != '$' && c != '+') {
                return false;
            }
        }
        return digit;
    }
}
