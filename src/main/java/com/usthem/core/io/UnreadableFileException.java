package com.usthem.core.io;

/** A user file that cannot be read as text; the message names the file (and line when known). */
public class UnreadableFileException extends Exception {

    private final String source;
    private final int line;
    private final String reason;

    public UnreadableFileException(String source, int line, String reason) {
        super(line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    /** The line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
