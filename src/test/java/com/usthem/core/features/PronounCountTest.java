package com.usthem.core.features;

import com.usthem.core.Label;
import com.usthem.core.text.SentenceAnalysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.usthem.core.features.FeatureTesting.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PronounCountTest {

    @Test
    void countsWeAndYouWordsAcrossSentences() {
        List<SentenceAnalysis> sentences = List.of(
                tagged("We built our platform for teams like yours."),
                tagged("You'll love it, and we'll help you."));
        // we-words: We, our, we'll; you-words: yours, You'll, you
        assertEquals(new PronounCount(3, 3), PronounCount.of(sentences));
    }

    @Test
    void typographicApostrophesCount() {
        assertEquals(new PronounCount(1, 1), PronounCount.of(List.of(tagged("We\u2019ll call, you\u2019re set."))));
    }

    @Test
    void untaggedTokensCountToo() {
        assertEquals(new PronounCount(1, 2),
                PronounCount.of(List.of(SentenceAnalysis.ofTokens(new String[] {"Let", "us", "help", "you", "and", "your", "team"}))));
    }

    @Test
    void theCompanysNamesCountAsWeWordsJustAsTheyAreHighlighted() {
        SentenceAnalysis sentence = tagged("Acme Cloud keeps your files safe, and Acme answers every call.");
        CompanyVocabulary names = new CompanyVocabulary(List.of("Acme", "Acme Cloud"));
        PronounCount count = PronounCount.of(sentence, names);
        assertEquals(new PronounCount(2, 1), count);
        List<Cue> cues = Cues.find(sentence, names);
        assertEquals(count.we(), cues.stream().filter(cue -> cue.kind() == CueKind.WE).count());
        assertEquals(count.you(), cues.stream().filter(cue -> cue.kind() == CueKind.YOU).count());
        assertEquals(new PronounCount(0, 1), PronounCount.of(List.of(sentence)), "the baseline knows no names");
    }

    @Test
    void noPronounsIsNeutral() {
        PronounCount count = PronounCount.of(List.of(tagged("The rate is fixed.")));
        assertEquals(new PronounCount(0, 0), count);
        assertEquals(50.0, count.customerFocusPercent(), 1e-9);
        assertEquals(Label.MARKETING, count.verdict());
        assertEquals(new PronounCount(0, 0), PronounCount.of(List.of()));
    }

    @Test
    void customerFocusIsTheShareOfYouWords() {
        assertEquals(75.0, new PronounCount(1, 3).customerFocusPercent(), 1e-9);
        assertEquals(0.0, new PronounCount(4, 0).customerFocusPercent(), 1e-9);
        assertEquals(100.0, new PronounCount(0, 2).customerFocusPercent(), 1e-9);
    }

    @Test
    void verdictIsSalesOnlyWhenYouOutnumbersWe() {
        assertEquals(Label.SALES, new PronounCount(1, 2).verdict());
        assertEquals(Label.MARKETING, new PronounCount(2, 2).verdict());
        assertEquals(Label.MARKETING, new PronounCount(3, 1).verdict());
    }
}
