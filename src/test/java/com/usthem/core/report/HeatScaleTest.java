package com.usthem.core.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatScaleTest {

    private static int[] rgb(String hex) {
        return new int[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16)};
    }

    /** WCAG relative luminance. */
    private static double luminance(String hex) {
        double sum = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        int[] channels = rgb(hex);
        for (int i = 0; i < 3; i++) {
            double c = channels[i] / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    @Test
    void runsFromBlueThroughGreyToOrange() {
        assertEquals(HeatScale.MARKETING, HeatScale.color(0));
        assertEquals(HeatScale.NEUTRAL, HeatScale.color(0.5));
        assertEquals(HeatScale.SALES, HeatScale.color(1));
        assertEquals(HeatScale.MARKETING, HeatScale.color(-3), "clamped");
        int[] marketing = rgb(HeatScale.MARKETING);
        int[] sales = rgb(HeatScale.SALES);
        assertTrue(marketing[2] > marketing[0], "marketing end is blue");
        assertTrue(sales[0] > sales[2], "sales end is orange");
        assertNotEquals(HeatScale.color(0.6), HeatScale.color(0.7));
    }

    @Test
    void darkTextStaysReadableEverywhereOnTheScale() {
        double ink = luminance("#1a1a1a");
        for (int i = 0; i <= 20; i++) {
            double contrast = (luminance(HeatScale.color(i / 20.0)) + 0.05) / (ink + 0.05);
            assertTrue(contrast >= 4.5, "contrast " + contrast + " at " + i / 20.0);
        }
    }
}
