package com.usthem.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads back the time left a progress line promised ("(about 1 min 30 s left)"), in seconds. */
final class TimeLeftWords {

    private static final Pattern LEFT = Pattern.compile("\\(about (?:(\\d+) min)? ?(?:(\\d+) s)? left\\)");

    private TimeLeftWords() {
    }

    static long seconds(String line) {
        Matcher matcher = LEFT.matcher(line);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no time left in: " + line);
        }
        long minutes = matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1));
        long seconds = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
        return minutes * 60 + seconds;
    }
}
