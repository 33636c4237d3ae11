package com.usthem.app.team;

import com.usthem.core.io.FileProblem;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Numbers as the team windows show them. */
final class Figures {

    /** A message lists this many bad rows at most: a file of bad rows must not fill the screen. */
    static final int PROBLEMS_LISTED = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private Figures() {
    }

    /** "96.8%"; a dash when unknown. */
    static String percent(Double fraction) {
        return fraction == null ? "\u2013" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    /** "78% sales". */
    static String sales(double sales) {
        return String.format(Locale.ROOT, "%.0f%% sales", 100 * sales);
    }

    /** "28 Nov 2026 10:31", in the computer's time zone; "no date" when unknown. */
    static String when(Instant instant) {
        return instant == null ? "no date" : WHEN.format(instant);
    }

    /** "1,295". */
    static String count(int count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** "1 example", "3 examples". */
    static String plural(int count, String noun) {
        return count(count) + " " + noun + (count == 1 ? "" : "s");
    }

    /** Bad rows one a line as {@code FILE:LINE: reason}; after {@value #PROBLEMS_LISTED}, how many more. */
    static String problems(List<FileProblem> problems) {
        List<String> lines = new ArrayList<>();
        problems.stream().limit(PROBLEMS_LISTED).forEach(problem -> lines.add(problem.toString()));
        if (problems.size() > PROBLEMS_LISTED) {
            lines.add("\u2026 and " + count(problems.size() - PROBLEMS_LISTED) + " more");
        }
        return String.join("\n", lines);
    }
}
