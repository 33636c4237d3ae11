package com.usthem.core.workspace;

import com.usthem.core.io.AtomicFiles;
import com.usthem.core.io.DirectoryLock;
import com.usthem.core.model.ModelFiles;
import com.usthem.core.model.ModelLoadException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Creates what a workspace lacks from what the application ships: the corpus folder from the
 * shipped corpus (the held-out test split included) and the first model version from the shipped
 * default. What exists is never changed, and the shipped files are only read.
 *
 * <p>The corpus is copied into a hidden staging folder that is renamed into place in one step, so
 * a crash while seeding leaves either no corpus (seeded again next time) or a complete one.
 */
public final class WorkspaceSeeder {

    private static final String STAGING = ".corpus-seeding";

    private WorkspaceSeeder() {
    }

    /** Seeds from the data packed into the application; returns the workspace for chaining. */
    public static Workspace seed(Workspace workspace) throws IOException, ModelLoadException {
        try (ShippedData shipped = ShippedData.open()) {
            seed(workspace, shipped.corpusFiles());
        }
        return workspace;
    }

    static void seed(Workspace workspace, List<Path> shippedCorpus) throws IOException, ModelLoadException {
        try (DirectoryLock lock = DirectoryLock.acquire(workspace.root())) {
            if (!Files.exists(workspace.corpusDir())) {
                seedCorpus(workspace, shippedCorpus);
            }
            if (workspace.models().isEmpty()) {
                workspace.models().installIfEmpty(ModelFiles.loadBundled());
            }
        }
    }

    private static void seedCorpus(Workspace workspace, List<Path> shippedCorpus) throws IOException {
        Path staging = workspace.root().resolve(STAGING);
        removeAbandoned(staging);
        Files.createDirectory(staging);
        for (Path file : shippedCorpus) {
            AtomicFiles.copy(file, staging.resolve(file.getFileName().toString()));
        }
        Files.move(staging, workspace.corpusDir(), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The staging folder of a seeding that was killed; safe to remove because the caller holds the lock. */
    private static void removeAbandoned(Path staging) throws IOException {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> files = Files.list(staging)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(staging);
    }
}
