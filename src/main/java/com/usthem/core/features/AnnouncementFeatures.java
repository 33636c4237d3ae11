package com.usthem.core.features;

import com.usthem.core.Distinction;
import com.usthem.core.text.SentenceAnalysis;

import java.util.Map;
import java.util.Set;

/**
 * Announcing: "introducing", "now available", "we've launched", "is here", "coming soon". An
 * announcement tells a market that something exists; it is the journey, not the last mile, even
 * when it adds "you can now".
 */
public class AnnouncementFeatures extends CueFamily {

    static final String PREFIX = "announce=";
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("launch", "announces something new ('introducing', 'now available')"));
    static final Set<String> WORDS = Set.of("introducing", "introduces", "introduced", "launch",
            "launches", "launched", "launching", "announce", "announces", "announced", "announcing", "announcement",
            "unveil", "unveils", "unveiled", "unveiling", "debut", "debuts", "debuted", "release", "released",
            "releases", "changelog", "premiere", "premieres", "opening", "reopening", "reopens");
    private static final Phrases PHRASES = new Phrases("now available", "available now", "now open", "is here",
            "are here", "is live", "are live", "now live", "coming soon", "just dropped", "just landed",
            "just launched", "meet the new", "say hello to", "new in", "you can now", "now comes", "now in",
            "now offers", "now supports", "is now", "are now", "opens its", "open its doors", "grand opening",
            "what's new", "hot off");

    public AnnouncementFeatures() {
        super(PREFIX, DESCRIPTIONS, Distinction.JOURNEY_LAST_MILE);
    }

    @Override
    protected void scan(SentenceAnalysis sentence, CompanyVocabulary vocabulary, Findings findings) {
        for (int i = 0; i < sentence.size(); i++) {
            int length = length(sentence, i);
            if (length > 0) {
                findings.found("launch", CueKind.ANNOUNCEMENT, i, i + length - 1);
                i += length - 1;
            }
        }
    }

    private static int length(SentenceAnalysis sentence, int i) {
        int phrase = PHRASES.matchAt(sentence, i);
        return phrase > 0 ? phrase : WORDS.contains(sentence.lower(i)) ? 1 : 0;
    }
}
