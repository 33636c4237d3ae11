package com.usthem.core.workspace;

import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.model.ModelStore;

import java.nio.file.Path;

/**
 * The folder holding a user's own examples and models: {@code ~/.usthem} unless
 * {@code USTHEM_WORKSPACE} or {@code --workspace} says otherwise. The app and the command line
 * share it, so a model trained in one is the model the other uses.
 *
 * <pre>
 * corpus/*.jsonl      training examples: copies of the shipped corpus, plus user.jsonl
 * corpus/user.jsonl   the user's own labels and imports
 * corpus/test.jsonl   the held-out test split: measured on, never trained on
 * models/vNNNN.bin    every accepted model, with vNNNN.json metadata beside it
 * models/current      the name of the model in use
 * vocabulary.txt      company, product and staff names, one a line
 * </pre>
 */
public record Workspace(Path root) {

    public static final String ENV = "USTHEM_WORKSPACE";
    public static final String USER_CORPUS = "user.jsonl";

    public static Workspace fromEnvironment() {
        String fromEnv = System.getenv(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Workspace(Path.of(fromEnv));
        }
        return new Workspace(Path.of(System.getProperty("user.home"), ".usthem"));
    }

    public Path modelsDir() {
        return root.resolve("models");
    }

    public Path corpusDir() {
        return root.resolve("corpus");
    }

    /** Where new labels and imported examples are added. */
    public Path userCorpus() {
        return corpusDir().resolve(USER_CORPUS);
    }

    public Path testSplit() {
        return corpusDir().resolve(CorpusFiles.TEST_FILE);
    }

    public Path vocabularyFile() {
        return root.resolve("vocabulary.txt");
    }

    public ModelStore models() {
        return new ModelStore(modelsDir());
    }
}
