package com.usthem.core.text;

/** Copy shown on one line of a table, a list or a message: its white space collapsed, cut when long. */
public final class OneLine {

    /** The ellipsis of the app and the reports; the command line writes "..." for any terminal. */
    public static final String ELLIPSIS = "\u2026";

    private OneLine() {
    }

    /** Line breaks, tabs and runs of spaces become one space; nothing is cut. */
    public static String of(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** At most {@code width} characters on one line, ending with an ellipsis when cut. */
    public static String cut(String text, int width) {
        return cut(text, width, ELLIPSIS);
    }

    /** At most {@code width} characters on one line, the last ones {@code ellipsis} when cut. */
    public static String cut(String text, int width, String ellipsis) {
        String line = of(text);
        return line.length() <= width ? line : line.substring(0, width - ellipsis.length()) + ellipsis;
    }
}
