package com.usthem.cli;

import com.usthem.core.Label;
import com.usthem.core.team.LabeledCopy;
import com.usthem.core.workspace.Labeled;
import com.usthem.core.workspace.WorkspaceCorpus;
import picocli.CommandLine.Command;

@Command(name = "settle", mixinStandardHelpOptions = true,
        description = {"Settles a disputed copy (people labeled it differently): records the team's label, with your "
                + "name (--author or $USTHEM_AUTHOR) and the time, and the next 'usthem train' learns it.",
                "TEXT is the copy, or the id 'usthem agreement' lists; - reads it from standard input."})
public class SettleCommand extends LabelingCommand {

    @Override
    Labeled apply(WorkspaceCorpus corpus, String text, Label label) throws Exception {
        return corpus.settle(arguments.oneWord() ? byId(corpus, text) : text, label);
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
