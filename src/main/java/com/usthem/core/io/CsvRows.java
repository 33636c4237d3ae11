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
