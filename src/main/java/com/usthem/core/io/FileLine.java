package com.usthem.core.io;

/** Where something was read: a file and a line of it ({@code FILE:LINE}); line 0 when not from a file's line. */
public record FileLine(String file, int line) {

    /** For examples made in memory (a workshop's rewrite) rather than read from a file. */
    public static final FileLine NONE = new FileLine("", 0);

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
