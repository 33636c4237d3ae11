package com.usthem.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --version} names the application's version and the model that scoring would use. */
class VersionTest {

    @TempDir
    Path dir;

    @Test
    void aNewWorkspaceUsesTheShippedModelAndIsNotCreated() {
        Path workspace = dir.resolve("new");
        CliRun run = CliRun.run("score", "--workspace", workspace.toString(), "--version");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("UsThem \\S+"), run.out());
        assertTrue(lines.get(1).startsWith("model: the default model shipped with UsThem (maxent cutoff=3 "),
                run.out());
        assertTrue(lines.get(1).matches(".*, \\d+ examples, test accuracy 0\\.\\d{3}\\)"), run.out());
        assertFalse(Files.exists(workspace), "--version must not set up a workspace");
    }

    @Test
    void aWorkspaceWithModelsNamesItsCurrentVersion() {
        Path workspace = dir.resolve("team");
        assertEquals(0, CliRun.run("models", "--workspace", workspace.toString()).exitCode());
        CliRun run = CliRun.run("models", "--workspace", workspace.toString(), "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("model: v0001 in " + workspace + " (")),
                run.out());
    }

    @Test
    void aDamagedCurrentModelIsReportedWithTheOneUsedInstead() throws Exception {
        Path workspace = dir.resolve("damaged");
        assertEquals(0, CliRun.run("models", "--workspace", workspace.toString()).exitCode());
        Files.writeString(workspace.resolve("models").resolve("v0001.bin"), "not a model");
        CliRun run = CliRun.run("models", "--workspace", workspace.toString(), "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("model: the default model shipped with UsThem"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("warning: ") && line.contains("v0001")),
                run.out());
    }

    @Test
    void theTopLevelCommandNamesVersionAndModel() {
        CliRun run = CliRun.run("--version");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("UsThem "), run.out());
        assertTrue(lines.get(1).startsWith("model: "), run.out());
    }
}
