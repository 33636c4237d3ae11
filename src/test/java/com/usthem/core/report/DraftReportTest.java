package com.usthem.core.report;

import com.usthem.core.TestModels;
import com.usthem.core.classify.Classifier;
import com.usthem.core.classify.TextScore;
import com.usthem.core.scoring.ScoredText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DraftReportTest {

    static final String DRAFT = "Hi Dana,\nYour quote for 40 seats is attached. Sign by Friday and your team starts Monday.\n"
            + "We are the award-winning leader in <b>team</b> software & more.";

    private final Classifier classifier = TestModels.shipped();

    static String render(String text) {
        ScoredText scored = TestModels.shippedEngine().score(text);
        return DraftReport.html("draft <1>.txt", scored, "shipped model", Instant.parse("2026-11-28T10:15:00Z"));
    }

    @Test
    void showsVerdictCountsAndEverySentenceColouredByItsScore() {
        TextScore score = classifier.score(DRAFT);
        Document page = Jsoup.parse(render(DRAFT));
        assertEquals("Reads like " + score.label().id() + ": " + Math.round(100 * score.sales()) + "% sales, "
                + Math.round(100 * score.marketing()) + "% marketing", page.getElementById("verdict").text());
        String counts = page.getElementById("counts").text();
        assertTrue(counts.contains(score.pronouns().we() + " we/our words"), counts);
        assertTrue(counts.contains(score.pronouns().you() + " you/your words"), counts);
        List<Element> spans = page.select("#heat span.s");
        assertEquals(score.sentences().size(), spans.size());
        for (int i = 0; i < spans.size(); i++) {
            assertEquals(score.sentences().get(i).text(), spans.get(i).text());
            assertTrue(spans.get(i).attr("style").contains(HeatScale.color(score.sentences().get(i).sales())));
        }
        assertEquals(DRAFT, page.getElementById("heat").wholeText(), "the text is shown whole, line breaks kept");
        assertEquals(score.sentences().size(), page.select("#sentences tbody tr").size());
    }

    @Test
    void saysWhenTheSentencesSplitAndNotOtherwise() {
        Document mixed = Jsoup.parse(render("We are proud to be the award-winning leader our industry trusts. "
                + "Sign the attached order by Friday and your crew starts Monday."));
        assertEquals("Mixed: opens as marketing, closes as sales", mixed.getElementById("mixed").text());
        assertEquals(null, Jsoup.parse(render("Sign the attached order by Friday.")).getElementById("mixed"));
    }

    @Test
    void giveReasonsInPlainWordsOnBothSides() {
        Document page = Jsoup.parse(render(DRAFT));
        String reasons = page.getElementById("reasons").text();
        assertTrue(reasons.contains("Pulling toward sales"), reasons);
        assertTrue(reasons.contains("\u2192 sales") && reasons.contains("\u2192 marketing"), reasons);
    }

    @Test
    void escapesEverythingFromTheUser() {
        String html = render(DRAFT);
        assertFalse(html.contains("<b>team</b>"), "markup in the draft must be shown, not obeyed");
        assertTrue(html.contains("&lt;b&gt;team&lt;/b&gt;"));
        assertTrue(html.contains("draft &lt;1&gt;.txt"));
        Document page = Jsoup.parse(html);
        assertTrue(page.select("#heat b").isEmpty());
    }

    @Test
    void isSelfContained() {
        Document page = Jsoup.parse(render(DRAFT));
        assertTrue(page.select("script, link, img, iframe, object, embed").isEmpty());
        assertTrue(page.select("[src], [href]").isEmpty());
        assertFalse(page.select("style").html().contains("url("), "no fonts or images fetched by the stylesheet");
    }
}
