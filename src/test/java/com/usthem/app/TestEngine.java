package com.usthem.app;

import com.usthem.core.model.ModelLoadException;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.workspace.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The shipped model as the app loads it (from a workspace with no models of its own), shared by the app tests. */
public final class TestEngine {

    private static ScoringEngine shipped;

    private TestEngine() {
    }

    public static synchronized ScoringEngine shipped() {
        if (shipped == null) {
            try {
                shipped = ScoringEngine.load(new Workspace(Files.createTempDirectory("usthem-app-test")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ModelLoadException e) {
                throw new IllegalStateException(e);
            }
        }
        return shipped;
    }
}
