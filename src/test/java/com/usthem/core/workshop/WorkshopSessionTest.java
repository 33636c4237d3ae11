package com.usthem.core.workshop;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.classify.Classifier;
import com.usthem.core.corpus.Example;
import com.usthem.core.io.CsvRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkshopSessionTest {

    static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    static final String PROMPT = "We are the award-winning leader in home energy.";
    static final String GOOD_REWRITE = "Dana, your panels can be on the roof by Friday if you sign today.";
    static final String WEAK_REWRITE = "We are proud to lead the industry in energy.";

    @TempDir
    Path dir;

    private final Classifier classifier = TestModels.shipped();

    static Deck deck() {
        return new Deck("Test deck", List.of(new DeckPrompt(1, PROMPT, Direction.TO_SALES, 1),
                new DeckPrompt(2, "Your quote for 40 seats is attached; sign by Friday.", Direction.TO_MARKETING, 2)));
    }

    static WorkshopSession playedSession(Classifier classifier) {
        WorkshopSession session = WorkshopSession.start(deck(), classifier, Clock.fixed(NOW, ZoneOffset.UTC));
        session.addRewrite(0, "Priya", GOOD_REWRITE, Label.SALES);
        session.addRewrite(0, " ", WEAK_REWRITE, Label.SALES);
        return session;
    }

    @Test
    void aRoundRecordsVotesVerdictsAndChangeFromThePrompt() {
        WorkshopSession session = playedSession(classifier);
        PromptRound round = session.round(0);
        assertEquals(classifier.score(PROMPT).sales(), round.promptScore().sales(), 1e-12);
        assertEquals(2, round.rewrites().size());

        Rewrite good = round.rewrites().get(0);
        assertEquals("Priya", good.author());
        assertEquals(1, good.number());
        assertEquals(Label.SALES, good.label());
        assertEquals(classifier.score(GOOD_REWRITE).sales() - classifier.score(PROMPT).sales(), good.change(), 1e-12);
        assertTrue(good.change() > 0 && good.changeTowardTarget() == good.change());
        assertTrue(good.reachesTarget());
        assertTrue(good.roomAgrees());

        Rewrite weak = round.rewrites().get(1);
        assertEquals("", weak.author());
        assertEquals(2, weak.number());
        assertEquals(Label.MARKETING, weak.label());
        assertFalse(weak.roomAgrees(), "the room said sales, the model says marketing");
        assertEquals(good, round.best());

        assertEquals(new AgreementTally(2, 1), session.agreement());
        assertEquals("Room and model agreed on 1 of 2 votes (50%)", session.agreement().describe());
        assertTrue(session.round(1).rewrites().isEmpty());
        assertEquals(1, session.playedRounds().size());
    }

    @Test
    void rewritesWithoutAVoteDoNotCountInTheTally() {
        WorkshopSession session = WorkshopSession.start(deck(), classifier, Clock.fixed(NOW, ZoneOffset.UTC));
        Rewrite rewrite = session.addRewrite(1, "Lee", "Every great team deserves tools it loves.", null).orElseThrow();
        assertFalse(rewrite.voted());
        assertFalse(rewrite.roomAgrees());
        assertEquals(new AgreementTally(0, 0), session.agreement());
        assertEquals("No room votes yet", session.agreement().describe());
        assertTrue(rewrite.changeTowardTarget() > 0, "moving toward marketing counts as progress on a to-marketing prompt");
        assertEquals(-rewrite.change(), rewrite.changeTowardTarget(), 1e-12);
    }

    @Test
    void aMistypedRewriteCanBeTakenBack() {
        WorkshopSession session = playedSession(classifier);
        Rewrite weak = session.round(0).rewrites().get(1);
        assertTrue(session.removeRewrite(weak));
        assertFalse(session.removeRewrite(weak));
        assertEquals(new AgreementTally(1, 1), session.agreement());
        assertEquals(2, session.addRewrite(0, "", GOOD_REWRITE + " Call me.", null).orElseThrow().number(),
                "numbers continue after the last rewrite left");
    }

    @Test
    void rewritesWithoutAWordAreNotAddedAndEmptyDecksAreRefused() {
        WorkshopSession session = WorkshopSession.start(deck(), classifier, Clock.systemUTC());
        assertTrue(session.addRewrite(0, "Kim", "  ", Label.SALES).isEmpty());
        assertTrue(session.addRewrite(0, "Kim", "\u00a0", Label.SALES).isEmpty());
        assertTrue(session.allRewrites().isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> WorkshopSession.start(new Deck("Empty", List.of()), classifier, Clock.systemUTC()));
    }

    @Test
    void csvHasOneRowPerRewriteWithPromptVoteAndVerdict() throws Exception {
        WorkshopSession session = playedSession(classifier);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkshopCsv.write(session, out);
        try (CsvRows rows = new CsvRows(out.toString(StandardCharsets.UTF_8))) {
            assertEquals(WorkshopCsv.COLUMNS, rows.next().values());
            List<String> first = rows.next().values();
            assertEquals(List.of("1", "to-sales", PROMPT, "marketing"), first.subList(0, 4));
            assertEquals(List.of("1", "Priya", GOOD_REWRITE, "sales", "sales"), first.subList(5, 10));
            assertEquals("yes", first.get(13));
            Rewrite good = session.round(0).rewrites().get(0);
            assertEquals(good.change(), Double.parseDouble(first.get(12)), 1e-4);
            List<String> second = rows.next().values();
            assertEquals(List.of("", WEAK_REWRITE, "sales", "marketing"), second.subList(6, 10));
            assertEquals("no", second.get(13));
            assertNull(rows.next());
        }
    }

    @Test
    void thePhonesVotesReplaceTheRoomVoteInPlace() {
        WorkshopSession session = playedSession(classifier);
        Rewrite weak = session.round(0).rewrites().get(1);

        Rewrite voted = session.recordVotes(weak, new VoteSplit(7, 3)).orElseThrow();
        assertEquals(new VoteSplit(7, 3), voted.votes());
        assertEquals(Label.MARKETING, voted.roomVote(), "the majority is the room's vote");
        assertTrue(voted.roomAgrees());
        assertEquals(List.of(2, 2), List.of(voted.number(), session.round(0).rewrites().indexOf(voted) + 1),
                "it keeps its number and its place");
        assertEquals(new AgreementTally(2, 2), session.agreement());

        Rewrite tied = session.recordVotes(voted, new VoteSplit(4, 4)).orElseThrow();
        assertFalse(tied.voted(), "an even split is no room vote");
        assertEquals(new AgreementTally(1, 1), session.agreement());
        assertTrue(session.recordVotes(weak, new VoteSplit(1, 0)).isEmpty(), "the old copy is no longer in the session");
    }

    @Test
    void csvEndsWithThePhonesVoteCounts() throws Exception {
        WorkshopSession session = playedSession(classifier);
        session.recordVotes(session.round(0).rewrites().get(1), new VoteSplit(0, 12));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkshopCsv.write(session, out);
        try (CsvRows rows = new CsvRows(out.toString(StandardCharsets.UTF_8))) {
            assertEquals(List.of("votes_marketing", "votes_sales"), rows.next().values().subList(14, 16));
            assertEquals(List.of("sales", "yes", "", ""), pick(rows.next().values(), 8, 13, 14, 15),
                    "the trainer's key press has no counts");
            assertEquals(List.of("sales", "no", "0", "12"), pick(rows.next().values(), 8, 13, 14, 15));
        }
    }

    @Test
    void csvKeepsNamesAndRewritesThatLookLikeFormulasAsText() throws Exception {
        WorkshopSession session = WorkshopSession.start(deck(), classifier, Clock.fixed(NOW, ZoneOffset.UTC));
        String formula = "=HYPERLINK(\"http://example.com\",\"Sign your order today\")";
        session.addRewrite(0, "@Sam", formula, null);
        session.addRewrite(0, "-Lee", "+20% off your order if you sign by Friday.", null);
        session.addRewrite(0, "Priya", GOOD_REWRITE, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkshopCsv.write(session, out);
        try (CsvRows rows = new CsvRows(out.toString(StandardCharsets.UTF_8))) {
            rows.next();
            assertEquals(List.of("'@Sam", "'" + formula), rows.next().values().subList(6, 8));
            assertEquals(List.of("'-Lee", "'+20% off your order if you sign by Friday."),
                    rows.next().values().subList(6, 8));
            assertEquals(List.of("Priya", GOOD_REWRITE), rows.next().values().subList(6, 8), "other text as it is");
        }
    }

    private static List<String> pick(List<String> row, int... columns) {
        return java.util.Arrays.stream(columns).mapToObj(row::get).toList();
    }

    @Test
    void aParticipantScoresTheBestRewriteOfEachPrompt() {
        WorkshopSession session = WorkshopSession.start(deck(), classifier, Clock.fixed(NOW, ZoneOffset.UTC));
        Rewrite good = session.addRewrite(0, "Priya", GOOD_REWRITE, null).orElseThrow();
        session.addRewrite(0, "Priya", WEAK_REWRITE, null);
        Rewrite other = session.addRewrite(1, "Priya", "Every great team deserves tools it loves.", null).orElseThrow();
        Rewrite lee = session.addRewrite(0, "Lee", WEAK_REWRITE, null).orElseThrow();
        session.addRewrite(0, "", GOOD_REWRITE + " Today.", null);

        List<ParticipantTally> tallies = session.participantTallies();
        assertEquals(List.of("Priya", "Lee"), tallies.stream().map(ParticipantTally::author).toList(),
                "leaders first; a rewrite without a name counts for no one");
        ParticipantTally priya = tallies.get(0);
        assertEquals(List.of(3, 2), List.of(priya.rewrites(), priya.prompts()));
        assertEquals(good.changeTowardTarget() + other.changeTowardTarget(), priya.towardTarget(), 1e-12,
                "only the better of Priya's two rewrites of the first prompt counts");
        assertEquals(Math.round(100 * lee.changeTowardTarget()), tallies.get(1).points());
    }

    @Test
    void aKeptRewriteBecomesAWorkshopExample() throws Exception {
        WorkshopSession session = playedSession(classifier);
        Rewrite good = session.round(0).rewrites().get(0);
        Example example = WorkshopExamples.example(session.deck(), good, Label.SALES, NOW);
        assertEquals("workshop", example.source());
        assertEquals(GOOD_REWRITE, example.text());
        assertEquals(Label.SALES, example.label());
        assertEquals(NOW, example.added());
        assertEquals("Test deck", example.attribute("deck"));
        assertEquals(PROMPT, example.attribute("prompt"));
        assertEquals("to-sales", example.attribute("direction"));
        assertEquals("Priya", example.attribute("writer"), "who wrote it, as they gave their name");
        assertNull(example.attribute("author"), "the author of an example is who labeled it: the trainer");
        assertNull(example.extras().get("votes"), "the phones did not vote on it");

        Rewrite voted = session.recordVotes(good, new VoteSplit(3, 9)).orElseThrow();
        Example withVotes = WorkshopExamples.example(session.deck(), voted, Label.SALES, NOW);
        assertEquals(3, withVotes.extras().get("votes").get("marketing").asInt());
        assertEquals(9, withVotes.extras().get("votes").get("sales").asInt());
        Rewrite unnamed = session.round(0).rewrites().get(1);
        assertNull(WorkshopExamples.example(session.deck(), unnamed, Label.MARKETING, NOW).attribute("writer"));
    }
}
