package com.usthem.core.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The file formats examples can be imported from and exported to. */
public enum CorpusFormat {
    JSONL(new JsonlCorpusFormat()),
    CSV(new CsvCorpusFormat()),
    DOCCAT(new DoccatCorpusFormat());

    private final CorpusCodec codec;

    CorpusFormat(CorpusCodec codec) {
        this.codec = codec;
    }

    public CorpusCodec codec() {
        return codec;
    }

    public static CorpusFormat parse(String name) {
        for (CorpusFormat format : values()) {
            if (format.name().equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected jsonl, csv or doccat)");
    }

    /** Guesses the format from a file name: .jsonl, .csv, or .txt/.doccat/.train for doccat. */
    public static CorpusFormat fromFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".json")) {
            return JSONL;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        for (String suffix : List.of(".txt", ".doccat", ".train")) {
            if (name.endsWith(suffix)) {
                return DOCCAT;
            }
        }
        throw new IllegalArgumentException("cannot tell the format of " + file
                + " from its name; use .jsonl, .csv or .txt, or give the format");
    }
}
