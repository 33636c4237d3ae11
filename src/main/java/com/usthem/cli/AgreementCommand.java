package com.usthem.cli;

import com.usthem.core.team.AgreementReport;
import com.usthem.core.team.AxisDisagreement;
import com.usthem.core.team.LabeledCopy;
import com.usthem.core.team.PairAgreement;
import com.usthem.core.text.OneLine;
import com.usthem.core.workspace.CorpusSnapshot;
import com.usthem.core.workspace.WorkspaceCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;

@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = "Whether the team agrees, from the copy two or more people labeled: percent agreement and "
                + "Cohen's kappa for each pair of people, the distinctions (axes) they disagree on most, and the "
                + "disputed copy ('usthem settle' settles one).")
public class AgreementCommand extends WorkspaceCommand {

    @Option(names = "--disputed", paramLabel = "N", description = "List up to N disputed copies (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CorpusSnapshot corpus = new WorkspaceCorpus(workspaceOption.seeded(), Clock.systemUTC()).read();
        corpus.problems().forEach(p -> err.println("usthem: warning: " + p + " (line left out)"));
        AgreementReport report = AgreementReport.of(corpus.copies());
        out.println(report.summary());
        if (!report.labelsByPerson().isEmpty()) {
            out.printf("%n  %-24s %8s%n", "person", "labels");
            report.labelsByPerson().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> out.printf("  %-24s %8d%n", e.getKey(), e.getValue()));
        }
        if (!report.pairs().isEmpty()) {
            out.printf("%n  %-32s %6s %7s %10s %7s%n", "pair", "both", "agreed", "agreement", "kappa");
            for (PairAgreement pair : report.pairs()) {
                out.printf(Locale.ROOT, "  %-32s %6d %7d %9.1f%% %7s%n", pair.first() + " & " + pair.second(),
                        pair.both(), pair.agreed(), 100 * pair.agreement(),
                        Double.isNaN(pair.kappa()) ? "n/a" : String.format(Locale.ROOT, "%.3f", pair.kappa()));
            }
        }
        if (!report.axes().isEmpty()) {
            out.printf("%ndistinctions people disagree on most:%n  %-24s %7s %10s%n", "axis", "copies", "disagreed");
            for (AxisDisagreement axis : report.axes()) {
                out.printf(Locale.ROOT, "  %-24s %7d %10d  (%.0f%%)%n", axis.axis(), axis.copies(), axis.contested(),
                        100 * axis.share());
            }
        }
        if (!report.disputed().isEmpty()) {
            out.printf("%ndisputed (showing up to %d):%n", limit);
            report.disputed().stream().limit(Math.max(limit, 0)).forEach(copy -> out.println("  " + row(copy)));
        }
        out.flush();
        err.flush();
        return 0;
    }

    /** {@code x1234  open  ana sales, ben marketing: Sign by Friday.} */
    private static String row(LabeledCopy copy) {
        return String.format("%-16s %-26s %s: %s", copy.id(), copy.settlementWords(), copy.whoSaidWhat(),
                OneLine.cut(copy.text(), 70, "..."));
    }
}
