package com.usthem.core.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.usthem.core.io.CsvRows;
import com.usthem.core.io.FileLine;
import com.usthem.core.io.FileProblem;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV with a header row naming at least {@code text} and {@code label}; other columns are kept as
 * optional fields. Quoted fields may span lines, so problems name the line where the row starts.
 */
final class CsvCorpusFormat implements CorpusCodec {

    private static final List<String> REQUIRED = List.of("text", "label");

    @Override
    public CorpusReadResult parse(String source, String content, String defaultSource) {
        List<Example> examples = new ArrayList<>();
        List<FileLine> origins = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        CsvRows.read(content, REQUIRED, (line, reason) -> problems.add(new FileProblem(source, line, reason)),
                (columns, row) -> {
                    examples.add(toExample(row.values(), columns, columns.indexOf("text"), columns.indexOf("label"),
                            defaultSource));
                    origins.add(new FileLine(source, row.line()));
                });
        return new CorpusReadResult(examples, origins, problems);
    }

    private static Example toExample(List<String> row, List<String> columns, int textColumn, int labelColumn,
                                     String defaultSource) {
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

    @Override
    public void write(List<Example> examples, OutputStream out) throws IOException {
        CsvRows.write(out, List.of("text", "label"),
                examples.stream().map(e -> List.of(e.text(), e.label().id())).toList());
    }
}
