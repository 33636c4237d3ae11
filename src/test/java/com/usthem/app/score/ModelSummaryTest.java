package com.usthem.app.score;

import com.usthem.app.TestEngine;
import com.usthem.core.Label;
import com.usthem.core.model.LoadedModel;
import com.usthem.core.model.ModelMetadata;
import com.usthem.core.model.ModelStore;
import com.usthem.core.train.ConfusionMatrix;
import com.usthem.core.train.Metrics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelSummaryTest {

    private final ModelStore.Loaded shipped = TestEngine.shipped().loaded();

    @Test
    void namesTheShippedModelAndAWorkspaceVersion() {
        assertEquals("the default model shipped with UsThem", ModelSummary.name(shipped));
        assertEquals("your model v0003", ModelSummary.name(new ModelStore.Loaded(shipped.model(), "v0003", List.of())));
    }

    @Test
    void saysWhenTestAccuracyWasNotMeasured() {
        assertEquals("test accuracy not measured", ModelSummary.testAccuracy(null));
        ModelMetadata metadata = shipped.model().metadata();
        assertEquals("test accuracy not measured", ModelSummary.testAccuracy(metadata.withTest(null)));
        List<String> lines = ModelSummary.lines(withMetadata(metadata.withTest(null)));
        assertTrue(lines.contains("Test accuracy not measured."), lines.toString());
    }

    @Test
    void givesTheTestAccuracyWhenMeasured() {
        ConfusionMatrix confusion = new ConfusionMatrix();
        for (int i = 0; i < 37; i++) {
            confusion.add(Label.SALES, Label.SALES);
        }
        for (int i = 0; i < 3; i++) {
            confusion.add(Label.SALES, Label.MARKETING);
        }
        ModelMetadata metadata = shipped.model().metadata().withTest(Metrics.of(confusion));
        assertEquals("test accuracy 92.5% on 40 held-out examples", ModelSummary.testAccuracy(metadata));
        List<String> lines = ModelSummary.lines(withMetadata(metadata));
        assertEquals("Model: the default model shipped with UsThem.", lines.get(0));
        assertTrue(lines.contains("Test accuracy 92.5% on 40 held-out examples."), lines.toString());
    }

    @Test
    void aModelWithoutMetadataStillGetsAnAboutBox() {
        List<String> lines = ModelSummary.lines(withMetadata(null));
        assertEquals(List.of("Model: the default model shipped with UsThem.", "No metadata is stored with this model.",
                "Test accuracy not measured."), lines);
    }

    private ModelStore.Loaded withMetadata(ModelMetadata metadata) {
        LoadedModel model = shipped.model();
        return new ModelStore.Loaded(new LoadedModel(model.origin(), model.model(), metadata), shipped.version(),
                List.of());
    }
}
