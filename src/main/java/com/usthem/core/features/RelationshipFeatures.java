package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.Map;
import java.util.Set;

/**
 * Attracting someone new or keeping a client: "your account", "your plan", "your renewal" speak
 * to a relationship that already exists; "new customers", "first visit", "introductory offer"
 * court a stranger.
 */
public class RelationshipFeatures extends CueFamily {

    static final String PREFIX = "rel=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("existing", "speaks of what the client already has ('your account', 'your plan')"),
            Map.entry("renewal", "a renewal"),
            Map.entry("newcomer", "courts newcomers ('new customers', 'first visit')"));
    static final Set<String> HELD = Set.of("account", "plan", "subscription", "contract", "policy",
            "workspace", "trial", "usage", "renewal", "invoice", "order", "booking", "membership", "service",
            "seats", "licence", "license", "tier", "bill", "balance", "quote", "proposal", "pilot", "rollout",
            "install", "installation", "team's", "fleet", "site", "store", "lease", "loan", "mortgage", "tariff",
            "meter", "deposit", "appointment", "reservation", "delivery", "shipment", "warranty", "ticket", "portal",
            "dashboard", "admin", "contract's", "plan's", "account's", "subscription's", "sponsorship", "pledge",
            "gift", "package");
    static final Set<String> RENEWAL = Set.of("renew", "renews", "renewal", "renewing", "renewed",
            "re-sign", "extend", "extension");
    private static final Set<String> NEWCOMER_FIRST = Set.of("new", "first", "first-time", "introductory");
    private static final Set<String> NEWCOMER_SECOND = Set.of("customers", "members", "visitors", "visit",
            "patients", "clients", "guests", "students", "riders", "shoppers", "order", "offer", "time", "timers",
            "subscribers", "users");

    public RelationshipFeatures() {
        super(PREFIX, DESCRIPTIONS, Distinction.ATTRACT_KEEP);
    }

    @Override
    protected void scan(SentenceAnalysis sentence, CompanyVocabulary vocabulary, Findings findings) {
        scanTokens(sentence, RelationshipFeatures::kindAt, CueKind.RELATIONSHIP,
                (words, token) -> RENEWAL.contains(words.lower(token)) ? token : token - 1, (words, token) -> token,
                findings);
    }

    /** The kind of relationship token i (or the phrase it ends) speaks of, or null. */
    static String kindAt(SentenceAnalysis sentence, int i) {
        String word = sentence.lower(i);
        if (RENEWAL.contains(word)) {
            return "renewal";
        }
        if (i == 0) {
            return null;
        }
        String previous = sentence.lower(i - 1);
        if (previous.equals("your") && HELD.contains(word)) {
            return "existing";
        }
        return NEWCOMER_FIRST.contains(previous) && NEWCOMER_SECOND.contains(word) ? "newcomer" : null;
    }
}
