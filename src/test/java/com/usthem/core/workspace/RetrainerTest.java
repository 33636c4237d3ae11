package com.usthem.core.workspace;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.classify.Classifier;
import com.usthem.core.corpus.Example;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.job.Cancellation;
import com.usthem.core.job.CancelledException;
import com.usthem.core.job.ProgressListener;
import com.usthem.core.model.CorpusHash;
import com.usthem.core.model.ModelFiles;
import com.usthem.core.model.ModelMetadata;
import com.usthem.core.model.ModelStore;
import com.usthem.core.train.TrainerSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetrainerTest {

    private static final TrainerSettings QUICK = new TrainerSettings("maxent", 0, 30, "full");

    @TempDir
    Path dir;

    private Workspace workspace;
    private Retrainer retrainer;

    @BeforeEach
    void seed() throws Exception {
        workspace = TestWorkspaces.seeded(dir);
        retrainer = new Retrainer(workspace, TestModels.ANALYZER, TestWorkspaces.CLOCK);
    }

    /** Every file of the workspace and its bytes. */
    private Map<String, byte[]> files() throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(workspace.root())) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(workspace.root().relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    @Test
    void theReportComparesOldAndNewAndWritesNothingUntilAccepted() throws Exception {
        WorkspaceCorpus corpus = new WorkspaceCorpus(workspace, TestWorkspaces.CLOCK);
        corpus.label("Text me the signed page today and the crew starts tomorrow.", Label.SALES);
        corpus.label("Our founders dreamed of a kinder bank.", Label.SALES);
        Map<String, byte[]> before = files();
        List<Double> progress = new ArrayList<>();

        RetrainReport report = retrainer.retrain(QUICK, 2, (message, fraction) -> progress.add(fraction),
                Cancellation.NEVER);

        assertSameFiles(before, files());
        assertEquals("v0001", report.oldVersion());
        assertEquals(ModelFiles.loadBundled().metadata().crossValidation().accuracy(),
                report.oldCrossValidation().accuracy(), "the shipped model's own record");
        assertEquals(14, report.newCrossValidation().examples());
        assertEquals(14, report.confusion().total());
        assertEquals(4, report.oldTest().examples());
        assertEquals(4, report.newTest().examples());
        assertEquals(1.0, progress.get(progress.size() - 1));
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress never goes back: " + progress);
        }

        ModelMetadata metadata = report.candidateMetadata();
        List<Example> training = corpus.read().training();
        assertEquals(CorpusHash.of(training), metadata.corpusHash(), "trained on the training files only");
        assertEquals(14, metadata.examples());
        assertEquals(report.newTest(), metadata.test());

        Classifier oldModel = workspace.models().loadCurrentOrBundled().model().classifier(TestModels.ANALYZER);
        Classifier newModel = report.candidate().classifier(TestModels.ANALYZER);
        List<String> flipped = new ArrayList<>();
        for (Example example : training) {
            if (oldModel.score(example.text()).label() != newModel.score(example.text()).label()) {
                flipped.add(example.text());
            }
        }
        assertEquals(flipped, report.flips().stream().map(f -> f.example().text()).toList());
        assertTrue(report.flips().stream().allMatch(f -> f.oldPrediction() != f.newPrediction()));

        String version = retrainer.accept(report);

        assertEquals("v0002", version);
        ModelStore.Loaded current = workspace.models().loadCurrentOrBundled();
        assertEquals("v0002", current.version());
        assertEquals(metadata.corpusHash(), current.model().metadata().corpusHash());
        assertEquals(2, workspace.models().versions().size(), "the previous model is kept");
    }

    @Test
    void theCompanyVocabularyIsTrainedWithAndKeptInTheModel() throws Exception {
        VocabularyFile.write(workspace.vocabularyFile(), new CompanyVocabulary(List.of("Acme", "Road Runner Pro")));

        RetrainReport report = retrainer.retrain(QUICK, 0, ProgressListener.NONE, Cancellation.NEVER);
        retrainer.accept(report);

        assertEquals(List.of("Acme", "Road Runner Pro"), report.candidateMetadata().vocabulary());
        assertEquals(new CompanyVocabulary(List.of("Acme", "Road Runner Pro")),
                workspace.models().loadCurrentOrBundled().model().vocabulary());
        assertEquals(null, report.crossValidation());
        assertNotNull(report.confusion(), "without cross-validation the test split's confusion is shown");
    }

    @Test
    void cancellingLeavesEverythingAsItWas() throws Exception {
        Map<String, byte[]> before = files();
        Cancellation cancellation = new Cancellation();
        ProgressListener cancelHalfWay = (message, fraction) -> {
            if (fraction > 0.5) {
                cancellation.cancel();
            }
        };

        assertThrows(CancelledException.class, () -> retrainer.retrain(QUICK, 2, cancelHalfWay, cancellation));

        assertSameFiles(before, files());
    }

    @Test
    void retrainingKeepsTheSettingsOfTheModelInUse() throws Exception {
        assertEquals(TrainerSettings.DEFAULT, retrainer.currentSettings());
        retrainer.accept(retrainer.retrain(QUICK, 0, ProgressListener.NONE, Cancellation.NEVER));
        assertEquals(QUICK, retrainer.currentSettings());
    }
}
