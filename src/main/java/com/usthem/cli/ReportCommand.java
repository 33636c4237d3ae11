package com.usthem.cli;

import com.usthem.core.io.AtomicFiles;
import com.usthem.core.report.DraftReport;
import com.usthem.core.scoring.ScoredText;
import com.usthem.core.scoring.ScoringEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a self-contained HTML report on one draft.",
                "It shows the verdict, each sentence coloured by its score, the reasons in plain words and the "
                        + "we/you counts; open it in any browser."})
public class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The HTML file to write.")
    Path out;

    @Parameters(paramLabel = "FILE", description = "The draft (UTF-8 text), or - for standard input.")
    Path file;

    @Override
    public Integer call() throws Exception {
        String text = CliInput.readDraft(file, System.in);
        ScoringEngine engine = modelOption.engine(spec.commandLine().getErr());
        ScoredText scored = engine.score(text);
        if (scored.isEmpty()) {
            throw new UserInputException(CliInput.name(file) + ": empty text: nothing to score");
        }
        String title = file.toString().equals("-") ? CliInput.STDIN_NAME : String.valueOf(file.getFileName());
        AtomicFiles.writeString(out, DraftReport.html(title, scored, engine.loaded().model().origin(), Instant.now()));
        spec.commandLine().getOut().printf(Locale.ROOT, "report on %s (reads as %s, %.0f%% sales) written to %s%n",
                CliInput.name(file), scored.score().label().id(), 100 * scored.score().sales(), out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
