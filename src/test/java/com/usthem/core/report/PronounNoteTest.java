package com.usthem.core.report;

import com.usthem.core.classify.TextScore;
import com.usthem.core.features.PronounCount;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PronounNoteTest {

    private static TextScore salesWith(PronounCount pronouns) {
        return new TextScore(0.2, 0.8, List.of(), List.of(), pronouns, List.of());
    }

    @Test
    void saysWhenTheCountAloneWouldGiveTheOtherVerdict() {
        assertEquals("The we/you count alone says marketing; the model says sales, because other cues outweigh "
                + "the pronouns.", PronounNote.of(salesWith(new PronounCount(3, 1))));
    }

    @Test
    void saysNothingWhenTheyAgreeOrThereAreNoPronouns() {
        assertNull(PronounNote.of(salesWith(new PronounCount(0, 2))));
        assertNull(PronounNote.of(salesWith(new PronounCount(0, 0))));
    }
}
