package com.usthem.core.model;

import com.usthem.core.TestModels;
import com.usthem.core.classify.Classifier;
import com.usthem.core.features.CompanyVocabulary;
import com.usthem.core.train.TrainerSettings;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelFilesTest {

    @TempDir
    Path dir;

    @Test
    void aSavedModelLoadsWithOpenNlpsOwnClasses() throws Exception {
        DoccatModel trained = TestModels.trainTiny(TrainerSettings.DEFAULT);
        Path bin = dir.resolve("model.bin");
        ModelFiles.write(bin, trained, new ModelMetadata(Instant.now(), TrainerSettings.DEFAULT, 12, Map.of(),
                "sha256:x", null, null, null, List.of("Acme")));

        DoccatModel plain = new DoccatModel(bin);
        // new Classifier registers UsThem's feature package with OpenNLP's extension loader
        new Classifier(plain, CompanyVocabulary.EMPTY, TestModels.ANALYZER);
        double[] outcomes = new DocumentCategorizerME(plain).categorize(
                "Sign the contract by Friday and your crew starts Monday .".split(" "));
        assertEquals(2, outcomes.length);
        assertTrue(outcomes[plain.getMaxentModel().getIndex("sales")] > 0.5);

        LoadedModel loaded = ModelFiles.load(bin);
        assertEquals(List.of("Acme"), loaded.metadata().vocabulary());
        assertEquals(12, loaded.metadata().examples());
    }

    @Test
    void anUnreadableModelGivesAMessageNamingTheFile() throws Exception {
        Path bin = dir.resolve("broken.bin");
        Files.writeString(bin, "not a model");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(bin));
        assertTrue(e.getMessage().startsWith(bin.toString()), e.getMessage());
        assertThrows(ModelLoadException.class, () -> ModelFiles.load(dir.resolve("missing.bin")));
    }
}
