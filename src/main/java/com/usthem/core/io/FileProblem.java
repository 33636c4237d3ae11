package com.usthem.core.io;

/**
 * Why one file, or one line of it, could not be used: printed as {@code FILE:LINE: reason}, or
 * {@code FILE: reason} when it concerns the whole file (line 0).
 */
public record FileProblem(String file, int line, String reason) {

    public static FileProblem of(UnreadableFileException e) {
        return new FileProblem(e.source(), e.line(), e.reason());
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
