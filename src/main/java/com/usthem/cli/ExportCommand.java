package com.usthem.cli;

import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.CorpusFormat;
import com.usthem.core.corpus.Example;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a corpus as JSONL, CSV (text,label) or OpenNLP doccat (label text).")
public class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspaceOption;

    @Option(names = "--data", paramLabel = "FILE|DIR",
            description = "Corpus .jsonl, or a folder of them (test.jsonl is left out). Default: the workspace corpus.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "File to write.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, csv or doccat (default: from the file name).")
    String format;

    @Override
    public Integer call() throws Exception {
        CorpusFormat outFormat = format != null ? CorpusFormat.parse(format) : CorpusFormat.fromFileName(out);
        Path source = data != null ? data : workspaceOption.seeded().corpusDir();
        List<Example> examples = Files.isDirectory(source)
                ? CorpusFiles.readTraining(source).examplesOrThrow()
                : CorpusFiles.read(source, CorpusFormat.JSONL, "corpus").examplesOrThrow();
        CorpusFiles.write(out, outFormat, examples);
        spec.commandLine().getOut().printf("exported %d examples to %s (%s)%n", examples.size(), out,
                outFormat.name().toLowerCase(java.util.Locale.ROOT));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
