package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Workspaces seeded from a small shipped corpus of the test's own, with a held-out test split. */
final class TestWorkspaces {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestWorkspaces() {
    }

    static List<Example> testSplit() {
        return List.of(
                TestModels.example("We are thrilled to unveil our new flagship store.", Label.MARKETING),
                TestModels.example("Our mission has always been to inspire creators everywhere.", Label.MARKETING),
                TestModels.example("Please sign the renewal by Thursday so your price stays at $40 a seat.", Label.SALES),
                TestModels.example("Can you confirm 12 units today so we ship them to you Monday?", Label.SALES));
    }

    /** The folder standing in for the application's shipped {@code training-data/}. */
    static List<Path> shippedCorpus(Path dir) throws Exception {
        Path shipped = Files.createDirectories(dir.resolve("shipped"));
        CorpusFiles.writeJsonl(shipped.resolve("starter.jsonl"), TestModels.tinyCorpus());
        CorpusFiles.writeJsonl(shipped.resolve(CorpusFiles.TEST_FILE), testSplit());
        return List.of(shipped.resolve("starter.jsonl"), shipped.resolve(CorpusFiles.TEST_FILE));
    }

    static Workspace seeded(Path dir) throws Exception {
        Workspace workspace = new Workspace(dir.resolve("workspace"));
        WorkspaceSeeder.seed(workspace, shippedCorpus(dir));
        return workspace;
    }
}
