package com.usthem;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Whether a program is installed, for tests that drive one (bash, dpkg-deb) and are skipped without it. */
public final class OnPath {

    private OnPath() {
    }

    public static boolean has(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }
}
