package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.Map;
import java.util.Set;

/**
 * What a result is counted in: chances to win (leads, inquiries, visits, sign-ups) or the win
 * itself (deals closed, contracts signed, revenue). The same "we" report is marketing when it
 * counts inquiries and sales when it counts what those inquiries were converted into.
 */
public class OutcomeFeatures extends CueFamily {

    static final String PREFIX = "result=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("closed", "counts wins: deals closed, contracts signed, revenue"),
            Map.entry("chance", "counts chances: leads, inquiries, visits, sign-ups"));
    static final Set<String> CLOSED = Set.of("closed", "signed", "converted", "won", "revenue", "revenues",
            "deals", "deal", "bookings", "quota", "arr", "mrr", "contracts", "upsold", "closed-won", "renewed",
            "conversions", "billings", "invoiced", "sold", "close-rate", "win-rate", "pos");
    static final Set<String> CHANCE = Set.of("leads", "lead", "inquiries", "enquiries", "impressions",
            "traffic", "visits", "visitors", "clicks", "sign-ups", "signups", "downloads", "followers", "reach",
            "views", "attendance", "attendees", "registrations", "mqls", "mql", "subscribers", "awareness",
            "engagement", "mentions", "ctr", "pageviews", "page-views", "prospects", "pipeline", "footfall",
            "open-rate");

    public OutcomeFeatures() {
        super(PREFIX, DESCRIPTIONS, Distinction.CHANCE_CLOSE);
    }

    @Override
    protected void scan(SentenceAnalysis sentence, CompanyVocabulary vocabulary, Findings findings) {
        scanTokens(sentence, OutcomeFeatures::kindAt, CueKind.OUTCOME, (words, token) -> token, (words, token) -> token,
                findings);
    }

    static String kindAt(SentenceAnalysis sentence, int i) {
        String word = sentence.lower(i);
        if (CLOSED.contains(word)) {
            return "closed";
        }
        return CHANCE.contains(word) ? "chance" : null;
    }
}
