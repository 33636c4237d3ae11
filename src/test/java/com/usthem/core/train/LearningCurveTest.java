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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearningCurveTest {

    private static final TrainerSettings QUICK = new TrainerSettings("maxent", 0, 30, "full");

    private static List<Example> shippedFile() {
        return CorpusFiles.readTraining(Path.of("training-data", "retail-fashion-food.jsonl")).examples();
    }

    private static long count(List<Example> examples, Label label) {
        return examples.stream().filter(e -> e.label() == label).count();
    }

    @Test
    void fourModelsLearnFromNestedBalancedSharesAndAreMeasuredOnTheSameSetAsideFifth() throws Exception {
        List<Example> examples = shippedFile();
        List<Double> progress = new ArrayList<>();

        LearningCurve curve = LearningCurve.measure(examples, List.of(), QUICK, CompanyVocabulary.EMPTY,
                TestModels.ANALYZER, (message, fraction) -> progress.add(fraction), Cancellation.NEVER);

        long marketing = count(examples, Label.MARKETING);
        long sales = count(examples, Label.SALES);
        // One in five of each label is set aside; the rest is dealt into four quarters.
        int heldOut = (int) (marketing / 5 + sales / 5);
        assertTrue(curve.setAside());
        assertEquals(heldOut, curve.heldOut());
        int pool = examples.size() - heldOut;
        assertEquals(List.of(0.25, 0.5, 0.75, 1.0), curve.points().stream().map(LearningCurve.Point::share).toList());
        assertEquals(pool, curve.points().get(3).examples());
        for (LearningCurve.Point point : curve.points()) {
            assertEquals(point.share() * pool, point.examples(), 2.0, "each share within a rounding per label");
            assertEquals(heldOut, point.metrics().examples(), "every model is measured on the same examples");
        }
        assertTrue(curve.points().get(3).metrics().accuracy() > 0.8, "all of one shipped file teaches the model");
        assertEquals(1.0, progress.get(progress.size() - 1), 1e-9);
    }

    @Test
    void givenHeldOutExamplesAreWhatItIsMeasuredOnAndEveryExampleIsLearnedFrom() throws Exception {
        List<Example> heldOut = TestModels.tinyCorpus();

        LearningCurve curve = LearningCurve.measure(shippedFile(), heldOut, QUICK, CompanyVocabulary.EMPTY,
                TestModels.ANALYZER, ProgressListener.NONE, Cancellation.NEVER);

        assertFalse(curve.setAside());
        assertEquals(heldOut.size(), curve.heldOut());
        assertEquals(shippedFile().size(), curve.points().get(3).examples());
    }

    @Test
    void theLastQuartersGainSaysWhetherLabelingMoreIsLikelyToHelp() {
        assertEquals(LearningCurve.Outlook.LIKELY_TO_HELP, curveEndingAt(0.90, 0.92).outlook());
        assertEquals(LearningCurve.Outlook.MAY_HELP_A_LITTLE, curveEndingAt(0.90, 0.905).outlook());
        assertEquals(LearningCurve.Outlook.UNLIKELY_TO_HELP, curveEndingAt(0.90, 0.89).outlook());
        assertEquals(-0.01, curveEndingAt(0.90, 0.89).lastGain(), 1e-9);
    }

    @Test
    void theSummarySaysTheLastStepAndWhatItMeans() {
        assertEquals("from 75% to 100% of the examples accuracy rose 2.0 points: labeling more examples is likely "
                + "to help", curveEndingAt(0.90, 0.92).summary());
        assertEquals("from 75% to 100% of the examples accuracy rose 0.5 points: labeling more may help a little",
                curveEndingAt(0.90, 0.905).summary());
        assertEquals("from 75% to 100% of the examples accuracy fell 1.0 points: more examples of the same kind are "
                + "unlikely to help", curveEndingAt(0.90, 0.89).summary());
    }

    private static LearningCurve curveEndingAt(double threeQuarters, double all) {
        return new LearningCurve(List.of(point(0.25, 0.8), point(0.5, 0.85), point(0.75, threeQuarters),
                point(1.0, all)), 1000, false);
    }

    private static LearningCurve.Point point(double share, double accuracy) {
        return new LearningCurve.Point(share, (int) (share * 400),
                new Metrics(1000, accuracy, accuracy, java.util.Map.of(), new ConfusionMatrix()));
    }
}
