package com.usthem.cli;

import com.usthem.core.Label;
import com.usthem.core.team.Author;
import com.usthem.core.workspace.WorkspaceCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Adds copy to the workspace corpus as marketing or sales (source \"user\", stamped now,",
                "with your name when --author or $USTHEM_AUTHOR gives one). Copy you labeled before, or that nobody",
                "named labeled, is relabeled; copy someone else labeled gets your label beside theirs, and is",
                "disputed when they differ. The next 'usthem train' learns it.",
                "TEXT - reads the copy from standard input."})
public class LabelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspaceOption;

    @Mixin
    AuthorOption authorOption;

    @Parameters(index = "0", paramLabel = "marketing|sales", description = "The label.")
    String label;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The copy (or - for stdin).")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        Label parsed = Label.parse(label);
        String text = words.equals(List.of("-")) ? CliInput.read(null, System.in) : String.join(" ", words);
        Author author = authorOption.author();
        WorkspaceCorpus corpus = new WorkspaceCorpus(workspaceOption.seeded(), Clock.systemUTC(), () -> author);
        WorkspaceCorpus.Labeled labeled = corpus.label(text, parsed);
        PrintWriter out = spec.commandLine().getOut();
        out.println(labeled.message() + ": " + labeled.entry().example().id() + " in " + labeled.entry().file());
        if (labeled.outcome() == WorkspaceCorpus.Outcome.DISPUTED) {
            out.println("settle it with: usthem settle marketing|sales " + labeled.copy().id());
        }
        out.flush();
        return 0;
    }
}
