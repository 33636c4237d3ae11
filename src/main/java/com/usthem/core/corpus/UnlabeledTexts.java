package com.usthem.core.corpus;

import com.usthem.core.io.CsvRows;
import com.usthem.core.io.FileProblem;
import com.usthem.core.io.Json;
import com.usthem.core.io.TextFiles;
import com.usthem.core.io.UnreadableFileException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Copy waiting for a label, as pasted or imported for the labeling queue: one text a line, CSV
 * with a {@code text} column, or JSON Lines with a {@code text} field. A label column or field, if
 * present, is ignored. Bad rows are reported as {@code FILE:LINE: reason}; the good ones are kept.
 */
public final class UnlabeledTexts {

    private UnlabeledTexts() {
    }

    public enum Format {
        LINES, CSV, JSONL;

        /** {@code .csv} is CSV, {@code .jsonl}/{@code .json} JSON Lines, anything else one text a line. */
        public static Format fromFileName(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return CSV;
            }
            return name.endsWith(".jsonl") || name.endsWith(".json") ? JSONL : LINES;
        }
    }

    /** The texts read, in order, and a problem for each row that was not usable. */
    public record Batch(List<String> texts, List<FileProblem> problems) {

        public Batch {
            texts = List.copyOf(texts);
            problems = List.copyOf(problems);
        }
    }

    public static Batch read(Path file) {
        try {
            return parse(file.toString(), TextFiles.read(file), Format.fromFileName(file));
        } catch (UnreadableFileException e) {
            return new Batch(List.of(), List.of(FileProblem.of(e)));
        }
    }

    public static Batch parse(String source, String content, Format format) {
        List<String> texts = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        if (format == Format.CSV) {
            CsvRows.read(content, List.of("text"), (line, reason) -> problems.add(new FileProblem(source, line, reason)),
                    (columns, row) -> texts.add(checked(row.values().get(columns.indexOf("text")))));
            return new Batch(texts, problems);
        }
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                texts.add(checked(format == Format.JSONL
                        ? Json.stringField(Json.parseObjectLine(lines[i], "with a 'text' field"), "text")
                        : lines[i]));
            } catch (IllegalArgumentException e) {
                problems.add(new FileProblem(source, i + 1, e.getMessage()));
            }
        }
        return new Batch(texts, problems);
    }

    private static String checked(String text) {
        String problem = ExampleFields.textProblem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return text.strip();
    }
}
