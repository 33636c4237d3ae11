package com.usthem.core.team;

import com.usthem.core.Label;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.usthem.core.Label.MARKETING;
import static com.usthem.core.Label.SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Agreement on {@link AgreementFixture}, whose figures are worked out by hand below. */
class AgreementReportTest {

    private static AgreementReport report() {
        return AgreementReport.of(LabeledCopy.group(AgreementFixture.lines(), line -> false));
    }

    @Test
    void percentAgreementAndKappaForEachPairAreTheHandWorkedFigures() {
        List<PairAgreement> pairs = report().pairs();
        assertEquals(List.of("ana & ben", "ana & carol", "ben & carol"),
                pairs.stream().map(p -> p.first() + " & " + p.second()).toList());

        // ana & ben: both sales 5, ana sales/ben marketing 2, ana marketing/ben sales 1, both marketing 2.
        // Observed 7/10 = 0.70; ana says sales 7/10, ben 6/10, so chance = 0.7*0.6 + 0.3*0.4 = 0.54;
        // kappa = (0.70 - 0.54) / (1 - 0.54) = 0.16 / 0.46 = 0.347826...
        PairAgreement anaBen = pairs.get(0);
        assertEquals(10, anaBen.both());
        assertEquals(7, anaBen.agreed());
        assertEquals(2, anaBen.count(SALES, MARKETING));
        assertEquals(0.70, anaBen.agreement(), 1e-12);
        assertEquals(0.16 / 0.46, anaBen.kappa(), 1e-12);

        // ana & carol on copies 1, 2, 6, 8: (S,S) (S,M) (S,S) (M,M): observed 3/4; ana sales 3/4, carol 2/4,
        // chance = 0.75*0.5 + 0.25*0.5 = 0.5; kappa = (0.75 - 0.5) / 0.5 = 0.5.
        assertEquals(0.75, pairs.get(1).agreement(), 1e-12);
        assertEquals(0.5, pairs.get(1).kappa(), 1e-12);

        // ben & carol: (S,S) (S,M) (M,S) (S,M): observed 1/4; chance again 0.5; kappa = (0.25 - 0.5) / 0.5 = -0.5.
        assertEquals(-0.5, pairs.get(2).kappa(), 1e-12);
    }

    @Test
    void kappaSaysNothingWhenBothGaveEveryCopyTheSameLabel() {
        PairAgreement unanimous = new PairAgreement("a", "b", new int[][] {{4, 0}, {0, 0}});
        assertEquals(1.0, unanimous.agreement());
        assertTrue(Double.isNaN(unanimous.kappa()));
        assertEquals("not measurable", unanimous.reading());
    }

    @Test
    void kappaIsReadInWordsOnTheScaleTeamsQuote() {
        List<PairAgreement> pairs = report().pairs();
        assertEquals(List.of("fair", "moderate", "worse than chance"),
                pairs.stream().map(PairAgreement::reading).toList(), "0.348, 0.5 and -0.5");
        // One always says marketing, the other on 4 of 5: observed 0.8 is just what chance gives
        // (1 * 0.8 + 0 * 0.2), so kappa is 0 (slight); agreeing on all of a balanced set gives 1.
        assertEquals("slight", new PairAgreement("a", "b", new int[][] {{4, 1}, {0, 0}}).reading());
        assertEquals("almost perfect", new PairAgreement("a", "b", new int[][] {{3, 0}, {0, 3}}).reading());
    }

    @Test
    void distinctionsAreRankedByHowOftenPeopleDisagree() {
        // win-close: copies 6, 7, 8 of 6..10 contested (3 of 5); us-them: copy 2 of 1..5 (1 of 5).
        assertEquals(List.of(new AxisDisagreement("win-close", 5, 3), new AxisDisagreement("us-them", 5, 1)),
                report().axes());
    }

    @Test
    void everyPersonIsCountedAndTheDisputedCopyIsListedOpenFirst() {
        AgreementReport report = report();

        assertEquals(Map.of("ana", 10, "ben", 10, "carol", 4, "dev", 1), report.labelsByPerson());
        assertEquals(10, report.shared(), "dev's copy has one labeler");
        assertEquals(List.of("Copy number 2.", "Copy number 7.", "Copy number 8.", "Copy number 6."),
                report.disputed().stream().map(LabeledCopy::text).toList());
        assertEquals(3, report.open(), "carol settled copy 6");
        assertEquals("10 copies labeled by two or more people; 4 disputed (3 still open)", report.summary());
        assertEquals("0 copies labeled by two or more people; 0 disputed (0 still open)",
                AgreementReport.of(List.of()).summary());
    }
}
