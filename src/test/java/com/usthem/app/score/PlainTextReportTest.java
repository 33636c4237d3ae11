package com.usthem.app.score;

import com.usthem.app.TestEngine;
import com.usthem.core.classify.TextScore;
import com.usthem.core.features.PronounCount;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextReportTest {

    private final ScoringEngine engine = TestEngine.shipped();

    @Test
    void reportsVerdictCountsReasonsAndEverySentence() {
        ScoredText scored = engine.score("If you sign today, your crew starts Tuesday. We love our customers.");
        String report = PlainTextReport.of(scored, "offer.txt", "the default model");
        String[] lines = report.split("\n");
        assertEquals("UsThem verdict on offer.txt", lines[0]);
        assertTrue(lines[1].startsWith("Verdict: " + scored.score().label().id() + " ("), lines[1]);
        assertEquals("We-words 2, you-words 2: customer focus 50%", lines[2]);
        assertTrue(report.contains("Model: the default model\n"), report);
        assertTrue(report.contains("\nThe six distinctions (* what it is mainly about):\n"), report);
        for (ProfileRow row : ProfileRow.of(scored.profile(), scored.reasons())) {
            assertTrue(report.contains((row.mainlyAbout() ? "* " : "  ") + row.title() + ": " + row.leanWords()),
                    row.title() + " in " + report);
        }
        assertTrue(report.contains("  1. "), report);
        assertTrue(report.contains("If you sign today, your crew starts Tuesday."), report);
        assertTrue(report.contains("  2. "), report);
        assertTrue(report.contains("We love our customers."), report);
    }

    @Test
    void saysWhenTheModelAndThePronounCountDisagree() {
        TextScore salesWithWeWords = new TextScore(0.2, 0.8, List.of(), List.of(), new PronounCount(3, 1), List.of());
        String report = PlainTextReport.of(new ScoredText("x", salesWithWeWords, true, List.of(), List.of()), null, "m");
        assertTrue(report.contains("\nThe we/you count alone says marketing; the model says sales, because other cues "
                + "outweigh the pronouns.\n"), report);
    }
}
