package com.usthem.cli;

import com.usthem.core.model.ModelLoadException;
import com.usthem.core.scoring.ScoringEngine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code --model FILE} and {@code --workspace DIR}, for commands that score: that model, else the
 * workspace's current one.
 */
public class ModelOption {

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--model", paramLabel = "FILE", description = "Model .bin to use (default: the current model).")
    Path model;

    ScoringEngine engine(PrintWriter err) throws ModelLoadException {
        return ScoringEngine.of(CliModels.find(model, workspace.workspace(), err));
    }
}
