package com.usthem.core.corpus;

import com.usthem.core.Label;
import com.usthem.core.io.FileLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepeatedCopiesTest {

    private static CorpusReadResult read(String file, Object... textsAndLabels) {
        List<Example> examples = new ArrayList<>();
        List<FileLine> origins = new ArrayList<>();
        for (int i = 0; i < textsAndLabels.length; i += 2) {
            examples.add(Example.of((String) textsAndLabels[i], (Label) textsAndLabels[i + 1], "import", null));
            origins.add(new FileLine(file, i / 2 + 1));
        }
        return new CorpusReadResult(examples, origins, List.of());
    }

    @Test
    void aTextRepeatedWithItsLabelIsUsedOnceAndCountedInOneLine() {
        RepeatedCopies repeated = RepeatedCopies.of(read("d.jsonl",
                "Sign today.", Label.SALES,
                "Our story.", Label.MARKETING,
                "sign TODAY", Label.SALES,
                "Sign today!", Label.SALES));
        assertEquals(List.of("Sign today.", "Our story."), repeated.kept().stream().map(Example::text).toList());
        assertEquals(List.of("2 lines repeat the text and label of an earlier line and were used once: "
                + "d.jsonl:3, d.jsonl:4"), repeated.report());
    }

    @Test
    void aTextLabeledDifferentlyIsLeftOutWithEveryLineListed() {
        RepeatedCopies repeated = RepeatedCopies.of(read("d.jsonl",
                "Sign today.", Label.SALES,
                "Our story.", Label.MARKETING,
                "Sign today", Label.MARKETING));
        assertEquals(List.of("Our story."), repeated.kept().stream().map(Example::text).toList());
        assertEquals(List.of("1 text is labeled differently on different lines, left out:",
                "  d.jsonl:1 (sales), d.jsonl:3 (marketing): the same text with different labels, left out: "
                        + "\u201cSign today.\u201d"), repeated.report());
    }

    @Test
    void longListsNameTheFirstFewRepeatsAndTheFirstTwentyConflicts() {
        List<Object> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.addAll(List.of("Conflict number " + i + ".", Label.SALES, "conflict number " + i, Label.MARKETING));
        }
        for (int i = 0; i < 9; i++) {
            lines.addAll(List.of("Same again.", Label.SALES));
        }
        List<String> report = RepeatedCopies.of(read("d.jsonl", lines.toArray())).report();
        assertEquals("8 lines repeat the text and label of an earlier line and were used once: "
                + "d.jsonl:62, d.jsonl:63, d.jsonl:64, d.jsonl:65, d.jsonl:66, \u2026", report.get(0));
        assertEquals("30 texts are labeled differently on different lines, left out:", report.get(1));
        assertEquals(2 + 20 + 1, report.size(), String.join("\n", report));
        assertTrue(report.get(2).startsWith("  d.jsonl:1 (sales), d.jsonl:2 (marketing)"), report.get(2));
        assertEquals("  \u2026 and 10 more", report.get(report.size() - 1));
    }
}
