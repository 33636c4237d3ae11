package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.usthem.core.features.FeatureTesting.assertValidSpan;
import static com.usthem.core.features.FeatureTesting.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CuesTest {

    private static String textOf(SentenceAnalysis sentence, Cue cue) {
        return sentence.text().substring(cue.start(), cue.end());
    }

    private static List<String> describe(SentenceAnalysis sentence, List<Cue> cues) {
        return cues.stream().map(c -> c.kind() + ":" + textOf(sentence, c)).toList();
    }

    @Test
    void everyFamilyInTextOrder() {
        SentenceAnalysis sentence = tagged("Sign by Friday to lock in the rate.");
        List<Cue> cues = Cues.find(sentence, CompanyVocabulary.EMPTY);
        assertEquals(List.of("ACTION:Sign", "DEADLINE:by Friday", "ACTION:lock"), describe(sentence, cues));
    }

    @Test
    void cuesAreSortedAndValidSpans() {
        for (String text : List.of(
                "Does Tuesday at 10am work for your team?",
                "Quote for 40 seats at $12 per seat, 15% off.",
                "Hi Dana, as you mentioned on our call, the trial ends March 3.",
                "If you approve today, you'll have the units next week.",
                "We are the #1 choice.")) {
            SentenceAnalysis sentence = tagged(text);
            List<Cue> cues = Cues.find(sentence, CompanyVocabulary.EMPTY);
            assertTrue(cues.size() >= 2, text + " -> " + cues);
            for (int i = 0; i < cues.size(); i++) {
                assertValidSpan(sentence, cues.get(i));
                if (i > 0) {
                    Cue previous = cues.get(i - 1);
                    Cue cue = cues.get(i);
                    assertTrue(previous.start() < cue.start()
                            || (previous.start() == cue.start() && previous.end() <= cue.end()), text + " -> " + cues);
                }
            }
        }
    }

    @Test
    void questionCuesFromSeveralFamilies() {
        SentenceAnalysis sentence = tagged("Does Tuesday at 10am work for your team?");
        List<String> cues = describe(sentence, Cues.find(sentence, CompanyVocabulary.EMPTY));
        assertEquals(List.of("ACTION:Does Tuesday at 10am work", "DEADLINE:Tuesday", "DEADLINE:10am", "YOU:your",
                "QUESTION:?"), cues, "a time offered in a question is a meeting request");
    }

    @Test
    void companyVocabularyIsHighlightedAsWe() {
        SentenceAnalysis sentence = tagged("Acme Cloud keeps your files safe.");
        List<String> cues = describe(sentence, Cues.find(sentence, new CompanyVocabulary(List.of("Acme Cloud"))));
        assertEquals(List.of("WE:Acme Cloud", "YOU:your"), cues);
        assertEquals(List.of("YOU:your"), describe(sentence, Cues.find(sentence, CompanyVocabulary.EMPTY)));
    }

    @Test
    void untaggedSentenceOffsetsFollowTheJoinedTokens() {
        SentenceAnalysis sentence = SentenceAnalysis.ofTokens(new String[] {"Sign", "by", "Friday"});
        assertEquals("Sign by Friday", sentence.text());
        assertEquals(List.of("ACTION:Sign", "DEADLINE:by Friday"),
                describe(sentence, Cues.find(sentence, CompanyVocabulary.EMPTY)));
    }

    @Test
    void shiftMovesBothEnds() {
        Cue cue = new Cue(CueKind.NUMBER, 3, 7);
        assertEquals(new Cue(CueKind.NUMBER, 13, 17), cue.shift(10));
        assertEquals(cue, cue.shift(0));
    }

    @Test
    void everyCueKindExplainsItself() {
        for (CueKind kind : CueKind.values()) {
            assertTrue(kind.description() != null && !kind.description().isBlank(), kind.name());
            assertTrue(List.of("marketing", "sales", "either").contains(kind.usualSide()), kind.name());
        }
    }
}
