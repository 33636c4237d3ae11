package com.usthem.cli;

import com.usthem.core.model.ModelLoadException;
import com.usthem.core.model.ModelStore;
import com.usthem.core.workspace.Workspace;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code usthem --version}: the application's version (from the jar manifest, "development" when
 * run from classes) and the model that scoring would use now, so a bug report names both.
 */
public class VersionProvider implements IVersionProvider {

    @Spec
    CommandSpec spec;

    /** For {@code @Command(versionProvider = ...)}: picocli injects the command. */
    public VersionProvider() {
    }

    VersionProvider(CommandSpec spec) {
        this.spec = spec;
    }

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        List<String> lines = new ArrayList<>();
        lines.add("UsThem " + (version == null ? "development" : version));
        Workspace workspace = workspace();
        try {
            ModelStore.Loaded loaded = workspace.models().loadCurrentOrBundled();
            lines.add("model: " + ModelInUse.describe(loaded, workspace));
            loaded.warnings().forEach(warning -> lines.add("warning: " + warning));
        } catch (ModelLoadException e) {
            lines.add("model: none loads: " + e.getMessage());
        }
        return lines.toArray(String[]::new);
    }

    /** The workspace the command would use: its --workspace when it has one (subcommands), else the default. */
    private Workspace workspace() {
        WorkspaceOption option = spec == null ? null : workspaceOption(spec);
        return option != null ? option.workspace() : Workspace.fromEnvironment();
    }

    /** The command's --workspace mixin, also where it comes inside another mixin (as in --model's). */
    private static WorkspaceOption workspaceOption(CommandSpec command) {
        for (CommandSpec mixin : command.mixins().values()) {
            WorkspaceOption found = mixin.userObject() instanceof WorkspaceOption option ? option
                    : workspaceOption(mixin);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
