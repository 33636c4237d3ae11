package com.usthem.core.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.usthem.core.io.CsvRows;
import com.usthem.core.io.FileProblem;
import com.usthem.core.io.TextFiles;
import com.usthem.core.io.TextRecords;
import com.usthem.core.io.UnreadableFileException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the drafts of one file. A file that is not text (binary, not UTF-8, too large, missing)
 * gives one problem; in CSV and JSON Lines a bad row gives a problem for its line and the other
 * rows are still read.
 */
public final class DraftReader {

    private DraftReader() {
    }

    public static DraftFile read(Path file) {
        DraftFormat format = DraftFormat.of(file).orElse(null);
        if (format == null) {
            return DraftFile.unreadable(new FileProblem(file.toString(), 0,
                    "not a draft file (batch scoring reads " + DraftFormat.SUPPORTED + ")"));
        }
        String content;
        try {
            content = TextFiles.read(file);
        } catch (UnreadableFileException e) {
            return DraftFile.unreadable(FileProblem.of(e));
        }
        DraftFile read = switch (format) {
            case TEXT -> new DraftFile(
                    content.isBlank() ? List.of() : List.of(new Draft(file, 0, null, content.strip())), List.of());
            case CSV -> readCsv(file, content);
            case JSONL -> readJsonl(file, content);
        };
        return read.drafts().isEmpty() && read.problems().isEmpty()
                ? DraftFile.unreadable(new FileProblem(file.toString(), 0, "no text in this file: nothing to score"))
                : read;
    }

    private static DraftFile readCsv(Path file, String content) {
        List<Draft> drafts = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        CsvRows.read(content, List.of("text"), (line, reason) -> problems.add(new FileProblem(file.toString(), line, reason)),
                (columns, row) -> {
                    String text = row.values().get(columns.indexOf("text"));
                    if (text.isBlank()) {
                        throw new IllegalArgumentException("empty text");
                    }
                    int idColumn = columns.indexOf("id");
                    String id = idColumn < 0 || row.values().get(idColumn).isBlank() ? null : row.values().get(idColumn);
                    drafts.add(new Draft(file, row.line(), id, text));
                });
        return new DraftFile(drafts, problems);
    }

    private static DraftFile readJsonl(Path file, String content) {
        List<Draft> drafts = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                ObjectNode record = TextRecords.parse(lines[i]);
                JsonNode id = record.get("id");
                drafts.add(new Draft(file, i + 1, id == null || id.isNull() || id.isContainerNode() ? null : id.asText(),
                        record.get("text").asText()));
            } catch (IllegalArgumentException e) {
                problems.add(new FileProblem(file.toString(), i + 1, e.getMessage()));
            }
        }
        return new DraftFile(drafts, problems);
    }
}
