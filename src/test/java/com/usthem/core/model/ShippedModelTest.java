package com.usthem.core.model;

import com.usthem.core.classify.Classifier;
import com.usthem.core.corpus.CorpusFiles;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.text.TextAnalyzer;
import com.usthem.core.train.ModelEvaluator;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped model must be trained on the shipped corpus: retrain it whenever training-data/ changes. */
class ShippedModelTest {

    @Test
    void shippedModelMatchesTheShippedCorpus() throws Exception {
        var read = CorpusFiles.readTraining(Path.of("training-data"));
        assertTrue(read.clean(), "training-data has problems: " + read.problems());
        ModelMetadata metadata = ModelFiles.readMetadata(Path.of("models", "usthem.bin"));
        assertNotNull(metadata, "models/usthem.json is missing");
        assertEquals(CorpusHash.of(read.examples()), metadata.corpusHash(),
                "training-data/ changed since the model was trained; retrain it with the command in the README");
        assertEquals(read.examples().size(), metadata.examples());
    }

    /**
     * Guards the README's numbers: the shipped model measured 0.964 on test.jsonl (800 examples) and
     * 0.951 on its hard subset; a retrained model may move a little, not fall back toward the first
     * release's model (0.900 and 0.876 on this split) or the baselines.
     */
    /**
     * Copy written by a writer who never saw the training files, in the voice of published copy and
     * of drafts (evaluation/README.md): the shipped model measured 0.950 and 0.945 on its two halves.
     */
    @Test
    void shippedModelKeepsItsAccuracyOnCopyUnlikeTheTrainingFiles() throws Exception {
        Classifier classifier = new Classifier(ModelFiles.load(Path.of("models", "usthem.bin")).model(),
                CompanyVocabulary.EMPTY, new TextAnalyzer());
        for (String file : List.of("outside-dev.jsonl", "outside-final.jsonl")) {
            List<Example> outside = CorpusFiles.read(Path.of("evaluation", file)).examplesOrThrow();
            double accuracy = ModelEvaluator.evaluate(classifier, outside).metrics().accuracy();
            assertTrue(accuracy >= 0.93, file + ": accuracy fell to " + accuracy);
        }
    }

    @Test
    void shippedModelKeepsItsHeldOutAccuracy() throws Exception {
        List<Example> test = CorpusFiles.read(Path.of("training-data", CorpusFiles.TEST_FILE)).examplesOrThrow();
        Classifier classifier = new Classifier(ModelFiles.load(Path.of("models", "usthem.bin")).model(),
                CompanyVocabulary.EMPTY, new TextAnalyzer());
        double accuracy = ModelEvaluator.evaluate(classifier, test).metrics().accuracy();
        double hardAccuracy = ModelEvaluator.evaluate(classifier, test.stream().filter(Example::hard).toList())
                .metrics().accuracy();
        assertTrue(accuracy >= 0.95, "test accuracy fell to " + accuracy);
        assertTrue(hardAccuracy >= 0.935, "hard-subset accuracy fell to " + hardAccuracy);
    }
}
