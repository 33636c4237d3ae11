package com.usthem.core.classify;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LeanScaleTest {

    @Test
    void wordsChangeWhereAVerdictOfThatLeanWouldTurnClearOrStrong() {
        assertEquals("no lean", LeanScale.words(0.04));
        assertEquals("no lean", LeanScale.words(-0.09));
        assertEquals("leans sales", LeanScale.words(0.5));
        assertEquals("clearly marketing", LeanScale.words(-Math.log(0.66 / 0.34)));
        assertEquals("leans marketing", LeanScale.words(-Math.log(0.64 / 0.36)));
        assertEquals("strongly sales", LeanScale.words(Math.log(0.86 / 0.14)));
    }

    @Test
    void aBarFillsInProportionUntilItIsFull() {
        assertEquals(0.5, LeanScale.fraction(-1.5), 1e-12);
        assertEquals(0.5, LeanScale.fraction(1.5), 1e-12);
        assertEquals(1.0, LeanScale.fraction(7), 1e-12);
        assertEquals(0.0, LeanScale.fraction(0), 1e-12);
    }
}
