package com.usthem.core.batch;

import java.nio.file.Path;

/**
 * One piece of copy found in a file: the whole file ({@code line} 0), or the row or line it
 * starts on; {@code id} is the row's own id when it has one, else null.
 */
public record Draft(Path file, int line, String id, String text) {

    /** {@code FILE} or {@code FILE:LINE}, as people and editors name a place in a file. */
    public String location() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
