package com.usthem.core.train;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.classify.Classifier;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import opennlp.tools.doccat.DoccatModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainerTest {

    private final Trainer trainer = new Trainer(TestModels.ANALYZER);

    @Test
    void learnsTheTrainingExamples() {
        for (String algorithm : List.of(TrainerSettings.MAXENT, TrainerSettings.PERCEPTRON, TrainerSettings.NAIVE_BAYES)) {
            DoccatModel model = TestModels.trainTiny(new TrainerSettings(algorithm, 0, 50, "full"));
            Classifier classifier = new Classifier(model, CompanyVocabulary.EMPTY, TestModels.ANALYZER);
            long correct = TestModels.tinyCorpus().stream()
                    .filter(e -> classifier.score(e.text()).label() == e.label()).count();
            assertTrue(correct >= 11, algorithm + " got only " + correct + " of 12 training examples");
        }
    }

    @Test
    void reportsProgressFromZeroToOne() throws Exception {
        List<Double> fractions = new ArrayList<>();
        trainer.train(TestModels.tinyCorpus(), new TrainerSettings("maxent", 0, 30, "full"), CompanyVocabulary.EMPTY,
                (message, fraction) -> fractions.add(fraction), Cancellation.NEVER);
        assertFalse(fractions.isEmpty());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress went backwards: " + fractions);
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-9);
    }

    @Test
    void stopsWhenCancelledDuringIterations() {
        Cancellation cancellation = new Cancellation();
        List<String> messages = new ArrayList<>();
        assertThrows(CancelledException.class, () -> trainer.train(TestModels.tinyCorpus(),
                new TrainerSettings("maxent", 0, 500, "full"), CompanyVocabulary.EMPTY, (message, fraction) -> {
                    messages.add(message);
                    if (message.contains("iteration 3 ")) {
                        cancellation.cancel();
                    }
                }, cancellation));
        assertTrue(messages.stream().noneMatch(m -> m.contains("iteration 10 ")),
                "training should stop right after the cancel, but went on: " + messages.get(messages.size() - 1));
    }

    @Test
    void refusesACorpusWithOneLabelOnly() {
        var onlyMarketing = TestModels.tinyCorpus().stream().filter(e -> e.label() == Label.MARKETING).toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> trainer.train(onlyMarketing,
                TrainerSettings.DEFAULT, CompanyVocabulary.EMPTY, ProgressListener.NONE, Cancellation.NEVER));
        assertTrue(e.getMessage().contains("both labels"));
    }

    @Test
    void theDefaultModelReadsWordsWithoutTagsAndSaysSo() throws Exception {
        DoccatModel words = TestModels.trainTiny(new TrainerSettings("maxent", 0, 30, "full"));
        DoccatModel tagged = TestModels.trainTiny(new TrainerSettings("maxent", 0, 30, "full-v1"));
        assertEquals("false", words.getManifestProperty("usthem-pos-tags"));
        assertEquals("true", tagged.getManifestProperty("usthem-pos-tags"));
        assertFalse(new Classifier(words, CompanyVocabulary.EMPTY, TestModels.ANALYZER).analyzer().tags());
        assertTrue(new Classifier(tagged, CompanyVocabulary.EMPTY, TestModels.ANALYZER).analyzer().tags());
        // Saved and loaded again, the model still reads as it was trained, and as OpenNLP's own categorizer does.
        java.nio.file.Path file = java.nio.file.Files.createTempFile("words", ".bin");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            words.serialize(out);
        }
        Classifier loaded = new Classifier(new DoccatModel(file), CompanyVocabulary.EMPTY, TestModels.ANALYZER);
        String text = "Hi Dana,\nDiscover our new range. Sign the order by Friday.\nBest,\nSam";
        assertFalse(loaded.analyzer().tags());
        assertEquals(loaded.referenceProbabilities(text)[1], loaded.score(text).sales(), 0.0);
        java.nio.file.Files.delete(file);
    }
}
