package com.usthem.core.report;

import com.usthem.core.Label;
import com.usthem.core.corpus.Example;
import com.usthem.core.team.AgreementFixture;
import com.usthem.core.team.AgreementReport;
import com.usthem.core.team.LabeledCopy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeamReportTest {

    private static final Instant MEETING = Instant.parse("2026-12-01T09:00:00Z");

    static AgreementReport fixture() {
        return AgreementReport.of(LabeledCopy.group(AgreementFixture.lines(), line -> false));
    }

    private static List<List<String>> rows(Document page, String table) {
        return page.select("#" + table + " tbody tr").stream().map(row -> row.select("td").eachText()).toList();
    }

    @Test
    void showsEachPairsAgreementAndKappaTheDistinctionsAndTheDisputes() {
        Document page = Jsoup.parse(TeamReport.html("acme-copy", fixture(), MEETING));
        assertEquals("Workspace acme-copy · made 2026-12-01 09:00 UTC", page.selectFirst(".meta").text());
        assertEquals("10 copies labeled by two or more people; 4 disputed (3 still open)",
                page.getElementById("summary").text());
        assertEquals(List.of(List.of("ana", "10"), List.of("ben", "10"), List.of("carol", "4"), List.of("dev", "1")),
                rows(page, "people"));
        // The hand-worked figures of AgreementReportTest: kappa 0.16 / 0.46, 0.5 and -0.5.
        assertEquals(List.of(List.of("ana & ben", "10", "7", "70.0%", "0.35", "fair"),
                List.of("ana & carol", "4", "3", "75.0%", "0.50", "moderate"),
                List.of("ben & carol", "4", "1", "25.0%", "-0.50", "worse than chance")), rows(page, "pairs"));
        assertEquals(List.of(List.of("win-close", "5", "3", "60%"), List.of("us-them", "5", "1", "20%")),
                rows(page, "axes"));
        List<List<String>> disputed = rows(page, "disputed");
        assertEquals(4, disputed.size());
        assertEquals(List.of("open", "ana sales, ben sales, carol marketing", "Copy number 2."),
                disputed.get(0).subList(1, 4));
        assertEquals("settled sales by carol", disputed.get(3).get(1), "settled ones last");
    }

    @Test
    void aTeamThatSharesNoCopyIsToldWhatAgreementNeedsAndNamesAreTextNeverMarkup() {
        List<Example> lines = new ArrayList<>();
        lines.add(Example.of("Sign by Friday.", Label.SALES, "user", null).withAuthor("<script>x()</script>"));
        Document page = Jsoup.parse(TeamReport.html("<ws>", AgreementReport.of(LabeledCopy.group(lines,
                line -> false)), MEETING));
        assertTrue(page.selectFirst(".note").text().startsWith("Nobody has labeled the same copy"));
        assertNull(page.getElementById("pairs"), "no pairs to show");
        assertEquals(List.of(List.of("<script>x()</script>", "1")), rows(page, "people"));
        assertTrue(page.select("script").isEmpty());
        assertEquals("No copy is disputed.", page.select(".note").last().text());
        assertFalse(page.html().contains("<ws>"));
    }
}
