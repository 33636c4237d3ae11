package com.usthem.core.train;

import com.usthem.core.Label;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricsTest {

    @Test
    void computesAccuracyPrecisionRecallAndMacroF1() {
        ConfusionMatrix confusion = new ConfusionMatrix();
        // 8 marketing: 6 right, 2 called sales; 4 sales: 3 right, 1 called marketing.
        for (int i = 0; i < 6; i++) {
            confusion.add(Label.MARKETING, Label.MARKETING);
        }
        confusion.add(Label.MARKETING, Label.SALES);
        confusion.add(Label.MARKETING, Label.SALES);
        for (int i = 0; i < 3; i++) {
            confusion.add(Label.SALES, Label.SALES);
        }
        confusion.add(Label.SALES, Label.MARKETING);

        Metrics metrics = Metrics.of(confusion);

        assertEquals(12, metrics.examples());
        assertEquals(9.0 / 12, metrics.accuracy(), 1e-12);
        LabelMetrics marketing = metrics.perLabel().get(Label.MARKETING);
        assertEquals(6.0 / 7, marketing.precision(), 1e-12);
        assertEquals(6.0 / 8, marketing.recall(), 1e-12);
        assertEquals(8, marketing.support());
        LabelMetrics sales = metrics.perLabel().get(Label.SALES);
        assertEquals(3.0 / 5, sales.precision(), 1e-12);
        assertEquals(3.0 / 4, sales.recall(), 1e-12);
        double f1Marketing = 2 * (6.0 / 7) * (6.0 / 8) / (6.0 / 7 + 6.0 / 8);
        double f1Sales = 2 * (3.0 / 5) * (3.0 / 4) / (3.0 / 5 + 3.0 / 4);
        assertEquals((f1Marketing + f1Sales) / 2, metrics.macroF1(), 1e-12);
    }

    @Test
    void emptyPredictionsGiveZeroesNotNaN() {
        Metrics metrics = Metrics.of(new ConfusionMatrix());
        assertEquals(0, metrics.accuracy());
        assertEquals(0, metrics.macroF1());
    }
}
