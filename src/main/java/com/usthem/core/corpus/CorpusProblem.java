package com.usthem.core.corpus;

/** One bad line in a corpus file, printed as {@code FILE:LINE: reason}. */
public record CorpusProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
