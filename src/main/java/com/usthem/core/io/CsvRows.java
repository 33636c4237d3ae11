package com.usthem.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSV read row by row, each row numbered by the line it starts on: quoted fields may span lines,
 * so that is the line a person looks at to fix a row. Also writes a header and rows.
 */
public final class CsvRows implements AutoCloseable {

    private static final CsvMapper CSV = new CsvMapper();

    /** One row of values and the line it starts on. */
    public record Row(int line, List<String> values) {

        public Row {
            values = List.copyOf(values);
        }

        /** An empty line between rows, which CSV readers report as one empty value. */
        public boolean blank() {
            return values.size() == 1 && values.get(0).isBlank();
        }
    }

    /** Receives a problem found at a line of the file. */
    @FunctionalInterface
    public interface Problems {
        void add(int line, String reason);
    }

    /** Takes one data row, given the lowercased column names; throws IllegalArgumentException when it is bad. */
    @FunctionalInterface
    public interface RowHandler {
        void row(List<String> columns, Row row);
    }

    private final JsonParser parser;

    public CsvRows(String content) throws IOException {
        this.parser = CSV.getFactory().createParser(content);
    }

    /** The next row, or null at the end; throws on malformed CSV. */
    public Row next() throws IOException {
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

    /** The line the reader has reached, for naming where malformed CSV was found. */
    public int currentLine() {
        return parser.currentLocation().getLineNr();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /**
     * Reads a file with a header row naming at least the {@code required} columns and hands each
     * non-blank data row with the right number of values to the handler. Every bad row costs only
     * itself and is reported with the line it starts on; malformed CSV stops the reading there.
     */
    public static void read(String content, List<String> required, Problems problems, RowHandler handler) {
        try (CsvRows rows = new CsvRows(content)) {
            Row header = rows.next();
            if (header == null) {
                problems.add(1, "empty file; expected a header row '" + String.join(",", required) + "'");
                return;
            }
            List<String> columns = header.values().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!columns.containsAll(required)) {
                String names = String.join(" and ", required.stream().map(c -> "'" + c + "'").toList());
                problems.add(1, (required.size() == 1 ? "header must name a " + names + " column"
                        : "header must name the columns " + names) + " (found: " + String.join(",", header.values()) + ")");
                return;
            }
            while (true) {
                Row row;
                try {
                    row = rows.next();
                } catch (IOException e) {
                    problems.add(rows.currentLine(),
                            "malformed CSV (" + firstLine(e.getMessage()) + "); rows after it were not read");
                    return;
                }
                if (row == null) {
                    return;
                }
                if (row.blank()) {
                    continue;
                }
                if (row.values().size() != columns.size()) {
                    problems.add(row.line(), "expected " + columns.size() + " columns, found " + row.values().size());
                    continue;
                }
                try {
                    handler.row(columns, row);
                } catch (IllegalArgumentException e) {
                    problems.add(row.line(), e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(1, "malformed CSV (" + firstLine(e.getMessage()) + ")");
        }
    }

    /** Writes UTF-8 CSV: the header row, then each row (quoted where needed). */
    public static void write(OutputStream out, List<String> header, Iterable<List<String>> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        header.forEach(schema::addColumn);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (var sequence = CSV.writer(schema.build().withHeader()).writeValues(writer)) {
            for (List<String> row : rows) {
                sequence.write(row);
            }
        }
    }

    /** The first line of a parser message, which is all a person needs. */
    public static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }
}
