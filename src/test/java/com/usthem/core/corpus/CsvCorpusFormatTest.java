package com.usthem.core.corpus;

import com.fasterxml.jackson.databind.node.TextNode;
import com.usthem.core.Label;
import com.usthem.core.io.FileProblem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvCorpusFormatTest {

    private static final String FILE = "import/leads.csv";

    private final CorpusCodec csv = CorpusFormat.CSV.codec();

    private CorpusReadResult parse(String content) {
        return csv.parse(FILE, content, "import");
    }

    private static List<String> texts(CorpusReadResult result) {
        return result.examples().stream().map(Example::text).toList();
    }

    private static List<String> problems(CorpusReadResult result) {
        return result.problems().stream().map(FileProblem::toString).toList();
    }

    @Test
    void goodRows() {
        CorpusReadResult result = parse("text,label\nSign by Friday.,sales\nWe dream big.,marketing\n");
        assertTrue(result.clean(), problems(result).toString());
        assertEquals(List.of("Sign by Friday.", "We dream big."), texts(result));
        Example first = result.examples().get(0);
        assertEquals(Label.SALES, first.label());
        assertEquals("import", first.source());
        assertEquals(ExampleIds.forText("Sign by Friday."), first.id());
        assertEquals(Map.of(), first.extras());
        assertEquals(Label.MARKETING, result.examples().get(1).label());
    }

    @Test
    void reversedColumnOrderAndHeaderCase() {
        CorpusReadResult result = parse(" Label , TEXT \nsales,\"Sign, then send.\"\r\nmarketing,We dream big.\r\n");
        assertTrue(result.clean(), problems(result).toString());
        assertEquals(List.of("Sign, then send.", "We dream big."), texts(result));
        assertEquals(List.of(Label.SALES, Label.MARKETING), result.examples().stream().map(Example::label).toList());
    }

    @Test
    void quotedTextMaySpanLines() {
        CorpusReadResult result = parse("text,label\n\"Hi Dana,\nthe quote is attached.\nSign by Friday.\",sales\nNext row.,sales\n");
        assertTrue(result.clean(), problems(result).toString());
        assertEquals(List.of("Hi Dana,\nthe quote is attached.\nSign by Friday.", "Next row."), texts(result));
    }

    @Test
    void extraColumnsBecomeFields() {
        CorpusReadResult result = parse("id,text,label,source,axis,channel,added\n"
                + "a1,Sign today.,sales,crm,urgency,,2026-01-01T00:00:00Z\n");
        assertTrue(result.clean(), problems(result).toString());
        Example example = result.examples().get(0);
        assertEquals("a1", example.id());
        assertEquals("crm", example.source());
        assertEquals(Map.of("axis", TextNode.valueOf("urgency")), example.extras(), "empty cells are left out");
        assertEquals("urgency", example.attribute("axis"));
    }

    @Test
    void badRowIsReportedAtTheLineWhereItStartsAndLaterRowsAreKept() {
        String content = "text,label\n"              // line 1
                + "First.,sales\n"                   // line 2
                + "\"A note that runs\n"             // line 3: the bad row starts here
                + "over two lines.\",promo\n"        // line 4
                + "Last.,marketing\n";               // line 5
        CorpusReadResult result = parse(content);
        assertEquals(List.of("First.", "Last."), texts(result));
        assertEquals(List.of(FILE + ":3: unknown label 'promo' (expected 'marketing' or 'sales')"), problems(result));
    }

    @Test
    void rowProblemsNameTheirLines() {
        CorpusReadResult result = parse("text,label,axis\n"
                + "Fine.,sales,x\n"
                + "Too short.,sales\n"
                + "  ,marketing,y\n"
                + "No label.,,z\n");
        assertEquals(List.of("Fine."), texts(result));
        assertEquals(List.of(
                FILE + ":3: expected 3 columns, found 2",
                FILE + ":4: empty text",
                FILE + ":5: missing label (expected 'marketing' or 'sales')"), problems(result));
    }

    @Test
    void blankLinesAreSkipped() {
        CorpusReadResult result = parse("text,label\n\nOne.,sales\n\n\nTwo.,sales\n");
        assertTrue(result.clean(), problems(result).toString());
        assertEquals(List.of("One.", "Two."), texts(result));
    }

    @Test
    void malformedCsvStopsTheReadButKeepsEarlierRows() {
        CorpusReadResult result = parse("text,label\nGood.,sales\n\"Bad\"x,sales\nNever read.,sales\n");
        assertEquals(List.of("Good."), texts(result));
        assertEquals(1, result.problems().size());
        String problem = result.problems().get(0).toString();
        assertTrue(problem.startsWith(FILE + ":3: malformed CSV"), problem);
        assertTrue(problem.endsWith("rows after it were not read"), problem);
    }

    @Test
    void headerWithoutTextOrLabel() {
        CorpusReadResult result = parse("copy,kind\nSign today.,sales\n");
        assertTrue(result.examples().isEmpty());
        assertEquals(List.of(FILE + ":1: header must name the columns 'text' and 'label' (found: copy,kind)"),
                problems(result));
    }

    @Test
    void emptyFile() {
        CorpusReadResult result = parse("");
        assertTrue(result.examples().isEmpty());
        assertEquals(List.of(FILE + ":1: empty file; expected a header row 'text,label'"), problems(result));
    }

    @Test
    void writeThenReadKeepsTextAndLabel() throws IOException {
        List<Example> examples = List.of(
                Example.of("Hi Dana, the \"best\" rate\nends Friday.", Label.SALES, "crm", null),
                Example.of("We dream big.", Label.MARKETING, "web", null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.write(examples, out);
        String written = out.toString(StandardCharsets.UTF_8);
        assertTrue(written.startsWith("text,label\n"), written);

        CorpusReadResult read = csv.parse(FILE, written, "import");
        assertTrue(read.clean(), problems(read).toString());
        assertEquals(List.of("Hi Dana, the \"best\" rate\nends Friday.", "We dream big."), texts(read));
        assertEquals(List.of(Label.SALES, Label.MARKETING), read.examples().stream().map(Example::label).toList());
    }
}
