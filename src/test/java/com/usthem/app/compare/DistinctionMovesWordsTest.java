package com.usthem.app.compare;

import com.usthem.core.Distinction;
import com.usthem.core.compare.DistinctionChange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DistinctionMovesWordsTest {

    @Test
    void aMoveIsSaidAsTheLeanBeforeAndAfter() {
        assertEquals("no lean \u2192 clearly sales",
                DistinctionMoves.words(new DistinctionChange(Distinction.JOURNEY_LAST_MILE, 0.02, 1.2)));
        assertEquals("leans marketing, unchanged",
                DistinctionMoves.words(new DistinctionChange(Distinction.US_THEM, -0.3, -0.35)));
    }
}
