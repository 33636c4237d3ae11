package com.usthem.app.score;

import com.usthem.core.classify.Classifier;
import com.usthem.core.classify.Explainer;
import com.usthem.core.classify.TextScore;
import com.usthem.core.model.ModelLoadException;
import com.usthem.core.model.ModelStore;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.workspace.Workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * The model in use, ready to score: one thread-safe {@link Classifier} (with its sentence caches)
 * and the {@link Explainer} of the same model, plus what the user must be told about how the model
 * was found.
 */
public record ScoringEngine(ModelStore.Loaded loaded, Classifier classifier, Explainer explainer) implements Scorer {

    private static final String WARM_UP_TEXT = "We help you sign today.";

    /**
     * Loads the workspace's current model (or the shipped default) and scores one sentence, so the
     * OpenNLP models are read and the first real keystroke is scored at full speed.
     */
    public static ScoringEngine load(Workspace workspace) throws ModelLoadException {
        ModelStore.Loaded loaded = workspace.models().loadCurrentOrBundled();
        Classifier classifier = new Classifier(loaded.model().model(), loaded.model().vocabulary(), new TextAnalyzer());
        ScoringEngine engine = new ScoringEngine(loaded, classifier, new Explainer(loaded.model().model()));
        engine.score(WARM_UP_TEXT);
        return engine;
    }

    /** Why another model than the current one is in use; to be shown to the user. */
    public List<String> warnings() {
        return loaded.warnings();
    }

    /** The same engine, with one more thing the user must be told. */
    public ScoringEngine withWarning(String warning) {
        List<String> warnings = new ArrayList<>(loaded.warnings());
        warnings.add(warning);
        return new ScoringEngine(new ModelStore.Loaded(loaded.model(), loaded.version(), List.copyOf(warnings)),
                classifier, explainer);
    }

    @Override
    public ScoredText score(String text) {
        TextScore score = classifier.score(text);
        return new ScoredText(text, score, explainer.contributions(score.features()));
    }
}
