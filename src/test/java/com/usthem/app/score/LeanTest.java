package com.usthem.app.score;

import com.usthem.core.Label;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LeanTest {

    @Test
    void bandsFollowTheConfidenceInTheLabel() {
        assertEquals(new Lean(Label.SALES, 3), Lean.of(0.91));
        assertEquals(new Lean(Label.SALES, 2), Lean.of(0.70));
        assertEquals(new Lean(Label.SALES, 1), Lean.of(0.55));
        assertEquals(new Lean(Label.MARKETING, 1), Lean.of(0.5));
        assertEquals(new Lean(Label.MARKETING, 2), Lean.of(0.3));
        assertEquals(new Lean(Label.MARKETING, 3), Lean.of(0.02));
    }

    @Test
    void wordsAndStyleClassesNameTheSideAndStrength() {
        assertEquals("strongly sales", Lean.of(0.95).words());
        assertEquals("Clearly marketing", Lean.of(0.25).capitalizedWords());
        assertEquals("leans marketing", Lean.of(0.4).words());
        assertEquals("shade-sales-3", Lean.of(0.95).styleClass());
        assertEquals("shade-marketing-1", Lean.of(0.4).styleClass());
    }
}
