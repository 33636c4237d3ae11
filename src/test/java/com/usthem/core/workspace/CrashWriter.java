package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;
import com.usthem.core.model.LoadedModel;
import com.usthem.core.model.ModelFiles;
import com.usthem.core.model.ModelMetadata;
import com.usthem.core.model.ModelStore;
import com.usthem.core.train.TrainerSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The child JVM of {@link CrashSafetyTest}: writes workspace files in an endless loop, saying
 * {@code writing N} before and {@code wrote N} after each write, until the test kills it.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path target = Path.of(args[1]);
        LoadedModel model = mode.equals("models") ? ModelFiles.loadBundled() : null;
        WorkspaceCorpus corpus = new WorkspaceCorpus(new Workspace(target), Clock.systemUTC());
        for (int n = 1; ; n++) {
            if (mode.equals("seed")) {
                // The folder exists before the kill can come, however slow the machine: the test then
                // always finds the workspace whose seeding it interrupted.
                Files.createDirectories(target.resolve("ws-" + n));
            }
            System.out.println("writing " + n);
            System.out.flush();
            switch (mode) {
                case "label" -> corpus.label(labeledText(n), labelOf(n));
                case "rewrite" -> CorpusFiles.writeJsonl(target, state(n));
                case "models" -> new ModelStore(target).install(model.model(), metadata(n));
                case "seed" -> WorkspaceSeeder.seed(new Workspace(target.resolve("ws-" + n)));
                default -> throw new IllegalArgumentException(mode);
            }
            System.out.println("wrote " + n);
            System.out.flush();
        }
    }

    static String labeledText(int n) {
        return "Crash test copy number " + n + ": sign by Friday.";
    }

    static Label labelOf(int n) {
        return n % 2 == 0 ? Label.SALES : Label.MARKETING;
    }

    /** A corpus whose every line says which state it belongs to, so a mix of two states shows. */
    static List<Example> state(int n) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            examples.add(new Example("s" + n + "-" + i, "State " + n + ", line " + i + ": our brand, your order.",
                    labelOf(i), "crash", Instant.EPOCH, Map.of()));
        }
        return examples;
    }

    /** Metadata that records which write it came from, in its example count. */
    static ModelMetadata metadata(int n) {
        return new ModelMetadata(Instant.EPOCH, TrainerSettings.DEFAULT, n, Map.of(), "sha256:" + n, null, null, null,
                List.of());
    }
}
