package com.usthem.core.features;

import com.usthem.core.text.SentenceAnalysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.usthem.core.features.FeatureTesting.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompanyVocabularyTest {

    @Test
    void namesAreStrippedDeduplicatedAndBlanksDropped() {
        CompanyVocabulary vocabulary = new CompanyVocabulary(List.of(" Acme ", "Acme", "", "   ", "Acme Cloud"));
        assertEquals(List.of("Acme", "Acme Cloud"), vocabulary.names());
        assertFalse(vocabulary.isEmpty());
        assertTrue(CompanyVocabulary.EMPTY.isEmpty());
        assertTrue(new CompanyVocabulary(List.of(" ", "")).isEmpty());
    }

    @Test
    void multiWordNameMatchesAllItsTokens() {
        CompanyVocabulary vocabulary = new CompanyVocabulary(List.of("Acme Cloud"));
        SentenceAnalysis sentence = tagged("Acme Cloud keeps your files safe.");
        assertEquals(2, vocabulary.matchAt(sentence, 0));
        assertEquals(0, vocabulary.matchAt(sentence, 1));
        assertEquals(0, vocabulary.matchAt(tagged("Acme keeps your files safe."), 0));
    }

    @Test
    void longestNameWins() {
        CompanyVocabulary vocabulary = new CompanyVocabulary(List.of("Acme", "Acme Cloud"));
        assertEquals(2, vocabulary.matchAt(tagged("Acme Cloud keeps your files safe."), 0));
        assertEquals(1, vocabulary.matchAt(tagged("Acme keeps your files safe."), 0));
    }

    @Test
    void matchingIgnoresCaseAndExtraSpacesInTheName() {
        CompanyVocabulary vocabulary = new CompanyVocabulary(List.of("ACME   cloud"));
        assertEquals(2, vocabulary.matchAt(tagged("Try acme Cloud today."), 1));
    }

    @Test
    void nameRunningPastTheSentenceEndDoesNotMatch() {
        CompanyVocabulary vocabulary = new CompanyVocabulary(List.of("Acme Cloud"));
        SentenceAnalysis sentence = SentenceAnalysis.ofTokens(new String[] {"Try", "Acme"});
        assertEquals(0, vocabulary.matchAt(sentence, 1));
    }

    @Test
    void typographicApostrophesInNamesMatchEitherSpelling() {
        CompanyVocabulary curly = new CompanyVocabulary(List.of("O\u2019Brien Roofing"));
        CompanyVocabulary plain = new CompanyVocabulary(List.of("O'Brien Roofing"));
        for (String text : List.of("O\u2019Brien Roofing will call you.", "O'Brien Roofing will call you.")) {
            SentenceAnalysis sentence = tagged(text);
            assertEquals(2, curly.matchAt(sentence, 0), text);
            assertEquals(2, plain.matchAt(sentence, 0), text);
        }
    }

    @Test
    void equalityFollowsTheNames() {
        assertEquals(new CompanyVocabulary(List.of("Acme")), new CompanyVocabulary(List.of(" Acme ")));
        assertEquals(new CompanyVocabulary(List.of("Acme")).hashCode(), new CompanyVocabulary(List.of("Acme")).hashCode());
        assertNotEquals(new CompanyVocabulary(List.of("Acme")), new CompanyVocabulary(List.of("Acme Cloud")));
        assertEquals("[Acme, Acme Cloud]", new CompanyVocabulary(List.of("Acme", "Acme Cloud")).toString());
    }
}
