package com.usthem.core.features;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.usthem.core.features.FeatureTesting.assertDescribed;
import static com.usthem.core.features.FeatureTesting.assertNotDescribed;
import static com.usthem.core.features.FeatureTesting.cueTexts;
import static com.usthem.core.features.FeatureTesting.features;
import static com.usthem.core.features.FeatureTesting.untagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class QuantityFeaturesTest {

    private static final String QUOTE = "Quote for 40 seats at $12 per seat, 15% off.";

    private final QuantityFeatures numbers = new QuantityFeatures();

    @Test
    void quantityMoneyAndPercent() {
        assertEquals(List.of("num=quantity", "num=money", "num=percent"), features(numbers, QUOTE));
    }

    @Test
    void cuesIncludeCurrencyAndPercentSigns() {
        assertEquals(List.of("40", "$12", "15%"), cueTexts(numbers, QUOTE, CueKind.NUMBER));
        assertEquals(List.of("500 dollars"), cueTexts(numbers, "The price is 500 dollars.", CueKind.NUMBER));
    }

    @Test
    void currencyWordAfterTheNumberIsMoney() {
        assertEquals(List.of("num=money"), features(numbers, "The price is 500 dollars."));
    }

    @Test
    void yearsAreNotQuantities() {
        assertEquals(List.of("num=year", "num=quantity"), features(numbers, "Founded in 1998, we serve 2,000 customers."));
    }

    @Test
    void numberWordsCountWhenTaggedAsNumbers() {
        assertEquals(List.of("num=quantity"), features(numbers, "We need two licenses."));
        assertEquals(List.of(), features(numbers, "We are the one you can trust."));
    }

    @Test
    void rankingsAndClockTimesAreNotQuantities() {
        assertEquals(List.of(), features(numbers, "We are the #1 choice."));
        List<String> clock = features(numbers, "Does Tuesday at 10am work for your team?");
        assertFalse(clock.contains("num=quantity"), clock.toString());
        assertEquals(List.of(), cueTexts(numbers, "Does Tuesday at 10am work for your team?", CueKind.NUMBER));
    }

    @Test
    void noNumbersNoFeatures() {
        assertEquals(List.of(), features(numbers, "Experience the freedom you deserve."));
    }

    @Test
    void untaggedTokens() {
        assertEquals(List.of("num=quantity", "num=money", "num=percent"),
                untagged(numbers, "Quote", "for", "40", "seats", "at", "$12", "per", "seat,", "15%", "off"));
        assertEquals(List.of("num=quantity"), untagged(numbers, "two", "licenses"));
        assertEquals(List.of("num=year"), untagged(numbers, "since", "1998"));
        assertEquals(List.of("num=number"), untagged(numbers, "call", "555"));
    }

    @Test
    void describesEveryNumberFeature() {
        assertDescribed(numbers, features(numbers, QUOTE));
        assertDescribed(numbers, features(numbers, "Founded in 1998, we serve 2,000 customers."));
        assertDescribed(numbers, untagged(numbers, "call", "555"));
        assertNotDescribed(numbers, "time=clock", "w=<num>", "money");
    }
}
