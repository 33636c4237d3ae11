package com.usthem.core.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSV with a header row naming at least {@code text} and {@code label}; other columns are kept as
 * optional fields. Quoted fields may span lines, so problems name the line where the row starts.
 */
final class CsvCorpusFormat implements CorpusCodec {

    private static final CsvMapper CSV = new CsvMapper();

    @Override
    public CorpusReadResult parse(String source, String content, String defaultSource) {
        List<Example> examples = new ArrayList<>();
        List<CorpusProblem> problems = new ArrayList<>();
        try (JsonParser parser = CSV.getFactory().createParser(content)) {
            Row headerRow = readNumberedRow(parser);
            List<String> header = headerRow == null ? null : headerRow.values();
            if (header == null) {
                problems.add(new CorpusProblem(source, 1, "empty file; expected a header row 'text,label'"));
                return new CorpusReadResult(examples, problems);
            }
            List<String> columns = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            int textColumn = columns.indexOf("text");
            int labelColumn = columns.indexOf("label");
            if (textColumn < 0 || labelColumn < 0) {
                problems.add(new CorpusProblem(source, 1,
                        "header must name the columns 'text' and 'label' (found: " + String.join(",", header) + ")"));
                return new CorpusReadResult(examples, problems);
            }
            while (true) {
                Row row;
                try {
                    row = readNumberedRow(parser);
                    if (row == null) {
                        break;
                    }
                } catch (IOException e) {
                    problems.add(new CorpusProblem(source, parser.currentLocation().getLineNr(),
                            "malformed CSV (" + firstLine(e.getMessage()) + "); rows after it were not read"));
                    break;
                }
                if (row.values().size() == 1 && row.values().get(0).isBlank()) {
                    continue;
                }
                try {
                    examples.add(toExample(row.values(), columns, textColumn, labelColumn, defaultSource));
                } catch (IllegalArgumentException e) {
                    problems.add(new CorpusProblem(source, row.line(), e.getMessage()));
                }
            }
        } catch (IOException e) {
            problems.add(new CorpusProblem(source, 1, "malformed CSV (" + firstLine(e.getMessage()) + ")"));
        }
        return new CorpusReadResult(examples, problems);
    }

    private record Row(int line, List<String> values) {
    }

    /** The next row, numbered by the line its first value is on; null at the end of the file. */
    private static Row readNumberedRow(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new IOException("unexpected CSV structure");
        }
        List<String> values = new ArrayList<>();
        int line = -1;
        for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                throw new IOException("unexpected end of file inside a row");
            }
            if (line < 0) {
                line = parser.currentTokenLocation().getLineNr();
            }
            values.add(parser.getText());
        }
        return new Row(Math.max(line, 1), values);
    }

    private static Example toExample(List<String> row, List<String> columns, int textColumn, int labelColumn,
                                     String defaultSource) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " columns, found " + row.size());
        }
        String text = row.get(textColumn);
        String textProblem = ExampleFields.textProblem(text);
        if (textProblem != null) {
            throw new IllegalArgumentException(textProblem);
        }
        Map<String, JsonNode> extras = new LinkedHashMap<>();
        String source = defaultSource;
        String id = null;
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            if (i == textColumn || i == labelColumn || row.get(i).isEmpty() || column.equals("added")) {
                continue;
            }
            switch (column) {
                case "source" -> source = row.get(i);
                case "id" -> id = row.get(i);
                default -> extras.put(column, TextNode.valueOf(row.get(i)));
            }
        }
        return new Example(id == null ? ExampleIds.forText(text) : id, text,
                ExampleFields.label(row.get(labelColumn)), source, null, extras);
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }

    @Override
    public void write(List<Example> examples, OutputStream out) throws IOException {
        CsvSchema schema = CsvSchema.builder().addColumn("text").addColumn("label").build().withHeader();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (var sequence = CSV.writer(schema).writeValues(writer)) {
            for (Example example : examples) {
                sequence.write(List.of(example.text(), example.label().id()));
            }
        }
    }
}
