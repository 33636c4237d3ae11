package com.usthem.core.train;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.ProgressListener;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CrossValidatorTest {

    private static final Learner QUICK = new UsThemLearner(new TrainerSettings("maxent", 0, 30, "full"),
            CompanyVocabulary.EMPTY, TestModels.ANALYZER);

    @Test
    void foldsAreStratifiedAndReproducible() {
        List<Example> examples = TestModels.tinyCorpus();
        int[] folds = new Folds.Stratified(3, 42).assign(examples);
        for (int fold = 0; fold < 3; fold++) {
            for (Label label : Label.values()) {
                int count = 0;
                for (int i = 0; i < examples.size(); i++) {
                    if (folds[i] == fold && examples.get(i).label() == label) {
                        count++;
                    }
                }
                assertEquals(2, count, "fold " + fold + " should hold 2 " + label + " examples");
            }
        }
        assertArrayEquals(folds, new Folds.Stratified(3, 42).assign(examples));
    }

    @Test
    void predictsEveryExampleExactlyOnce() throws Exception {
        Evaluation evaluation = CrossValidator.run(QUICK, TestModels.tinyCorpus(), new Folds.Stratified(3, 1),
                ProgressListener.NONE, Cancellation.NEVER).pooled();
        assertEquals(12, evaluation.metrics().examples());
        assertEquals(12 - evaluation.misclassified().size(), evaluation.metrics().confusion().correct());
    }

    /**
     * Cross-validation trains each fold from the features computed once for all of them and predicts
     * from the held-out examples' features: each prediction must be the one training on the fold's
     * texts and scoring the held-out text gives.
     */
    @Test
    void analysingOnceForAllFoldsPredictsAsTrainingEachFoldFromItsTexts() throws Exception {
        List<Example> examples = CorpusFiles.readTraining(Path.of("training-data")).examples().subList(0, 300);
        Learner analysedOnce = QUICK.over(examples, ProgressListener.NONE, Cancellation.NEVER);
        List<Example> training = examples.subList(0, 200);
        Predictor once = analysedOnce.train(training, ProgressListener.NONE, Cancellation.NEVER);
        Predictor fromTexts = QUICK.train(training, ProgressListener.NONE, Cancellation.NEVER);
        for (Example held : examples.subList(200, 300)) {
            assertEquals(fromTexts.predict(held), once.predict(held), held.text());
        }
    }

    @Test
    void refusesFewerExamplesThanFolds() {
        assertThrows(IllegalArgumentException.class, () -> CrossValidator.run(QUICK,
                TestModels.tinyCorpus().subList(0, 2), new Folds.Stratified(5, 1), ProgressListener.NONE,
                Cancellation.NEVER));
    }

    @Test
    void leaveOneGroupOutHoldsOutEachGroupOnceAndNeverTrainsOnIt() throws Exception {
        List<Example> examples = TestModels.withAttribute(TestModels.tinyCorpus(), "channel",
                i -> i % 3 == 0 ? "email" : i % 3 == 1 ? "ad" : "letter");
        List<List<String>> trainedOn = new java.util.ArrayList<>();
        Learner recording = new Learner() {
            @Override
            public String description() {
                return "recording";
            }

            @Override
            public Predictor train(List<Example> training, ProgressListener listener, Cancellation cancellation) {
                trainedOn.add(training.stream().map(e -> e.attribute("channel")).distinct().sorted().toList());
                return text -> 0.9;
            }
        };
        CrossValidator.Result result = CrossValidator.run(recording, examples, new Folds.ByGroup("channel"),
                ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(List.of("ad", "email", "letter"), result.folds().stream().map(CrossValidator.FoldResult::name)
                .toList());
        assertEquals(List.of(List.of("email", "letter"), List.of("ad", "letter"), List.of("ad", "email")), trainedOn);
        assertEquals(12, result.pooled().metrics().examples());
        assertEquals(4, result.folds().get(0).evaluation().metrics().examples());
    }

    @Test
    void leaveOneGroupOutNeedsTwoGroups() {
        List<Example> oneGroup = TestModels.withAttribute(TestModels.tinyCorpus(), "industry", i -> "retail");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CrossValidator.run(QUICK,
                oneGroup, new Folds.ByGroup("industry"), ProgressListener.NONE, Cancellation.NEVER));
        assertEquals("leave-one-group-out needs at least 2 values of 'industry'; the data has only retail",
                e.getMessage());
    }
}
