package com.usthem.core.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of draft files batch scoring reads, told apart by the end of the file name. */
public enum DraftFormat {
    /** Plain text or Markdown: the whole file is one draft. */
    TEXT(List.of(".txt", ".md")),
    /** A header row naming a {@code text} column (and optionally {@code id}); one draft per row. */
    CSV(List.of(".csv")),
    /** One JSON object per line with a {@code text} field (and optionally {@code id}). */
    JSONL(List.of(".jsonl"));

    /** For messages: the file names batch scoring reads. */
    public static final String SUPPORTED = ".txt, .md, .csv or .jsonl";

    private final List<String> suffixes;

    DraftFormat(List<String> suffixes) {
        this.suffixes = suffixes;
    }

    public static Optional<DraftFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (DraftFormat format : values()) {
            if (format.suffixes.stream().anyMatch(lower::endsWith)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
