package com.usthem.cli;

import com.usthem.core.Workspace;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --workspace DIR}, accepted by every command after its name. */
public class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace folder with your examples and models (default: $USTHEM_WORKSPACE or ~/.usthem).")
    Path workspace;

    public Workspace workspace() {
        return workspace != null ? new Workspace(workspace) : Workspace.fromEnvironment();
    }
}
