package com.usthem.core.workspace;

import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.model.ModelFiles;
import com.usthem.core.model.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceSeederTest {

    @TempDir
    Path dir;

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void firstUseCopiesTheShippedCorpusAndInstallsTheDefaultModelAsTheFirstVersion() throws Exception {
        List<Path> shipped = TestWorkspaces.shippedCorpus(dir);
        byte[] shippedTest = Files.readAllBytes(shipped.get(1));
        Workspace workspace = new Workspace(dir.resolve("new/workspace"));

        WorkspaceSeeder.seed(workspace, shipped);

        assertEquals(List.of("starter.jsonl", CorpusFiles.TEST_FILE), names(workspace.corpusDir()));
        assertArrayEquals(Files.readAllBytes(shipped.get(0)), Files.readAllBytes(
                workspace.corpusDir().resolve("starter.jsonl")));
        assertArrayEquals(shippedTest, Files.readAllBytes(workspace.testSplit()));
        ModelStore.Loaded loaded = workspace.models().loadCurrentOrBundled();
        assertEquals("v0001", loaded.version());
        assertTrue(loaded.warnings().isEmpty());
        assertEquals(ModelFiles.loadBundled().metadata().corpusHash(), loaded.model().metadata().corpusHash());
        assertEquals(ModelFiles.loadBundled().metadata().created(), loaded.model().metadata().created());
        assertArrayEquals(shippedTest, Files.readAllBytes(shipped.get(1)), "shipped files are only read");
    }

    @Test
    void whatTheWorkspaceHasIsNeverReplaced() throws Exception {
        List<Path> shipped = TestWorkspaces.shippedCorpus(dir);
        Workspace workspace = new Workspace(dir.resolve("workspace"));
        WorkspaceSeeder.seed(workspace, shipped);
        Files.writeString(workspace.corpusDir().resolve("starter.jsonl"), "");
        Files.delete(workspace.testSplit());

        WorkspaceSeeder.seed(workspace, shipped);

        assertEquals("", Files.readString(workspace.corpusDir().resolve("starter.jsonl")));
        assertFalse(Files.exists(workspace.testSplit()));
        assertEquals(1, workspace.models().versions().size());
    }

    @Test
    void aSeedingThatWasKilledHalfWayIsCleanedUpAndDoneAgain() throws Exception {
        List<Path> shipped = TestWorkspaces.shippedCorpus(dir);
        Workspace workspace = new Workspace(dir.resolve("workspace"));
        Path abandoned = Files.createDirectories(workspace.root().resolve(".corpus-seeding"));
        Files.writeString(abandoned.resolve("starter.jsonl"), "{\"text\":\"half");

        WorkspaceSeeder.seed(workspace, shipped);

        assertFalse(Files.exists(abandoned));
        assertEquals(List.of("starter.jsonl", CorpusFiles.TEST_FILE), names(workspace.corpusDir()));
        assertArrayEquals(Files.readAllBytes(shipped.get(0)), Files.readAllBytes(
                workspace.corpusDir().resolve("starter.jsonl")));
    }

    @Test
    void theApplicationsOwnCorpusIsListedFromTheClasspath() throws Exception {
        List<String> repository;
        try (Stream<Path> files = Files.list(Path.of("training-data"))) {
            repository = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsonl")).sorted().toList();
        }
        try (ShippedData shipped = ShippedData.open()) {
            assertEquals(repository, shipped.corpusFiles().stream().map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void theCorpusIsListedFromAJarEvenWithoutFolderEntries() throws Exception {
        Path jar = dir.resolve("app with space.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "models/usthem.bin", "model");
            entry(out, "training-data/b.jsonl", "{\"text\":\"b\",\"label\":\"sales\"}\n");
            entry(out, "training-data/a.jsonl", "{\"text\":\"a\",\"label\":\"marketing\"}\n");
            entry(out, "training-data/test.jsonl", "{\"text\":\"t\",\"label\":\"sales\"}\n");
            entry(out, "training-data/README.md", "not a corpus file");
        }
        assertListsTheCorpus(jar.toUri().toURL());
    }

    @Test
    void theCorpusIsListedFromAFolderOfClasses() throws Exception {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("models"));
        Files.createDirectories(classes.resolve("training-data"));
        Files.writeString(classes.resolve("models/usthem.bin"), "model");
        for (String name : List.of("b.jsonl", "a.jsonl", "test.jsonl", "README.md")) {
            Files.writeString(classes.resolve("training-data").resolve(name), name);
        }
        assertListsTheCorpus(classes.toUri().toURL());
    }

    private static void assertListsTheCorpus(URL classpathEntry) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classpathEntry}, null);
             ShippedData shipped = ShippedData.open(loader)) {
            List<Path> files = shipped.corpusFiles();
            assertEquals(List.of("a.jsonl", "b.jsonl", "test.jsonl"),
                    files.stream().map(f -> f.getFileName().toString()).toList());
            assertTrue(Files.readString(files.get(0)).startsWith("{\"text\":\"a\"")
                    || Files.readString(files.get(0)).equals("a.jsonl"));
        }
    }

    private static void entry(JarOutputStream jar, String name, String content) throws Exception {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
