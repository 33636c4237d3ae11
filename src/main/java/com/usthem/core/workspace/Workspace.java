package com.usthem.core.workspace;

import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.ExampleIds;
import com.usthem.core.model.ModelStore;
import com.usthem.core.team.Author;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The folder holding a user's own examples and models: {@code ~/.usthem} unless
 * {@code USTHEM_WORKSPACE} or {@code --workspace} says otherwise. The app and the command line
 * share it, so a model trained in one is the model the other uses.
 *
 * <pre>
 * corpus/*.jsonl      training examples: copies of the shipped corpus, plus user.jsonl
 * corpus/user.jsonl   labels and imports given without a name
 * corpus/user-NAME.jsonl  each named person's labels, imports and settlements
 * corpus/test.jsonl   the held-out test split: measured on, never trained on
 * models/vNNNN.bin    every accepted model, with vNNNN.json metadata beside it
 * models/current      the name of the model in use
 * vocabulary.txt      company, product and staff names, one a line
 * </pre>
 */
public record Workspace(Path root) {

    public static final String ENV = "USTHEM_WORKSPACE";
    public static final String USER_CORPUS = "user.jsonl";
    private static final int MAX_SLUG = 40;

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

    /** Where labels and imports given without a name are added. */
    public Path userCorpus() {
        return corpusDir().resolve(USER_CORPUS);
    }

    /**
     * Where the author's new labels, imports and settlements are added: a file of their own, so two
     * people never rewrite the same file (a synced folder never has to choose between their saves)
     * and two branches of a workspace in git merge without a conflict. The name in each line, not
     * the file, says whose a label is: names that make the same file name share it harmlessly.
     */
    public Path userCorpus(Author author) {
        if (!author.named()) {
            return userCorpus();
        }
        String slug = author.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG);
        }
        if (slug.isEmpty() || !author.name().chars().allMatch(c -> c < 128)) {
            // Names that lose letters in the file name (accents, other scripts) keep a file apart.
            slug = (slug.isEmpty() ? "" : slug + "-") + ExampleIds.forText(author.name()).substring(1, 7);
        }
        return corpusDir().resolve("user-" + slug + ".jsonl");
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
