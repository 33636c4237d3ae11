package com.usthem.app.workshop;

import com.usthem.core.io.AtomicFiles;
import com.usthem.core.report.WorkshopReport;
import com.usthem.core.workshop.WorkshopCsv;
import com.usthem.core.workshop.WorkshopSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A workshop session saved as a pair of files in a folder: {@code workshop-DECK-DATE.csv} and the
 * same name {@code .html}. An existing pair is never replaced: the next free number is added.
 */
public final class SessionExport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT);
    private static final int MAX_SLUG = 40;

    /** The two files written. */
    public record Written(Path csv, Path html) {
    }

    private SessionExport() {
    }

    static Written write(WorkshopSession session, Path folder) throws IOException {
        String base = "workshop-" + slug(session.deck().title()) + "-"
                + STAMP.format(session.started().atZone(ZoneId.systemDefault()));
        Written files = free(folder, base);
        AtomicFiles.write(files.csv(), out -> WorkshopCsv.write(session, out));
        AtomicFiles.writeString(files.html(), WorkshopReport.html(session));
        return files;
    }

    private static Written free(Path folder, String base) {
        for (int n = 1; ; n++) {
            String name = n == 1 ? base : base + "-" + n;
            Written candidate = new Written(folder.resolve(name + ".csv"), folder.resolve(name + ".html"));
            if (!Files.exists(candidate.csv()) && !Files.exists(candidate.html())) {
                return candidate;
            }
        }
    }

    /** "Marketing lines to rewrite as sales" → "marketing-lines-to-rewrite-as-sales". */
    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "session" : slug;
    }
}
