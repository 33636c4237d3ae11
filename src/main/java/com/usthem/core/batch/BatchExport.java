package com.usthem.core.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.usthem.core.Distinction;
import com.usthem.core.io.CsvRows;
import com.usthem.core.io.Json;
import com.usthem.core.io.Numbers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Batch results as a file: CSV with the columns {@link #COLUMNS}, or JSON Lines with the same
 * fields ({@code line} and {@code id} left out when the draft has none).
 */
public enum BatchExport {
    CSV,
    JSONL;

    /**
     * The columns: where the draft came from, the verdict, the counts, how its sentences split, the
     * distinction it is mainly about and each distinction's lean (log-odds, positive toward sales),
     * then the draft.
     */
    public static final List<String> COLUMNS = columns();

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("file", "line", "id", "label", "marketing", "sales", "we",
                "you", "sentences", "mixed", "strongest"));
        for (Distinction distinction : Distinction.values()) {
            columns.add(distinction.id());
        }
        columns.add("text");
        return List.copyOf(columns);
    }

    public static BatchExport parse(String name) {
        for (BatchExport format : values()) {
            if (format.name().equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected csv or jsonl)");
    }

    /** The format a file name asks for (.csv or .jsonl), if it asks for one. */
    public static Optional<BatchExport> fromFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? Optional.of(CSV) : name.endsWith(".jsonl") ? Optional.of(JSONL) : Optional.empty();
    }

    public void write(List<BatchResult> results, OutputStream out) throws IOException {
        if (this == CSV) {
            CsvRows.write(out, COLUMNS, results.stream().map(BatchExport::csvRow).toList());
            return;
        }
        for (BatchResult result : results) {
            out.write(Json.MAPPER.writeValueAsString(json(result)).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        out.flush();
    }

    private static List<String> csvRow(BatchResult r) {
        Draft draft = r.draft();
        List<String> row = new ArrayList<>(List.of(draft.file().toString(),
                draft.line() > 0 ? String.valueOf(draft.line()) : "", draft.id() == null ? "" : draft.id(),
                r.label().id(), String.valueOf(Numbers.round4(r.marketing())), String.valueOf(Numbers.round4(r.sales())),
                String.valueOf(r.pronouns().we()), String.valueOf(r.pronouns().you()), String.valueOf(r.sentences()),
                r.mixed().orElse(""), r.profile().strongest().id()));
        for (Distinction distinction : Distinction.values()) {
            row.add(String.valueOf(lean(r, distinction)));
        }
        row.add(draft.text());
        return row;
    }

    private static double lean(BatchResult r, Distinction distinction) {
        return Numbers.round2(r.profile().lean(distinction).logOdds());
    }

    private static ObjectNode json(BatchResult r) {
        Draft draft = r.draft();
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("file", draft.file().toString());
        if (draft.line() > 0) {
            node.put("line", draft.line());
        }
        if (draft.id() != null) {
            node.put("id", draft.id());
        }
        node.put("label", r.label().id());
        node.put("marketing", Numbers.round4(r.marketing()));
        node.put("sales", Numbers.round4(r.sales()));
        node.put("we", r.pronouns().we());
        node.put("you", r.pronouns().you());
        node.put("sentences", r.sentences());
        r.mixed().ifPresentOrElse(summary -> node.put("mixed", summary), () -> node.putNull("mixed"));
        node.put("strongest", r.profile().strongest().id());
        ObjectNode leans = node.putObject("distinctions");
        for (Distinction distinction : Distinction.values()) {
            leans.put(distinction.id(), lean(r, distinction));
        }
        node.put("text", draft.text());
        return node;
    }
}
