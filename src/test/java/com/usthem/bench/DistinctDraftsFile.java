package com.usthem.bench;

import com.usthem.core.corpus.CorpusFiles;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes the benchmark's training file: {@code SIZE} distinct drafts of two to five corpus
 * sentences as JSON Lines ({@link BenchCorpus#distinctDrafts}), with {@code --axis} recording each
 * one's distinction. For measuring {@code usthem train} by hand as the benchmark does.
 */
public final class DistinctDraftsFile {

    private DistinctDraftsFile() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DistinctDraftsFile SIZE FILE [--axis]");
            System.exit(2);
        }
        boolean axis = Arrays.asList(args).contains("--axis");
        CorpusFiles.writeJsonl(Path.of(args[1]),
                new BenchCorpus(Path.of("training-data")).distinctDrafts(Integer.parseInt(args[0]), 11, axis));
    }
}
