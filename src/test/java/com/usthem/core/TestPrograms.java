package com.usthem.core;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Programs some tests run, such as Debian's chromium; such a test is skipped where its program is missing. */
public final class TestPrograms {

    private TestPrograms() {
    }

    /** The program on the PATH, or null when it is not installed. */
    public static Path onPath(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
