package com.usthem.cli;

import com.usthem.core.batch.BatchExport;
import com.usthem.core.batch.BatchListener;
import com.usthem.core.batch.BatchScorer;
import com.usthem.core.batch.BatchSummary;
import com.usthem.core.batch.DraftFormat;
import com.usthem.core.io.AtomicFiles;
import com.usthem.core.job.Cancellation;
import com.usthem.core.scoring.ScoringEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Scores many drafts at once, from files and folders.",
                "A .txt or .md file is one draft; .csv rows need a 'text' column, .jsonl lines a \"text\" field.",
                "Unreadable files and bad rows are listed on stderr, the rest are scored, and the exit code is then 1."})
public class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption modelOption;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the results to FILE (default: standard output).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv or jsonl (default: from the --out file name, else csv).")
    String format;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Draft files, or folders to search for them.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchExport export = format != null ? BatchExport.parse(format)
                : out == null ? BatchExport.CSV : BatchExport.fromFileName(out).orElse(BatchExport.CSV);
        ScoringEngine engine = modelOption.engine(err);
        StderrProgress progress = new StderrProgress(err);
        BatchSummary summary = new BatchScorer(engine).score(paths, new BatchListener() {
            @Override
            public void progress(int done, int total) {
                progress.progress("scored " + done + " of " + total + " drafts", total == 0 ? 1 : (double) done / total);
            }
        }, Cancellation.NEVER);
        summary.problems().forEach(problem -> err.println("usthem: " + problem));
        summary.skipped().forEach(file -> err.println("usthem: skipped " + file + " (batch scoring reads "
                + DraftFormat.SUPPORTED + ")"));
        if (summary.results().isEmpty()) {
            err.println("usthem: nothing was scored");
            err.flush();
            return 1;
        }
        if (out != null) {
            AtomicFiles.write(out, stream -> export.write(summary.results(), stream));
            long files = summary.results().stream().map(r -> r.draft().file()).distinct().count();
            stdout.printf("scored %d drafts from %d files into %s (%s)%n", summary.results().size(), files, out,
                    export.name().toLowerCase(Locale.ROOT));
        } else {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            export.write(summary.results(), buffer);
            stdout.print(buffer.toString(StandardCharsets.UTF_8));
        }
        stdout.flush();
        err.flush();
        return summary.problems().isEmpty() ? 0 : 1;
    }
}
