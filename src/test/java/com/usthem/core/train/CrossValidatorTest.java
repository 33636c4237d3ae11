package com.usthem.core.train;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CrossValidatorTest {

    @Test
    void foldsAreStratifiedAndReproducible() {
        List<Example> examples = TestModels.tinyCorpus();
        int[] folds = CrossValidator.assignFolds(examples, 3, 42);
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
        assertArrayEquals(folds, CrossValidator.assignFolds(examples, 3, 42));
    }

    @Test
    void predictsEveryExampleExactlyOnce() throws Exception {
        Evaluation evaluation = new CrossValidator(TestModels.ANALYZER).run(TestModels.tinyCorpus(),
                new TrainerSettings("maxent", 0, 30, "full"), CompanyVocabulary.EMPTY, 3, 1,
                ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(12, evaluation.metrics().examples());
        assertEquals(12 - evaluation.misclassified().size(), evaluation.metrics().confusion().correct());
    }

    @Test
    void refusesFewerExamplesThanFolds() {
        assertThrows(IllegalArgumentException.class, () -> new CrossValidator(TestModels.ANALYZER).run(
                TestModels.tinyCorpus().subList(0, 2), TrainerSettings.DEFAULT, CompanyVocabulary.EMPTY, 5, 1,
                ProgressListener.NONE, Cancellation.NEVER));
    }
}
