package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.io.AtomicFiles;
import com.usthem.core.model.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceWatcherTest {

    @TempDir
    Path dir;

    @Test
    void eachPollTellsWhichPartsChangedSinceTheLastOne() throws Exception {
        Workspace workspace = TestWorkspaces.seeded(dir);
        WorkspaceWatcher watcher = new WorkspaceWatcher(workspace);
        assertEquals(Set.of(), watcher.poll());

        new WorkspaceCorpus(workspace, TestWorkspaces.CLOCK).label("Book your tasting for Saturday.", Label.SALES);
        assertEquals(Set.of(WorkspaceWatcher.Part.CORPUS), watcher.poll());
        assertEquals(Set.of(), watcher.poll());

        workspace.models().install(ModelFiles.loadBundled().model(), ModelFiles.loadBundled().metadata());
        VocabularyFile.write(workspace.vocabularyFile(), new CompanyVocabulary(java.util.List.of("Acme")));
        assertEquals(Set.of(WorkspaceWatcher.Part.MODELS, WorkspaceWatcher.Part.VOCABULARY), watcher.poll());
    }

    @Test
    void aRewriteOfTheSameSizeWithinOneClockTickIsSeen() throws Exception {
        Workspace workspace = TestWorkspaces.seeded(dir);
        Path file = workspace.corpusDir().resolve("user.jsonl");
        AtomicFiles.writeString(file, "{\"text\":\"Sign today.\",\"label\":\"sales\"}\n");
        FileTime tick = Files.getLastModifiedTime(file);
        WorkspaceWatcher watcher = new WorkspaceWatcher(workspace);

        AtomicFiles.writeString(file, "{\"text\":\"Sign later\",\"label\":\"sales\"}\n");
        Files.setLastModifiedTime(file, tick);

        assertEquals(Set.of(WorkspaceWatcher.Part.CORPUS), watcher.poll());
    }

    @Test
    void aLabelFromAnotherProcessIsReportedWithinSeconds() throws Exception {
        Workspace workspace = TestWorkspaces.seeded(dir);
        BlockingQueue<Set<WorkspaceWatcher.Part>> reports = new LinkedBlockingQueue<>();
        try (WorkspaceWatcher watcher = new WorkspaceWatcher(workspace).start(Duration.ofMillis(200), reports::add)) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "com.usthem.Main", "label",
                    "--workspace", workspace.root().toString(), "--author", "ben", "sales", "Sign", "by", "Friday.")
                    .redirectErrorStream(true).start();
            assertTrue(other.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, other.exitValue(), new String(other.getInputStream().readAllBytes()));
            long labeled = System.nanoTime();

            Set<WorkspaceWatcher.Part> report = reports.poll(5, TimeUnit.SECONDS);

            assertEquals(Set.of(WorkspaceWatcher.Part.CORPUS), report);
            assertTrue(System.nanoTime() - labeled < TimeUnit.SECONDS.toNanos(5));
        }
    }
}
