package com.usthem.core.corpus;

import com.usthem.core.Label;
import com.usthem.core.io.FileProblem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoccatCorpusFormatTest {

    private static final String FILE = "train.txt";

    private final CorpusCodec doccat = CorpusFormat.DOCCAT.codec();

    @Test
    void labelThenText() {
        CorpusReadResult result = doccat.parse(FILE, "sales Sign by Friday.\n  MARKETING\tWe dream   big.  \n", "doccat");
        assertTrue(result.clean(), result.problems().toString());
        assertEquals(2, result.examples().size());
        Example first = result.examples().get(0);
        assertEquals(Label.SALES, first.label());
        assertEquals("Sign by Friday.", first.text());
        assertEquals("doccat", first.source());
        assertEquals(ExampleIds.forText("Sign by Friday."), first.id());
        assertEquals(Label.MARKETING, result.examples().get(1).label());
        assertEquals("We dream   big.", result.examples().get(1).text());
    }

    @Test
    void badLinesAreReportedAndOthersKept() {
        CorpusReadResult result = doccat.parse(FILE, "sales Sign today.\n\npromo Buy now!\nsales\r\nmarketing Dream.\n", "doccat");
        assertEquals(List.of("Sign today.", "Dream."), result.examples().stream().map(Example::text).toList());
        assertEquals(List.of(
                FILE + ":3: unknown label 'promo' (expected 'marketing' or 'sales')",
                FILE + ":4: empty text after the label"),
                result.problems().stream().map(FileProblem::toString).toList());
    }

    @Test
    void writeOneExamplePerLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doccat.write(List.of(
                Example.of("Hi Dana,\n\tthe rate  ends Friday. ", Label.SALES, "crm", null),
                Example.of("We dream big.", Label.MARKETING, "web", null)), out);
        assertEquals("sales Hi Dana, the rate ends Friday.\nmarketing We dream big.\n", out.toString(StandardCharsets.UTF_8));

        CorpusReadResult read = doccat.parse(FILE, out.toString(StandardCharsets.UTF_8), "doccat");
        assertTrue(read.clean());
        assertEquals(List.of("Hi Dana, the rate ends Friday.", "We dream big."),
                read.examples().stream().map(Example::text).toList());
    }
}
