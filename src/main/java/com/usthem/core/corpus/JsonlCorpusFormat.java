package com.usthem.core.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.usthem.core.Label;
import com.usthem.core.io.FileLine;
import com.usthem.core.io.FileProblem;
import com.usthem.core.io.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON Lines: one example object per line. Parsed line by line so that one bad line costs only
 * itself; fields beyond the core five are carried through unchanged.
 */
final class JsonlCorpusFormat implements CorpusCodec {

    private static final Set<String> CORE_FIELDS = Set.of("id", "text", "label", "source", "added");

    @Override
    public CorpusReadResult parse(String source, String content, String defaultSource) {
        List<Example> examples = new ArrayList<>();
        List<FileLine> origins = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        Map<String, Example> firstWithId = new HashMap<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                Example example = parseLine(lines[i], defaultSource);
                Example first = firstWithId.putIfAbsent(example.id(), example);
                // The same copy again is a repeat for the reader's caller to weigh (training uses it
                // once, a workspace counts each line as a label); one id on different copy is a mistake.
                if (first != null && !ExampleIds.normalize(first.text()).equals(ExampleIds.normalize(example.text()))) {
                    problems.add(new FileProblem(source, lineNumber,
                            "duplicate id '" + example.id() + "' (first on line " + lineOfId.get(example.id()) + ")"));
                } else {
                    lineOfId.putIfAbsent(example.id(), lineNumber);
                    examples.add(example);
                    origins.add(new FileLine(source, lineNumber));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new FileProblem(source, lineNumber, e.getMessage()));
            }
        }
        return new CorpusReadResult(examples, origins, problems);
    }

    static Example parseLine(String line, String defaultSource) {
        JsonNode node = Json.parseObjectLine(line, "with 'text' and 'label'");
        String text = Json.stringField(node, "text");
        String textProblem = ExampleFields.textProblem(text);
        if (textProblem != null) {
            throw new IllegalArgumentException(textProblem);
        }
        Label label = ExampleFields.label(Json.stringField(node, "label"));
        String id = Json.stringField(node, "id");
        String exampleSource = Json.stringField(node, "source");
        Instant added = instantField(node);
        Map<String, JsonNode> extras = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!CORE_FIELDS.contains(field.getKey())) {
                extras.put(field.getKey(), field.getValue());
            }
        }
        return new Example(id == null || id.isBlank() ? ExampleIds.forText(text) : id, text, label,
                exampleSource == null ? defaultSource : exampleSource, added, extras);
    }

    private static Instant instantField(JsonNode node) {
        String value = Json.stringField(node, "added");
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field 'added' is not an ISO-8601 instant: '" + value + "'");
        }
    }

    static ObjectNode toJson(Example example) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", example.id());
        node.put("text", example.text());
        node.put("label", example.label().id());
        node.put("source", example.source());
        if (example.added() != null) {
            node.put("added", example.added().toString());
        }
        example.extras().forEach(node::set);
        return node;
    }

    /** The example as one line of JSON, without the line end. */
    static String line(Example example) throws JsonProcessingException {
        return Json.MAPPER.writeValueAsString(toJson(example));
    }

    @Override
    public void write(List<Example> examples, OutputStream out) throws IOException {
        for (Example example : examples) {
            out.write(line(example).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }
}
