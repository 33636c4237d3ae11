package com.usthem.core.scoring;

import com.usthem.core.classify.AxisModel;
import com.usthem.core.classify.Classifier;
import com.usthem.core.classify.DistinctionProfile;
import com.usthem.core.classify.Explainer;
import com.usthem.core.classify.FeatureContribution;
import com.usthem.core.classify.SentenceScore;
import com.usthem.core.classify.TextScore;
import com.usthem.core.model.ModelLoadException;
import com.usthem.core.model.ModelStore;
import com.usthem.core.text.LruCache;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.workspace.Workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * A model ready to score, for every part of UsThem that shows verdicts (the app's windows, the
 * command line, the reports, batch scoring): one thread-safe {@link Classifier}, with its sentence
 * caches, and what the user must be told about how the model was found.
 */
public final class ScoringEngine implements Scorer {

    private static final String WARM_UP_TEXT = "We help you sign today.";

    private final ModelStore.Loaded loaded;
    private final Classifier classifier;
    /** A sentence's reasons depend on its text alone (for one model): an edit explains one sentence again. */
    private final LruCache<Explained> sentenceExplanations = new LruCache<>(20_000);

    /** One sentence's reasons and its profile in the six distinctions. */
    private record Explained(List<FeatureContribution> reasons, DistinctionProfile profile) {
    }

    public ScoringEngine(ModelStore.Loaded loaded, Classifier classifier) {
        this.loaded = loaded;
        this.classifier = classifier;
    }

    /** The model with an analyzer of its own. */
    public static ScoringEngine of(ModelStore.Loaded loaded) {
        return new ScoringEngine(loaded, loaded.model().classifier(new TextAnalyzer()));
    }

    /**
     * Loads the workspace's current model (or the shipped default) and scores one sentence, so the
     * OpenNLP models are read and the first real keystroke is scored at full speed.
     */
    public static ScoringEngine load(Workspace workspace) throws ModelLoadException {
        ScoringEngine engine = of(workspace.models().loadCurrentOrBundled());
        engine.score(WARM_UP_TEXT);
        return engine;
    }

    /** The model in use: which version, and why it is not the current one when it had to fall back. */
    public ModelStore.Loaded loaded() {
        return loaded;
    }

    public Classifier classifier() {
        return classifier;
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
                classifier);
    }

    /** The verdict alone, for scoring many texts where nobody reads the reasons. */
    public TextScore verdict(String text) {
        return classifier.score(text);
    }

    /** The verdict's profile in the six distinctions, without the sentence-by-sentence reasons. */
    public DistinctionProfile profile(TextScore score) {
        return profile(classifier.explainer().contributions(score.features()), score);
    }

    private DistinctionProfile profile(List<FeatureContribution> reasons, TextScore score) {
        AxisModel axes = classifier.axes();
        return DistinctionProfile.of(reasons, axes == null ? null : axes.relevance(score.features()));
    }

    @Override
    public ScoredText score(String text) {
        TextScore score = classifier.score(text);
        Explainer explainer = classifier.explainer();
        AxisModel axes = classifier.axes();
        List<List<FeatureContribution>> perSentence = new ArrayList<>(score.sentences().size());
        List<DistinctionProfile> sentenceProfiles = new ArrayList<>(score.sentences().size());
        for (SentenceScore sentence : score.sentences()) {
            Explained explained = sentenceExplanations.computeIfAbsent(sentence.text(), t -> {
                List<FeatureContribution> reasons = explainer.contributions(sentence.features());
                return new Explained(reasons, DistinctionProfile.of(reasons,
                        axes == null ? null : axes.relevance(sentence.features())));
            });
            perSentence.add(explained.reasons());
            sentenceProfiles.add(explained.profile());
        }
        List<FeatureContribution> reasons = explainer.contributions(score.features());
        return new ScoredText(text, score, explainer.canExplain(), reasons, perSentence, profile(reasons, score),
                sentenceProfiles);
    }
}
