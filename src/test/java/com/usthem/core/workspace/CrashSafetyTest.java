package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.CorpusReadResult;
import com.usthem.core.corpus.Example;
import com.usthem.core.model.ModelFiles;
import com.usthem.core.model.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Kills a JVM that is writing workspace files (SIGKILL, no shutdown hooks) at several points, then
 * checks that every file reads completely and holds the previous or the new content, never a mix,
 * and that the workspace still works.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    /**
     * Runs {@link CrashWriter} until it announces write {@code killAt}, lets it go on for
     * {@code delayMillis} (to land at different points of the write), kills it, and returns the
     * number of the last write it finished. The child's output goes to a file, which keeps every
     * line it printed before it died.
     */
    private int killDuringWrite(String mode, Path target, int killAt, int delayMillis) throws Exception {
        Path stdout = dir.resolve("child-" + mode + "-" + killAt + ".out");
        Path stderr = dir.resolve("child-" + mode + "-" + killAt + ".err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), mode, target.toString())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        try {
            String announced = "writing " + killAt;
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readAllLines(stdout).contains(announced)) {
                if (!child.isAlive() || System.nanoTime() > giveUp) {
                    fail("the child never reached write " + killAt + ": " + Files.readString(stderr));
                }
                Thread.sleep(1);
            }
            Thread.sleep(delayMillis);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not die");
        }
        assertEquals(137, child.exitValue(), "killed, not ended by itself: " + Files.readString(stderr));
        return Files.readAllLines(stdout).stream().filter(line -> line.startsWith("wrote "))
                .mapToInt(line -> Integer.parseInt(line.substring(6))).max().orElse(0);
    }

    @ParameterizedTest(name = "killed at write {0} after {1} ms")
    @CsvSource({"1, 0", "2, 15", "3, 40", "4, 90"})
    void aRewrittenCorpusFileIsEitherTheOldOrTheNewStateInFull(int killAt, int delayMillis) throws Exception {
        Path file = dir.resolve("corpus.jsonl");

        int finished = killDuringWrite("rewrite", file, killAt, delayMillis);

        if (!Files.exists(file)) {
            assertEquals(0, finished, "a finished write left no file");
            return;
        }
        CorpusReadResult read = CorpusFiles.read(file, CorpusFormat.JSONL, "x");
        assertTrue(read.clean(), read.problems().toString());
        int state = Integer.parseInt(read.examples().get(0).id().substring(1).split("-")[0]);
        assertTrue(state == finished || state == finished + 1, "state " + state + " after " + finished + " writes");
        assertEquals(CrashWriter.state(state), read.examples());
    }

    @ParameterizedTest(name = "killed at label {0} after {1} ms")
    @CsvSource({"1, 0", "2, 100", "2, 200", "2, 260", "2, 320"})
    void noAcceptedLabelIsLostWhenTheAppIsKilledWhileLabeling(int killAt, int delayMillis) throws Exception {
        Workspace workspace = TestWorkspaces.seeded(dir);
        List<Example> earlier = new ArrayList<>();
        for (int i = 0; i < 8_000; i++) {
            earlier.add(Example.of("Earlier label " + i + " about our brand and your order.",
                    CrashWriter.labelOf(i), "user", Instant.EPOCH));
        }
        CorpusFiles.writeJsonl(workspace.userCorpus(), earlier);
        byte[] starter = Files.readAllBytes(workspace.corpusDir().resolve("starter.jsonl"));

        int finished = killDuringWrite("label", workspace.root(), killAt, delayMillis);

        CorpusReadResult read = CorpusFiles.read(workspace.userCorpus(), CorpusFormat.JSONL, "x");
        assertTrue(read.clean(), read.problems().toString());
        assertEquals(earlier, read.examples().subList(0, earlier.size()));
        List<String> labeled = read.examples().subList(earlier.size(), read.examples().size()).stream()
                .map(Example::text).toList();
        assertTrue(labeled.size() == finished || labeled.size() == finished + 1,
                labeled.size() + " labels saved after " + finished + " finished");
        for (int n = 1; n <= labeled.size(); n++) {
            assertEquals(CrashWriter.labeledText(n), labeled.get(n - 1));
        }
        assertArrayEquals(starter, Files.readAllBytes(workspace.corpusDir().resolve("starter.jsonl")));

        WorkspaceCorpus restarted = new WorkspaceCorpus(workspace, TestWorkspaces.CLOCK);
        assertEquals(Labeled.Outcome.ADDED, restarted.label("After the crash.", Label.SALES).outcome());
        assertTrue(restarted.read().problems().isEmpty());
    }

    @ParameterizedTest(name = "killed at install {0} after {1} ms")
    @CsvSource({"1, 0", "2, 5", "3, 20"})
    void theCurrentModelStillLoadsWhenTheAppIsKilledWhileSavingAModel(int killAt, int delayMillis)
            throws Exception {
        Path models = dir.resolve("models");

        int finished = killDuringWrite("models", models, killAt, delayMillis);

        ModelStore store = new ModelStore(models);
        List<ModelStore.Version> versions = store.versions();
        assertTrue(versions.size() == finished || versions.size() == finished + 1,
                versions.size() + " versions after " + finished + " finished installs");
        for (int n = 1; n <= versions.size(); n++) {
            ModelStore.Version version = versions.get(n - 1);
            assertEquals(String.format("v%04d", n), version.name());
            assertEquals(n, ModelFiles.load(version.bin()).metadata().examples(), version.name());
        }
        if (versions.isEmpty()) {
            assertEquals(ModelStore.BUNDLED, store.loadCurrentOrBundled().version());
            return;
        }
        List<String> warnings = new ArrayList<>();
        Optional<ModelStore.Loaded> current = store.loadCurrent(warnings);
        assertEquals(List.of(), warnings);
        int currentNumber = current.orElseThrow().model().metadata().examples();
        assertTrue(currentNumber == finished || currentNumber == finished + 1, currentNumber + " vs " + finished);

        assertEquals(String.format("v%04d", versions.size() + 1),
                store.install(ModelFiles.loadBundled().model(), CrashWriter.metadata(0)));
    }

    @Test
    void aWorkspaceWhoseSeedingWasKilledIsCompleteOnTheNextStart() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("workspaces"));

        killDuringWrite("seed", parent, 3, 2);

        List<Path> shippedFiles = new ArrayList<>();
        List<byte[]> shippedBytes = new ArrayList<>();
        try (ShippedData shipped = ShippedData.open()) {
            for (Path file : shipped.corpusFiles()) {
                shippedFiles.add(Path.of(file.getFileName().toString()));
                shippedBytes.add(Files.readAllBytes(file));
            }
        }
        List<Path> workspaces;
        try (Stream<Path> children = Files.list(parent)) {
            workspaces = children.sorted().toList();
        }
        assertTrue(workspaces.size() >= 3, workspaces.toString());
        for (Path root : workspaces) {
            Workspace workspace = new Workspace(root);
            if (Files.exists(workspace.corpusDir())) {
                assertShipped(workspace, shippedFiles, shippedBytes);
            }
            WorkspaceSeeder.seed(workspace);
            assertShipped(workspace, shippedFiles, shippedBytes);
            List<String> warnings = new ArrayList<>();
            assertEquals("v0001", workspace.models().loadCurrent(warnings).orElseThrow().version());
            assertEquals(List.of(), warnings);
        }
    }

    private static void assertShipped(Workspace workspace, List<Path> files, List<byte[]> bytes) throws Exception {
        for (int i = 0; i < files.size(); i++) {
            assertArrayEquals(bytes.get(i), Files.readAllBytes(workspace.corpusDir().resolve(files.get(i))),
                    workspace.root() + " " + files.get(i));
        }
    }
}
