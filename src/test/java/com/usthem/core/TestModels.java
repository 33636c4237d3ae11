package com.usthem.core;

import com.usthem.core.classify.Classifier;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.model.LoadedModel;
import com.usthem.core.model.ModelFiles;
import com.usthem.core.model.ModelLoadException;
import com.usthem.core.model.ModelStore;
import com.usthem.core.scoring.ScoringEngine;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.train.Trainer;
import com.usthem.core.train.TrainerSettings;
import opennlp.tools.doccat.DoccatModel;

import com.fasterxml.jackson.databind.node.TextNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Models and examples shared by the tests. */
public final class TestModels {

    public static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static ScoringEngine shipped;

    private TestModels() {
    }

    /** The default model shipped in models/, as the app and CLI load it. */
    public static Classifier shipped() {
        return shippedEngine().classifier();
    }

    /** The shipped model ready to score with reasons, as the app, the reports and batch scoring use it. */
    public static synchronized ScoringEngine shippedEngine() {
        if (shipped == null) {
            try {
                LoadedModel bundled = ModelFiles.loadBundled();
                shipped = new ScoringEngine(new ModelStore.Loaded(bundled, ModelStore.BUNDLED, List.of()),
                        new Classifier(bundled.model(), CompanyVocabulary.EMPTY, ANALYZER));
            } catch (ModelLoadException e) {
                throw new IllegalStateException(e);
            }
        }
        return shipped;
    }

    public static Example example(String text, Label label) {
        return Example.of(text, label, "test", Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** A small corpus with clear cases of each side, for tests that train. */
    public static List<Example> tinyCorpus() {
        return List.of(
                example("We are proud to announce our award-winning platform.", Label.MARKETING),
                example("Our brand has led the industry for thirty years.", Label.MARKETING),
                example("Discover the future of travel with us.", Label.MARKETING),
                example("We believe every family deserves a beautiful home.", Label.MARKETING),
                example("Introducing our boldest collection yet.", Label.MARKETING),
                example("Our team is building the world's most trusted bank.", Label.MARKETING),
                example("Sign the attached contract by Friday and your crew starts Monday.", Label.SALES),
                example("Can you confirm the order for 40 seats today?", Label.SALES),
                example("Your quote is $1,200 and it is valid until the 30th.", Label.SALES),
                example("Book your install slot for Tuesday at 10am.", Label.SALES),
                example("You mentioned your team needs this before the audit; reply and I'll send the PO.", Label.SALES),
                example("If you approve today, you'll have the units next week.", Label.SALES));
    }

    /** The examples, each given a text field {@code name} whose value depends on its position. */
    public static List<Example> withAttribute(List<Example> examples, String name, IntFunction<String> value) {
        List<Example> with = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            with.add(examples.get(i).withExtra(name, TextNode.valueOf(value.apply(i))));
        }
        return with;
    }

    public static DoccatModel trainTiny(TrainerSettings settings) {
        try {
            return new Trainer(ANALYZER).train(tinyCorpus(), settings, CompanyVocabulary.EMPTY,
                    (message, fraction) -> { }, Cancellation.NEVER);
        } catch (CancelledException e) {
            throw new IllegalStateException(e);
        }
    }

}
