package com.usthem.cli;

import com.usthem.core.classify.SentenceScore;
import com.usthem.core.classify.TextScore;
import com.usthem.core.compare.CueWordChange;
import com.usthem.core.compare.DraftComparer;
import com.usthem.core.compare.DraftComparison;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.text.OneLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares two drafts of the same copy.",
                "Shows the score of each, the change, the sentences added and removed, and the cue words gained "
                        + "and lost."})
public class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The first draft (UTF-8 text, or - for stdin).")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The second draft.")
    Path after;

    @Override
    public Integer call() throws Exception {
        if (CliInput.name(before).equals(CliInput.STDIN_NAME) && CliInput.name(after).equals(CliInput.STDIN_NAME)) {
            throw new UserInputException("BEFORE and AFTER cannot both be standard input (-)");
        }
        String first = CliInput.readDraft(before, System.in);
        String second = CliInput.readDraft(after, System.in);
        ScoringEngine engine = modelOption.engine(spec.commandLine().getErr());
        DraftComparison comparison = new DraftComparer(engine.classifier()).compare(first, second).orElseThrow(() ->
                new UserInputException(CliInput.name(before) + " or " + CliInput.name(after)
                        + ": empty text: nothing to score"));
        PrintWriter out = spec.commandLine().getOut();
        printScore(out, "before", comparison.before(), before);
        printScore(out, "after", comparison.after(), after);
        out.printf(Locale.ROOT, "change: %+.0f points of sales probability%s%n", 100 * comparison.salesChange(),
                comparison.labelChanged() ? "; the verdict changed" : "");
        comparison.movedMost().ifPresent(moved -> out.printf("moved most on %s%n", moved.describe()));
        printSentences(out, "removed", "-", comparison.removed());
        printSentences(out, "added", "+", comparison.added());
        printCueWords(out, "gained", comparison.gained());
        printCueWords(out, "lost", comparison.lost());
        out.flush();
        return 0;
    }

    private static void printScore(PrintWriter out, String which, TextScore score, Path file) {
        out.printf(Locale.ROOT, "%-7s %-9s (sales %.2f)  %s%n", which + ":", score.label().id(), score.sales(),
                CliInput.name(file));
    }

    private static void printSentences(PrintWriter out, String what, String mark, List<SentenceScore> sentences) {
        out.printf("%nsentences %s (%d):%n", what, sentences.size());
        for (SentenceScore sentence : sentences) {
            out.printf(Locale.ROOT, "  %s %5.2f  %s%n", mark, sentence.sales(), OneLine.of(sentence.text()));
        }
    }

    private static void printCueWords(PrintWriter out, String what, List<CueWordChange> changes) {
        String words = changes.stream().map(CueWordChange::describe).collect(Collectors.joining(", "));
        out.printf("%ncue words %s: %s%n", what, words.isEmpty() ? "none" : words);
    }
}
