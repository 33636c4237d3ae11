package com.usthem.cli;

import com.usthem.core.model.LoadedModel;
import com.usthem.core.model.ModelFiles;
import com.usthem.core.model.ModelLoadException;
import com.usthem.core.model.ModelStore;
import com.usthem.core.workspace.Workspace;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Finds the model a command should use: {@code --model FILE}, else the workspace's current one. */
final class CliModels {

    private CliModels() {
    }

    static LoadedModel load(Path modelFile, Workspace workspace, PrintWriter err) throws ModelLoadException {
        if (modelFile != null) {
            return ModelFiles.load(modelFile);
        }
        ModelStore.Loaded loaded = workspace.models().loadCurrentOrBundled();
        for (String warning : loaded.warnings()) {
            err.println("usthem: warning: " + warning);
        }
        err.flush();
        return loaded.model();
    }
}
