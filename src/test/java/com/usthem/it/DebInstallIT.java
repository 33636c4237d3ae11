package com.usthem.it;

import com.usthem.OnPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs dist/linux/install-test.sh on the .deb that {@code mvn -Pdist verify} built: it installs the
 * package (or unpacks it into a scratch root when not run as root), runs the installed
 * {@code usthem}, and removes it again. Skipped outside the dist profile and where dpkg is missing.
 */
class DebInstallIT {

    @Test
    void theDebInstallsRunsAndRemovesCleanly() throws Exception {
        String dist = System.getProperty("usthem.dist");
        Assumptions.assumeTrue(dist != null, "no installers in this build: 'mvn -Pdist verify' builds and tests them");
        Assumptions.assumeTrue(OnPath.has("dpkg-deb"), "dpkg-deb is missing: the .deb is tested on Debian-based systems only");
        List<Path> debs;
        try (Stream<Path> files = Files.list(Path.of(dist))) {
            debs = files.filter(file -> file.toString().endsWith(".deb")).toList();
        }
        assertEquals(1, debs.size(), "expected one .deb in " + dist + ": " + debs);

        Path log = Path.of(dist, "install-test.log");
        Process test = new ProcessBuilder("bash", System.getProperty("usthem.installTest"), debs.get(0).toString(),
                Path.of(dist, "installed-app.png").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = test.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            test.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(finished, "the install test did not finish in 15 minutes:\n" + output);
        assertEquals(0, test.exitValue(), output);
        assertTrue(output.contains("ok: usthem score --json scores text"), output);
        assertTrue(output.lines().anyMatch(line -> line.startsWith("install test passed: ")), output);
    }
}
