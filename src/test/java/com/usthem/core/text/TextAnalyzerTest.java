package com.usthem.core.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void splitsSentencesWithOffsetsIntoTheText() {
        String text = "  We build bridges. You cross them today!\n\nHi Dana,\nSign here?";
        List<Sentence> sentences = analyzer.analyze(text);
        assertEquals(List.of("We build bridges.", "You cross them today!", "Hi Dana,", "Sign here?"),
                sentences.stream().map(Sentence::text).toList());
        for (Sentence sentence : sentences) {
            assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()));
        }
    }

    @Test
    void aLineBreakEndsASentenceEvenWithoutPunctuation() {
        List<Sentence> sentences = analyzer.analyze("Built for tomorrow\nOur new range is here");
        assertEquals(2, sentences.size());
    }

    @Test
    void tokensCarryOffsetsAndUdTags() {
        SentenceAnalysis sentence = analyzer.analyzeSentence("You will love our new app.");
        assertArrayEquals(new String[] {"You", "will", "love", "our", "new", "app", "."}, sentence.tokens());
        assertEquals("PRON", sentence.tag(0));
        assertEquals("AUX", sentence.tag(1));
        assertEquals("VERB", sentence.tag(2));
        assertEquals("PUNCT", sentence.tag(6));
        for (int i = 0; i < sentence.size(); i++) {
            assertEquals(sentence.token(i), sentence.text().substring(sentence.start(i), sentence.end(i)));
        }
    }

    @Test
    void typographicApostrophesMatchPlainOnesInLowercase() {
        SentenceAnalysis sentence = analyzer.analyzeSentence("We\u2019ll call you.");
        assertTrue(List.of(sentence.tokens()).size() >= 3);
        for (int i = 0; i < sentence.size(); i++) {
            assertTrue(sentence.lower(i).indexOf('\u2019') < 0);
        }
    }

    @Test
    void repeatedSentencesComeFromTheCache() {
        SentenceAnalysis first = analyzer.analyzeSentence("Sign by Friday.");
        assertSame(first, analyzer.analyzeSentence("Sign by Friday."));
        SentenceAnalysis fresh = new TextAnalyzer(0).analyzeSentence("Sign by Friday.");
        assertNotSame(first, fresh, "an analyzer without a cache analyses again");
        assertArrayEquals(first.tokens(), fresh.tokens());
    }

    @Test
    void blankTextHasNoSentences() {
        assertTrue(analyzer.analyze(" \n\t \n").isEmpty());
    }
}
