package com.usthem.core.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.usthem.core.Label;
import com.usthem.core.io.FileProblem;
import com.usthem.core.io.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonlCorpusFormatTest {

    private static final String FILE = "data/corpus.jsonl";

    private final CorpusCodec jsonl = CorpusFormat.JSONL.codec();

    private CorpusReadResult parse(String... lines) {
        return jsonl.parse(FILE, String.join("\n", lines), "import");
    }

    private static String problem(CorpusReadResult result, int index) {
        return result.problems().get(index).toString();
    }

    private static String write(CorpusCodec codec, List<Example> examples) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(examples, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void goodLinesAreParsedWithEveryCoreField() {
        CorpusReadResult result = parse(
                "{\"id\":\"a1\",\"text\":\"Sign by Friday.\",\"label\":\"sales\",\"source\":\"crm\",\"added\":\"2026-01-02T03:04:05Z\"}",
                "{\"text\":\"We dream big.\",\"label\":\" Marketing \"}");
        assertTrue(result.clean(), result.problems().toString());
        assertEquals(2, result.examples().size());

        Example first = result.examples().get(0);
        assertEquals("a1", first.id());
        assertEquals("Sign by Friday.", first.text());
        assertEquals(Label.SALES, first.label());
        assertEquals("crm", first.source());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), first.added());
        assertEquals(Map.of(), first.extras());

        Example second = result.examples().get(1);
        assertEquals(Label.MARKETING, second.label());
        assertEquals("import", second.source(), "examples without a source get the default source");
        assertEquals(ExampleIds.forText("We dream big."), second.id(), "examples without an id get one from their text");
        assertNull(second.added());
    }

    @Test
    void malformedLineIsReportedAsFileLineReasonAndTheOthersKept() {
        CorpusReadResult result = parse(
                "{\"text\":\"First.\",\"label\":\"sales\"}",
                "{\"text\":\"Broken.\",\"label\":",
                "{\"text\":\"Third.\",\"label\":\"marketing\"}");
        assertEquals(List.of("First.", "Third."), result.examples().stream().map(Example::text).toList());
        assertEquals(1, result.problems().size());
        FileProblem problem = result.problems().get(0);
        assertEquals(FILE, problem.file());
        assertEquals(2, problem.line());
        assertTrue(problem.toString().startsWith(FILE + ":2: malformed JSON ("), problem.toString());
    }

    @Test
    void blankLinesAreSkippedButStillCounted() {
        CorpusReadResult result = jsonl.parse(FILE, "\n{\"text\":\"Fine.\",\"label\":\"sales\"}\r\n   \r\n{\"text\":\"\",\"label\":\"sales\"}\n", "import");
        assertEquals(1, result.examples().size());
        assertEquals(List.of(FILE + ":4: empty text"), result.problems().stream().map(FileProblem::toString).toList());
    }

    @Test
    void unknownLabel() {
        CorpusReadResult result = parse("{\"text\":\"Buy now.\",\"label\":\"promo\"}");
        assertTrue(result.examples().isEmpty());
        assertEquals(FILE + ":1: unknown label 'promo' (expected 'marketing' or 'sales')", problem(result, 0));
    }

    @Test
    void missingLabel() {
        CorpusReadResult result = parse("{\"text\":\"Buy now.\"}");
        assertEquals(FILE + ":1: missing label (expected 'marketing' or 'sales')", problem(result, 0));
    }

    @Test
    void emptyAndMissingText() {
        CorpusReadResult result = parse(
                "{\"text\":\"   \",\"label\":\"sales\"}",
                "{\"label\":\"sales\"}",
                "{\"text\":null,\"label\":\"sales\"}");
        assertTrue(result.examples().isEmpty());
        assertEquals(List.of(FILE + ":1: empty text", FILE + ":2: missing text", FILE + ":3: missing text"),
                result.problems().stream().map(FileProblem::toString).toList());
    }

    @Test
    void nonObjectLines() {
        CorpusReadResult result = parse("[1, 2]", "\"just a string\"", "42", "null");
        assertTrue(result.examples().isEmpty());
        assertEquals(4, result.problems().size());
        for (int i = 0; i < 4; i++) {
            assertEquals(FILE + ":" + (i + 1) + ": expected a JSON object with 'text' and 'label'", problem(result, i));
        }
    }

    @Test
    void wrongFieldTypes() {
        CorpusReadResult result = parse(
                "{\"text\":42,\"label\":\"sales\"}",
                "{\"text\":\"Ok.\",\"label\":\"sales\",\"added\":\"yesterday\"}");
        assertEquals(FILE + ":1: field 'text' must be a string", problem(result, 0));
        assertEquals(FILE + ":2: field 'added' is not an ISO-8601 instant: 'yesterday'", problem(result, 1));
    }

    @Test
    void textAfterTheObjectIsMalformed() {
        // A second object or stray characters on a line would otherwise be dropped without a word.
        CorpusReadResult result = parse(
                "{\"text\":\"One.\",\"label\":\"sales\"} {\"text\":\"Two.\",\"label\":\"sales\"}",
                "{\"text\":\"Three.\",\"label\":\"sales\"}}");
        assertTrue(result.examples().isEmpty(), result.examples().toString());
        assertEquals(2, result.problems().size());
        assertTrue(problem(result, 0).startsWith(FILE + ":1: malformed JSON"), problem(result, 0));
        assertTrue(problem(result, 1).startsWith(FILE + ":2: malformed JSON"), problem(result, 1));
    }

    @Test
    void duplicateIdKeepsTheFirst() {
        CorpusReadResult result = parse(
                "{\"id\":\"a1\",\"text\":\"First.\",\"label\":\"sales\"}",
                "{\"id\":\"b2\",\"text\":\"Second.\",\"label\":\"sales\"}",
                "{\"id\":\"a1\",\"text\":\"Again.\",\"label\":\"marketing\"}");
        assertEquals(List.of("First.", "Second."), result.examples().stream().map(Example::text).toList());
        assertEquals(List.of(FILE + ":3: duplicate id 'a1' (first on line 1)"),
                result.problems().stream().map(FileProblem::toString).toList());
    }

    @Test
    void theSameCopyAgainIsReadWithItsLineForTheCallerToWeigh() {
        CorpusReadResult result = parse(
                "{\"text\":\"Sign today!\",\"label\":\"sales\"}",
                "{\"text\":\"sign today\",\"label\":\"marketing\"}");
        assertTrue(result.clean(), result.problems().toString());
        assertEquals(List.of("Sign today!", "sign today"), result.examples().stream().map(Example::text).toList());
        assertEquals(List.of(FILE + ":1", FILE + ":2"), result.origins().stream().map(Object::toString).toList());
    }

    @Test
    void unknownFieldsSurviveAWriteReadRoundTripUnchanged() throws IOException {
        String line = "{\"id\":\"a1\",\"text\":\"Caf\u00e9 \u2013 sign \\\"today\\\".\",\"label\":\"sales\",\"source\":\"crm\","
                + "\"added\":\"2026-01-02T03:04:05Z\",\"axis\":\"urgency\",\"hard\":true,\"score\":0.75,"
                + "\"review\":{\"by\":\"Dana\",\"tags\":[\"cta\",{\"deep\":null}]},\"note\":null}";
        CorpusReadResult read = parse(line);
        assertTrue(read.clean(), read.problems().toString());
        Example example = read.examples().get(0);
        assertEquals("urgency", example.attribute("axis"));
        assertTrue(example.hard());
        assertEquals(List.of("axis", "hard", "score", "review", "note"), List.copyOf(example.extras().keySet()));

        String written = write(jsonl, List.of(example));
        assertTrue(written.endsWith("\n"));
        assertEquals(1, written.lines().count(), "one line per example");
        assertEquals(Json.MAPPER.readTree(line), Json.MAPPER.readTree(written), "same JSON after the round trip");

        CorpusReadResult again = jsonl.parse(FILE, written, "other-default");
        assertTrue(again.clean(), again.problems().toString());
        assertEquals(example, again.examples().get(0));
        JsonNode review = again.examples().get(0).extras().get("review");
        assertEquals("Dana", review.get("by").asText());
        assertTrue(review.get("tags").get(1).get("deep").isNull());
    }

    @Test
    void multiLineTextIsWrittenOnOneLine() throws IOException {
        Example example = Example.of("Line one.\nLine two.", Label.MARKETING, "test", null);
        String written = write(jsonl, List.of(example, Example.of("Other.", Label.SALES, "test", null)));
        assertEquals(2, written.lines().count());
        CorpusReadResult read = jsonl.parse(FILE, written, "x");
        assertEquals(List.of("Line one.\nLine two.", "Other."), read.examples().stream().map(Example::text).toList());
        assertFalse(written.contains("\"added\""), "no added field when there is no date");
    }

    @Test
    void problemWithoutLineNamesTheFileOnly() {
        assertEquals("a.jsonl: no such file", new FileProblem("a.jsonl", 0, "no such file").toString());
        assertEquals("a.jsonl:7: bad", new FileProblem("a.jsonl", 7, "bad").toString());
    }
}
