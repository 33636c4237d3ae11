package com.usthem.cli;

import com.usthem.core.model.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = {"Makes an earlier (or later) model version the current one; no model is deleted.",
                "The version must load. 'usthem models' lists the versions."})
public class RollbackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspaceOption;

    @Parameters(paramLabel = "VERSION", description = "The version to use, e.g. v0002 (or 2).")
    String version;

    @Override
    public Integer call() throws Exception {
        ModelStore store = workspaceOption.seeded().models();
        String previous = store.current().orElse(ModelStore.BUNDLED);
        String current = store.makeCurrent(version);
        spec.commandLine().getOut().println("model " + current + " is now the current model (was " + previous + ")");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
