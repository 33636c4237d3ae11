package com.usthem.cli;

import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.CorpusMerge;
import com.usthem.core.corpus.CorpusReadResult;
import com.usthem.core.corpus.Example;
import com.usthem.core.corpus.RepeatedCopies;
import com.usthem.core.team.Author;
import com.usthem.core.workspace.Workspace;
import com.usthem.core.workspace.ImportResult;
import com.usthem.core.workspace.WorkspaceCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Adds labeled examples from JSONL, CSV (text,label) or OpenNLP doccat files to the workspace "
                + "corpus, or to another corpus with --into.",
                "Examples already in the corpus (same text) are not added twice; a text the files repeat is added "
                        + "once, and one they label differently is not added (both are listed). Rows without an "
                        + "author get yours (--author or $USTHEM_AUTHOR) and go to your own file of the workspace "
                        + "corpus.",
                "A bad row stops the import and nothing is written, unless --skip-bad is given."})
public class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspaceOption;

    @Mixin
    AuthorOption authorOption;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Option(names = "--into", paramLabel = "CORPUS",
            description = "Corpus .jsonl to add to (default: the workspace corpus, corpus/user.jsonl).")
    Path into;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, csv or doccat (default: from the file name).")
    String format;

    @Option(names = "--skip-bad", description = "Import the good rows and report the bad ones.")
    boolean skipBad;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CorpusReadResult incoming = CorpusFiles.readAll(files, format == null ? null : CorpusFormat.parse(format));
        if (!skipBad) {
            incoming.examplesOrThrow();
        }
        incoming.problems().forEach(p -> err.println("usthem: skipped " + p));
        Path target;
        CorpusMerge.Result merged;
        List<String> notes;
        if (into == null) {
            Workspace workspace = workspaceOption.seeded();
            Author author = authorOption.author();
            ImportResult result = new WorkspaceCorpus(workspace, Clock.systemUTC(), () -> author)
                    .importExamples(incoming);
            target = workspace.userCorpus(author);
            merged = new CorpusMerge.Result(result.added(), result.duplicates());
            notes = result.notes();
        } else {
            List<Example> existing = Files.exists(into)
                    ? CorpusFiles.read(into, CorpusFormat.JSONL, "corpus").examplesOrThrow() : List.of();
            Author author = authorOption.author();
            RepeatedCopies repeated = RepeatedCopies.of(incoming);
            merged = CorpusMerge.add(existing, repeated.kept().stream().map(author::sign).toList());
            notes = repeated.report();
            List<Example> all = new ArrayList<>(existing);
            all.addAll(merged.added());
            CorpusFiles.writeJsonl(into, all);
            target = into;
        }
        notes.forEach(note -> err.println("usthem: " + note));
        out.printf("imported %d examples into %s (%d already there, %d bad rows skipped)%n", merged.added().size(),
                target, merged.duplicates(), incoming.problems().size());
        out.flush();
        err.flush();
        return 0;
    }
}
