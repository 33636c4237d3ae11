package com.usthem.core.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Renders the Mustache templates next to this class into HTML. Mustache escapes every value it
 * inserts, so text from users (drafts, names, file names) cannot break out into markup.
 */
final class HtmlTemplates {

    private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("com/usthem/core/report");

    /** The colours of {@link HeatScale}, for the stylesheet and legend every page includes. */
    record Scale(String marketing, String neutral, String sales) {
        static final Scale HEAT = new Scale(HeatScale.MARKETING, HeatScale.NEUTRAL, HeatScale.SALES);
    }

    private HtmlTemplates() {
    }

    static String render(String template, Object page) {
        StringWriter out = new StringWriter();
        TEMPLATES.compile(template).execute(out, page);
        return out.toString();
    }

    /** A probability as a whole percentage, as people read scores. */
    static long percent(double probability) {
        return Math.round(100 * probability);
    }

    /** "+34 pts", "−5 pts", "0 pts": a change of probability in percentage points. */
    static String points(double change) {
        long points = Math.round(100 * change);
        return (points > 0 ? "+" : points < 0 ? "\u2212" : "") + Math.abs(points) + " pts";
    }

    static String formatInstant(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC)
                .format(instant);
    }
}
