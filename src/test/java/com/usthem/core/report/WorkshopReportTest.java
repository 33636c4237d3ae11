package com.usthem.core.report;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.workshop.Deck;
import com.usthem.core.workshop.DeckPrompt;
import com.usthem.core.workshop.Direction;
import com.usthem.core.workshop.VoteSplit;
import com.usthem.core.workshop.WorkshopSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkshopReportTest {

    static WorkshopSession session() {
        Deck deck = new Deck("Tuesday <drills>", List.of(
                new DeckPrompt(1, "We are the award-winning leader in home energy.", Direction.TO_SALES, 1),
                new DeckPrompt(2, "Your quote is attached.", Direction.TO_MARKETING, 2)));
        WorkshopSession session = WorkshopSession.start(deck, TestModels.shipped(),
                Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC));
        session.addRewrite(0, "Priya", "Dana, your panels can be on the roof by Friday if you sign today.", Label.SALES);
        session.addRewrite(0, "<script>alert(1)</script>", "We are proud to lead the industry in energy.", Label.SALES);
        session.addRewrite(0, "", "Book your survey for Tuesday.", null);
        return session;
    }

    @Test
    void showsEachPlayedPromptWithItsRoundTableAndTheTally() {
        WorkshopSession session = session();
        String html = WorkshopReport.html(session);
        Document page = Jsoup.parse(html);
        assertEquals("UsThem workshop: Tuesday <drills>", page.selectFirst("h1").text());
        assertEquals(session.agreement().describe(), page.getElementById("agreement").text());
        assertEquals(1, page.select("section.round").size(), "only prompts with rewrites are shown");
        Element round = page.selectFirst("section.round");
        assertTrue(round.selectFirst("h2").text().contains("marketing \u2192 sales"));
        List<Element> rows = round.select("tbody tr");
        assertEquals(3, rows.size());
        var first = session.round(0).rewrites().get(0);
        assertEquals(List.of("1", "Priya", first.text(), "sales", "sales", Math.round(100 * first.sales()) + "%",
                HtmlTemplates.points(first.change()), "\u2713 agreed"), rows.get(0).select("td").eachText());
        assertEquals("\u2717 disagreed", rows.get(1).select("td").get(7).text());
        assertEquals("no vote", rows.get(2).select("td").get(7).text());
        assertEquals("\u2014", rows.get(2).select("td").get(1).text(), "no name typed");
        assertTrue(page.select("script").isEmpty(), "a name is text, never markup");
        assertTrue(page.text().contains("<script>alert(1)</script>"));
        assertFalse(html.contains("<script>"));
    }

    @Test
    void showsThePhonesVoteCountsAndEachParticipantsPoints() {
        WorkshopSession session = session();
        var third = session.round(0).rewrites().get(2);
        session.recordVotes(third, new VoteSplit(3, 3));
        session.recordVotes(session.round(0).rewrites().get(0), new VoteSplit(2, 9));
        Document page = Jsoup.parse(WorkshopReport.html(session));

        List<Element> rows = page.select("section.round tbody tr");
        assertEquals("sales (9 sales, 2 marketing)", rows.get(0).select("td").get(3).text());
        assertEquals("sales", rows.get(1).select("td").get(3).text(), "the trainer's key press has no counts");
        assertEquals("tie (3 sales, 3 marketing)", rows.get(2).select("td").get(3).text());

        List<Element> participants = page.select("#participants tbody tr");
        assertEquals(session.participantTallies().size(), participants.size());
        assertEquals(List.of("Priya", "1", "1", HtmlTemplates.points(session.round(0).rewrites().get(0)
                .changeTowardTarget())), participants.get(0).select("td").eachText());
        assertEquals("<script>alert(1)</script>", participants.get(1).selectFirst("td").text());
        assertTrue(page.select("script").isEmpty(), "a participant's name is text, never markup");
    }

    @Test
    void aSessionWithoutNamesHasNoParticipantsTable() {
        WorkshopSession session = WorkshopSession.start(new Deck("Plain", List.of(
                new DeckPrompt(1, "We lead the industry.", Direction.TO_SALES, 1))), TestModels.shipped(), Clock.systemUTC());
        session.addRewrite(0, "", "Sign today and save.", null);
        assertNull(Jsoup.parse(WorkshopReport.html(session)).getElementById("participants"));
    }

    @Test
    void pointsAreSignedPercentagePoints() {
        assertEquals("+34 pts", HtmlTemplates.points(0.3412));
        assertEquals("\u22125 pts", HtmlTemplates.points(-0.049));
        assertEquals("0 pts", HtmlTemplates.points(0.001));
    }
}
