package com.usthem.cli;

import com.usthem.core.Label;
import com.usthem.core.workspace.Labeled;
import com.usthem.core.workspace.WorkspaceCorpus;
import picocli.CommandLine.Command;

@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Adds copy to the workspace corpus as marketing or sales (source \"user\", stamped now, "
                + "with your name when --author or $USTHEM_AUTHOR gives one).",
                "Copy you labeled before, or that nobody named labeled, is relabeled; copy someone else labeled gets "
                        + "your label beside theirs, and is disputed when they differ. The next 'usthem train' learns it.",
                "TEXT - reads the copy from standard input."})
public class LabelCommand extends LabelingCommand {

    @Override
    Labeled apply(WorkspaceCorpus corpus, String text, Label label) throws Exception {
        return corpus.label(text, label);
    }
}
