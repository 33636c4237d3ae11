package com.usthem.cli;

import com.usthem.core.Label;
import com.usthem.core.team.Author;
import com.usthem.core.team.LabeledCopy;
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

@Command(name = "settle", mixinStandardHelpOptions = true,
        description = {"Settles a disputed copy (people labeled it differently): records the team's label, with your",
                "name (--author or $USTHEM_AUTHOR) and the time, and the next 'usthem train' learns it.",
                "COPY is the id 'usthem agreement' lists, or the copy itself; - reads it from standard input."})
public class SettleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspaceOption;

    @Mixin
    AuthorOption authorOption;

    @Parameters(index = "0", paramLabel = "marketing|sales", description = "The team's label.")
    String label;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COPY", description = "Its id, or the copy (or - for stdin).")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        Label parsed = Label.parse(label);
        String copy = words.equals(List.of("-")) ? CliInput.read(null, System.in) : String.join(" ", words);
        Author author = authorOption.author();
        WorkspaceCorpus corpus = new WorkspaceCorpus(workspaceOption.seeded(), Clock.systemUTC(), () -> author);
        String text = words.size() == 1 ? byId(corpus, copy) : copy;
        WorkspaceCorpus.Labeled settled = corpus.settle(text, parsed);
        PrintWriter out = spec.commandLine().getOut();
        out.println(settled.message() + ": " + settled.entry().example().id() + " in " + settled.entry().file());
        out.flush();
        return 0;
    }

    /** The text of the copy one of whose lines has this id; the word itself when none has. */
    private static String byId(WorkspaceCorpus corpus, String word) throws Exception {
        return corpus.read().copies().stream()
                .filter(copy -> copy.lines().stream().anyMatch(line -> line.id().equals(word)))
                .map(LabeledCopy::text)
                .findFirst()
                .orElse(word);
    }
}
