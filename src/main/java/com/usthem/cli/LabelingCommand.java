package com.usthem.cli;

import com.usthem.core.Label;
import com.usthem.core.team.Author;
import com.usthem.core.workspace.Labeled;
import com.usthem.core.workspace.WorkspaceCorpus;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.time.Clock;

/** A command that gives copy a label in the workspace corpus, as the author: label or settle. */
abstract class LabelingCommand extends WorkspaceCommand {

    @Mixin
    LabelArguments arguments;

    @Mixin
    AuthorOption authorOption;

    /** Gives the label; {@code text} is the copy as typed. */
    abstract Labeled apply(WorkspaceCorpus corpus, String text, Label label) throws Exception;

    @Override
    public Integer call() throws Exception {
        Author author = authorOption.author();
        WorkspaceCorpus corpus = new WorkspaceCorpus(workspaceOption.seeded(), Clock.systemUTC(), () -> author);
        Labeled done = apply(corpus, arguments.text(), arguments.label());
        PrintWriter out = spec.commandLine().getOut();
        out.println(done.message() + ": " + done.entry().example().id() + " in " + done.entry().file());
        if (done.outcome() == Labeled.Outcome.DISPUTED) {
            out.println("settle it with: usthem settle marketing|sales " + done.copy().id());
        }
        out.flush();
        return 0;
    }
}
