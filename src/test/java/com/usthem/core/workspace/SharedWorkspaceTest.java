package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.CorpusReadResult;
import com.usthem.core.corpus.Example;
import com.usthem.core.team.Author;
import com.usthem.core.team.LabeledCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Several processes labeling and importing on one workspace folder at the same moment (two people,
 * and one of them in two windows: the app and the command line), one of them killed mid-write:
 * nothing finished is lost and every file reads completely.
 */
class SharedWorkspaceTest {

    private static final int STEPS = 25;

    @TempDir
    Path dir;

    private record Child(Process process, Path stdout, Path stderr) {

        List<String> lines() throws Exception {
            return Files.readAllLines(stdout);
        }

        int finished() throws Exception {
            return lines().stream().filter(line -> line.startsWith("wrote "))
                    .mapToInt(line -> Integer.parseInt(line.substring(6))).max().orElse(0);
        }
    }

    private Child start(Workspace workspace, String name, String mode, int steps) throws Exception {
        Path stdout = dir.resolve(name + "-" + mode + ".out");
        Path stderr = dir.resolve(name + "-" + mode + ".err");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TeamWriter.class.getName(),
                workspace.root().toString(), name, mode, Integer.toString(steps))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        return new Child(process, stdout, stderr);
    }

    /** Lets the children go at once, when all have loaded and read the corpus. */
    private void go(Workspace workspace, List<Child> children) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (Child child : children) {
            while (!child.lines().contains("ready")) {
                if (!child.process().isAlive() || System.nanoTime() > giveUp) {
                    fail("a child never got ready: " + Files.readString(child.stderr()));
                }
                Thread.sleep(5);
            }
        }
        Files.createFile(workspace.root().resolve("go"));
    }

    private static void awaitSuccess(Child child) throws Exception {
        assertTrue(child.process().waitFor(180, TimeUnit.SECONDS), "the child did not finish");
        assertEquals(0, child.process().exitValue(), Files.readString(child.stderr()));
    }

    private static List<String> texts(Workspace workspace, String author) {
        CorpusReadResult read = CorpusFiles.read(workspace.userCorpus(new Author(author)), CorpusFormat.JSONL, "x");
        assertTrue(read.clean(), read.problems().toString());
        return read.examples().stream().map(Example::text).toList();
    }

    private static List<String> numbered(int count, java.util.function.IntFunction<String> text) {
        return IntStream.rangeClosed(1, count).mapToObj(text).toList();
    }

    @Test
    void twoPeopleAndTwoWindowsOfOneLabelAndImportAtOnceAndLoseNothing() throws Exception {
        Workspace workspace = TestWorkspaces.seeded(dir);
        List<Child> children = List.of(start(workspace, "ana", "label", STEPS), start(workspace, "ana", "import", STEPS),
                start(workspace, "ben", "label", STEPS));
        go(workspace, children);
        for (Child child : children) {
            awaitSuccess(child);
        }

        List<String> ana = texts(workspace, "ana");
        List<String> expectedAna = new ArrayList<>(numbered(STEPS, TeamWriter::sharedCopy));
        expectedAna.addAll(numbered(STEPS, n -> TeamWriter.ownCopy("ana", n)));
        expectedAna.addAll(numbered(STEPS, n -> TeamWriter.importedCopy("ana", n)));
        assertEquals(expectedAna.stream().sorted().toList(), ana.stream().sorted().toList(),
                "every label and import of ana's two windows, once each, in her one file");
        List<String> expectedBen = new ArrayList<>(numbered(STEPS, TeamWriter::sharedCopy));
        expectedBen.addAll(numbered(STEPS, n -> TeamWriter.ownCopy("ben", n)));
        assertEquals(expectedBen.stream().sorted().toList(), texts(workspace, "ben").stream().sorted().toList());

        CorpusSnapshot corpus = new WorkspaceCorpus(workspace, TestWorkspaces.CLOCK).read();
        assertEquals(List.of(), corpus.problems());
        List<String> disputed = corpus.trainingSet().disputed().stream().map(LabeledCopy::text).sorted().toList();
        assertEquals(numbered(STEPS, TeamWriter::sharedCopy).stream().filter(t -> odd(t)).sorted().toList(), disputed,
                "ben's marketing beside ana's sales, for every odd copy, whoever labeled first");
        assertEquals(List.of(), strayFiles(workspace), "no temporary file is left by a finished write");
    }

    @Test
    void killingOneWriterMidWriteLosesNoFinishedLabelAndTheOtherGoesOn() throws Exception {
        Workspace workspace = TestWorkspaces.seeded(dir);
        Child ana = start(workspace, "ana", "label", 0);
        Child ben = start(workspace, "ben", "label", STEPS);
        go(workspace, List.of(ana, ben));
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!ana.lines().contains("writing 8")) {
            if (System.nanoTime() > giveUp) {
                fail("ana never reached step 8: " + Files.readString(ana.stderr()));
            }
            Thread.sleep(1);
        }
        Thread.sleep(3);
        ana.process().destroyForcibly();
        assertTrue(ana.process().waitFor(60, TimeUnit.SECONDS));
        assertEquals(137, ana.process().exitValue(), "killed, not ended by itself: " + Files.readString(ana.stderr()));
        awaitSuccess(ben);

        int finished = ana.finished();
        List<String> anasOwn = texts(workspace, "ana").stream().filter(t -> t.startsWith("ana's")).toList();
        assertTrue(anasOwn.size() == finished || anasOwn.size() == finished + 1,
                anasOwn.size() + " of ana's copies saved after " + finished + " finished steps");
        assertEquals(numbered(anasOwn.size(), n -> TeamWriter.ownCopy("ana", n)), anasOwn);
        assertEquals(2 * STEPS, texts(workspace, "ben").size(), "ben went on past the kill and lost nothing");
        CorpusSnapshot corpus = new WorkspaceCorpus(workspace, TestWorkspaces.CLOCK).read();
        assertEquals(List.of(), corpus.problems());
        assertEquals(Labeled.Outcome.ADDED, new WorkspaceCorpus(workspace, TestWorkspaces.CLOCK,
                () -> new Author("ana")).label("After the crash.", Label.SALES).outcome());
    }

    private static boolean odd(String sharedCopy) {
        return Integer.parseInt(sharedCopy.replaceAll("\\D+", " ").strip().split(" ")[0]) % 2 == 1;
    }

    private static List<Path> strayFiles(Workspace workspace) throws Exception {
        try (Stream<Path> files = Files.list(workspace.corpusDir())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).collect(Collectors.toList());
        }
    }
}
