package com.usthem.core.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSV with a header row, read row by row. Quoted fields may span lines, so each row is numbered
 * by the line where it starts; a row the handler refuses costs only itself.
 */
final class CsvRows {

    private static final CsvMapper CSV = new CsvMapper();

    private CsvRows() {
    }

    /** One data row: the line it starts on and its values. */
    record Row(int line, List<String> values) {
    }

    /** Takes one data row; throws IllegalArgumentException with the reason when the row is bad. */
    @FunctionalInterface
    interface Handler {
        void row(List<String> columns, Row row);
    }

    /**
     * Reads the header (lowercased column names, which must include {@code required}) and hands
     * each non-blank data row to the handler, adding a problem for every bad row to {@code problems}.
     */
    static void read(String source, String content, List<String> required, List<CorpusProblem> problems,
                     Handler handler) {
        String expected = String.join(",", required);
        try (JsonParser parser = CSV.getFactory().createParser(content)) {
            Row headerRow = next(parser);
            if (headerRow == null) {
                problems.add(new CorpusProblem(source, 1, "empty file; expected a header row '" + expected + "'"));
                return;
            }
            List<String> columns = headerRow.values().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!columns.containsAll(required)) {
                problems.add(new CorpusProblem(source, 1, "header must name the columns " + required.stream()
                        .map(c -> "'" + c + "'").reduce((a, b) -> a + " and " + b).orElse("")
                        + " (found: " + String.join(",", headerRow.values()) + ")"));
                return;
            }
            while (true) {
                Row row;
                try {
                    row = next(parser);
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
                if (row.values().size() != columns.size()) {
                    problems.add(new CorpusProblem(source, row.line(),
                            "expected " + columns.size() + " columns, found " + row.values().size()));
                    continue;
                }
                try {
                    handler.row(columns, row);
                } catch (IllegalArgumentException e) {
                    problems.add(new CorpusProblem(source, row.line(), e.getMessage()));
                }
            }
        } catch (IOException e) {
            problems.add(new CorpusProblem(source, 1, "malformed CSV (" + firstLine(e.getMessage()) + ")"));
        }
    }

    /** The next row, numbered by the line its first value is on; null at the end of the file. */
    private static Row next(JsonParser parser) throws IOException {
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

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }

    static CsvMapper mapper() {
        return CSV;
    }
}
