package com.usthem.cli;

import com.usthem.core.corpus.Example;
import com.usthem.core.scoring.DistinctionAgreement;
import com.usthem.core.scoring.ScoringEngine;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code usthem eval --distinctions}: how often the distinction the model's profile calls strongest
 * is the example's recorded axis, and how often it is among the first two.
 */
final class DistinctionsOutput {

    private DistinctionsOutput() {
    }

    static int print(List<Example> examples, Path data, ScoringEngine engine, boolean json, CommandLine commandLine) {
        DistinctionAgreement agreement = DistinctionAgreement.measure(engine, examples);
        PrintWriter out = commandLine.getOut();
        if (json) {
            out.printf(Locale.ROOT, "{\"examples\":%d,\"top1\":%.4f,\"top2\":%.4f}%n", agreement.examples(),
                    agreement.top1(), agreement.top2());
        } else {
            out.printf(Locale.ROOT, "%s on %s: %d examples with a recorded axis%n", engine.loaded().model().origin(), data,
                    agreement.examples());
            out.printf(Locale.ROOT, "  strongest distinction is the recorded axis: %.3f%n", agreement.top1());
            out.printf(Locale.ROOT, "  recorded axis among the two strongest:     %.3f%n", agreement.top2());
        }
        out.flush();
        return 0;
    }
}
