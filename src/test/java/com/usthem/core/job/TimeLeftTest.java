package com.usthem.core.job;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeLeftTest {

    @Test
    void saysTheTimeLeftAtTheRateSoFarOnceThereIsEnoughToJudge() {
        long[] now = {0};
        List<String> messages = new ArrayList<>();
        TimeLeft timeLeft = new TimeLeft((message, fraction) -> messages.add(message), () -> now[0]);
        now[0] = 1_000_000_000L;
        timeLeft.progress("analysing", 0.10);
        now[0] = 20_000_000_000L;
        timeLeft.progress("fold 1", 0.01);
        timeLeft.progress("fold 2", 0.25);
        now[0] = 60_000_000_000L;
        timeLeft.progress("fold 4", 0.75);
        timeLeft.progress("done", 1.0);
        assertEquals(List.of("analysing", "fold 1", "fold 2 (about 1 min left)", "fold 4 (about 20 s left)", "done"),
                messages);
    }

    @Test
    void roundsAsPeopleSayIt() {
        assertEquals("5 s", TimeLeft.words(1));
        assertEquals("45 s", TimeLeft.words(44));
        assertEquals("1 min", TimeLeft.words(61));
        assertEquals("1 min 35 s", TimeLeft.words(94));
        assertEquals("2 min", TimeLeft.words(118));
        assertEquals("2 min 30 s", TimeLeft.words(152));
        assertEquals("4 min", TimeLeft.words(235));
        assertEquals("12 min", TimeLeft.words(731));
    }
}
