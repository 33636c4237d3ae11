package com.usthem.core;

import com.usthem.core.model.ModelStore;

import java.nio.file.Path;

/**
 * The folder holding a user's own examples and models: {@code ~/.usthem} unless
 * {@code USTHEM_WORKSPACE} or {@code --workspace} says otherwise.
 */
public record Workspace(Path root) {

    public static final String ENV = "USTHEM_WORKSPACE";

    public static Workspace fromEnvironment() {
        String fromEnv = System.getenv(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Workspace(Path.of(fromEnv));
        }
        return new Workspace(Path.of(System.getProperty("user.home"), ".usthem"));
    }

    public Path modelsDir() {
        return root.resolve("models");
    }

    public ModelStore models() {
        return new ModelStore(modelsDir());
    }
}
