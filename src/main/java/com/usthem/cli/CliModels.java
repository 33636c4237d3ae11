package com.usthem.cli;

import com.usthem.core.model.LoadedModel;
import com.usthem.core.model.ModelFiles;
import com.usthem.core.model.ModelLoadException;
import com.usthem.core.model.ModelStore;
import com.usthem.core.workspace.Workspace;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Finds the model a command should use: {@code --model FILE}, else the workspace's current one. */
final class CliModels {

    private CliModels() {
    }

    static LoadedModel load(Path modelFile, Workspace workspace, PrintWriter err) throws ModelLoadException {
        return find(modelFile, workspace, err).model();
    }

    /** The model with the name it goes by: the file given, or the workspace's version (warnings printed). */
    static ModelStore.Loaded find(Path modelFile, Workspace workspace, PrintWriter err) throws ModelLoadException {
        if (modelFile != null) {
            return new ModelStore.Loaded(ModelFiles.load(modelFile), modelFile.toString(), List.of());
        }
        ModelStore.Loaded loaded = workspace.models().loadCurrentOrBundled();
        for (String warning : loaded.warnings()) {
            err.println("usthem: warning: " + warning);
        }
        err.flush();
        return loaded;
    }
}
