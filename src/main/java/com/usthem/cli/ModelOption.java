package com.usthem.cli;

import com.usthem.core.classify.Classifier;
import com.usthem.core.model.LoadedModel;
import com.usthem.core.model.ModelLoadException;
import com.usthem.core.text.TextAnalyzer;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code --model FILE}, for commands that score: that model, else the workspace's current one. */
public class ModelOption {

    @Option(names = "--model", paramLabel = "FILE", description = "Model .bin to use (default: the current model).")
    Path model;

    LoadedModel load(WorkspaceOption workspace, PrintWriter err) throws ModelLoadException {
        return CliModels.load(model, workspace.workspace(), err);
    }

    Classifier classifier(WorkspaceOption workspace, PrintWriter err) throws ModelLoadException {
        return load(workspace, err).classifier(new TextAnalyzer());
    }
}
