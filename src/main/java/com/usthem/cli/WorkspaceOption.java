package com.usthem.cli;

import com.usthem.core.model.ModelLoadException;
import com.usthem.core.workspace.Workspace;
import com.usthem.core.workspace.WorkspaceSeeder;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** {@code --workspace DIR}, accepted by every command after its name. */
public class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder with your examples and models (default: $USTHEM_WORKSPACE or ~/.usthem).")
    Path workspace;

    public Workspace workspace() {
        return workspace != null ? new Workspace(workspace) : Workspace.fromEnvironment();
    }

    /** The workspace, first created from the shipped corpus and model if this is its first use. */
    public Workspace seeded() throws IOException, ModelLoadException {
        return WorkspaceSeeder.seed(workspace());
    }
}
