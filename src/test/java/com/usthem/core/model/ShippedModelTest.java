package com.usthem.core.model;

import com.usthem.core.corpus.CorpusFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

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
}
