package com.usthem.core.room;

import com.usthem.core.Label;
import com.usthem.core.TestModels;
import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workshop.VoteSplit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The room as the trainer drives it and the phones use it, below HTTP. */
class WorkshopRoomTest {

    private final List<String> heard = new ArrayList<>();
    private WorkshopRoom room;

    private WorkshopRoom open(RoomLimits limits) {
        room = TestRooms.open(limits);
        room.addListener(new RoomListener() {
            @Override
            public void joined(Participant participant) {
                heard.add("joined " + participant.name());
            }

            @Override
            public void submitted(Submission submission) {
                heard.add("submitted " + submission.id() + " by " + submission.participant().name());
            }

            @Override
            public void voted(Submission submission) {
                heard.add("votes on " + submission.id() + ": " + submission.votes().describe());
            }
        });
        return room;
    }

    @AfterEach
    void close() {
        room.close();
    }

    @Test
    void everyoneGetsASecretKeyAndANameOfTheirOwn() throws Exception {
        open(RoomLimits.DEFAULT);
        List<Roster.Joined> joined = new ArrayList<>();
        for (String name : new String[] {"Sam", " sam ", "", null, "Ada\u202e\u0007 Lovelace"}) {
            joined.add(room.join(name));
        }
        assertEquals(List.of("Sam", "sam (2)", "Participant 3", "Participant 4", "Ada Lovelace"),
                joined.stream().map(j -> j.participant().name()).toList(),
                "names are unique in the room, and invisible characters cannot disguise one");
        assertEquals(5, joined.stream().map(Roster.Joined::key).distinct().count());
        assertTrue(joined.stream().allMatch(j -> j.key().length() == 22), "128 random bits");
        assertEquals(List.of(1, 2, 3, 4, 5), room.participants().stream().map(Participant::number).toList());
        assertEquals("joined sam (2)", heard.get(1));
    }

    @Test
    void aFullRoomAndALongNameAreTurnedDown() throws Exception {
        open(TestRooms.limits(3, 2));
        RoomRefusal tooLong = assertThrows(RoomRefusal.class, () -> room.join("x".repeat(41)));
        assertEquals(RoomRefusal.Reason.NAME_TOO_LONG, tooLong.reason());
        assertEquals("Names can be up to 40 characters long: try a shorter one.", tooLong.getMessage());
        room.join("x".repeat(40));
        room.join("Lee");
        RoomRefusal full = assertThrows(RoomRefusal.class, () -> room.join("Kim"));
        assertEquals(RoomRefusal.Reason.ROOM_FULL, full.reason());
        assertEquals("This room is full (2 people). Ask the trainer, or share a neighbour's screen.", full.getMessage());
        assertEquals(2, room.participants().size());
    }

    @Test
    void aRewriteIsScoredAtOnceAndJoinsTheSessionUnderItsAuthorsName() throws Exception {
        open(RoomLimits.DEFAULT);
        String key = room.join("Priya").key();
        WorkshopRoom.Sent sent = room.submit(key, 1, "k1", "  " + TestRooms.SALES_REWRITE + "\n");
        assertEquals(new WorkshopRoom.Sent(1, 1, 3), sent);

        Rewrite rewrite = room.session().round(0).rewrites().get(0);
        assertEquals(List.of("Priya", TestRooms.SALES_REWRITE), List.of(rewrite.author(), rewrite.text()));
        assertEquals(TestModels.shipped().score(TestRooms.SALES_REWRITE).sales(), rewrite.sales(), 1e-12);
        Submission submission = room.submissions().get(0);
        assertEquals(rewrite, submission.rewrite());
        assertEquals(List.of(0, 0), List.of(submission.promptIndex(), submission.votes().total()));
        assertEquals(List.of("joined Priya", "submitted 1 by Priya"), heard);
    }

    @Test
    void aRewriteCannotTurnTheLineAroundOnTheProjector() throws Exception {
        open(RoomLimits.DEFAULT);
        String key = room.join("Priya").key();
        room.submit(key, 1, "k1", "Sign today\u202e and we start Monday\u2066.\u2069 \ud83d\udc69\u200d\ud83d\udcbb");
        assertEquals("Sign today and we start Monday. \ud83d\udc69\u200d\ud83d\udcbb",
                room.session().round(0).rewrites().get(0).text(), "bidi controls out, the emoji's joiner kept");
    }

    @Test
    void aRetriedSendingIsKeptOnce() throws Exception {
        open(RoomLimits.DEFAULT);
        String key = room.join("Priya").key();
        WorkshopRoom.Sent first = room.submit(key, 1, "same-key", TestRooms.SALES_REWRITE);
        assertEquals(first, room.submit(key, 1, "same-key", TestRooms.SALES_REWRITE));
        assertEquals(1, room.session().allRewrites().size());
        assertEquals(2, room.submit(key, 1, "other-key", TestRooms.SALES_REWRITE).submission());
    }

    @Test
    void sendingsUnderOneKeyAtTheSameMomentAreKeptOnce() throws Exception {
        open(RoomLimits.DEFAULT);
        String key = room.join("Priya").key();
        ExecutorService phones = Executors.newFixedThreadPool(8);
        try {
            CyclicBarrier together = new CyclicBarrier(8);
            List<Future<WorkshopRoom.Sent>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(phones.submit(() -> {
                    together.await();
                    return room.submit(key, 1, "same-key", TestRooms.SALES_REWRITE);
                }));
            }
            for (var answer : answers) {
                assertEquals(new WorkshopRoom.Sent(1, 1, 3), answer.get());
            }
        } finally {
            phones.shutdownNow();
        }
        assertEquals(1, room.session().allRewrites().size());
        assertEquals(1, room.submissions().size());
    }

    @Test
    void eachPersonSendsAFewRewritesPerPromptAndOnlyForThePromptShown() throws Exception {
        open(TestRooms.limits(2, 10));
        String key = room.join("Priya").key();
        room.submit(key, 1, "a", TestRooms.SALES_REWRITE);
        room.submit(key, 1, "b", TestRooms.MARKETING_REWRITE);
        RoomRefusal third = assertThrows(RoomRefusal.class, () -> room.submit(key, 1, "c", "Sign today."));
        assertEquals(RoomRefusal.Reason.TOO_MANY_REWRITES, third.reason());
        assertTrue(third.getMessage().startsWith("You have sent 2 rewrites of this prompt, as many as one person can."));
        String other = room.join("Lee").key();
        assertEquals(1, room.submit(other, 1, "a", "Sign today.").sentForPrompt(), "the limit is per person");

        room.showPrompt(1);
        RoomRefusal late = assertThrows(RoomRefusal.class, () -> room.submit(key, 1, "d", "Sign today."));
        assertEquals(RoomRefusal.Reason.PROMPT_MOVED_ON, late.reason());
        assertEquals(1, room.submit(key, 2, "e", "Every great team deserves tools it loves.").sentForPrompt(),
                "and per prompt");
        assertEquals(List.of(3, 1), List.of(room.session().round(0).rewrites().size(),
                room.session().round(1).rewrites().size()));
    }

    @Test
    void aRewriteMustHaveAWordAndAtMostAThousandCharacters() throws Exception {
        open(RoomLimits.DEFAULT);
        String key = room.join("").key();
        String longest = ("Sign today. " + "x".repeat(988));
        assertEquals(1_000, longest.length());
        room.submit(key, 1, "a", longest);
        RoomRefusal tooLong = assertThrows(RoomRefusal.class, () -> room.submit(key, 1, "b", longest + "!"));
        assertEquals(RoomRefusal.Reason.TEXT_TOO_LONG, tooLong.reason());
        assertEquals("Your rewrite is 1,001 characters long; the limit is 1,000. Shorten it and send it again.",
                tooLong.getMessage());
        RoomRefusal empty = assertThrows(RoomRefusal.class, () -> room.submit(key, 1, "c", " ?! "));
        assertEquals(RoomRefusal.Reason.NO_WORDS, empty.reason());
        assertEquals(1, room.session().allRewrites().size());
        assertEquals("Participant 1", room.session().allRewrites().get(0).author());
    }

    @Test
    void aPhoneTheRoomDoesNotKnowIsAskedToJoin() throws Exception {
        open(RoomLimits.DEFAULT);
        room.join("Priya");
        RoomRefusal unknown = assertThrows(RoomRefusal.class,
                () -> room.submit("not-a-key", 1, "a", TestRooms.SALES_REWRITE));
        assertEquals(RoomRefusal.Reason.UNKNOWN_PARTICIPANT, unknown.reason());
        assertThrows(RoomRefusal.class, () -> room.vote(null, 1, Label.SALES));
        assertTrue(room.session().allRewrites().isEmpty());
    }

    @Test
    void thePhonesVoteOnTheRewriteUpAndTheRevealRecordsTheSplit() throws Exception {
        open(RoomLimits.DEFAULT);
        String priya = room.join("Priya").key();
        String lee = room.join("Lee").key();
        String kim = room.join("Kim").key();
        int id = room.submit(priya, 1, "a", TestRooms.SALES_REWRITE).submission();
        int other = room.submit(lee, 1, "a", TestRooms.MARKETING_REWRITE).submission();

        RoomRefusal early = assertThrows(RoomRefusal.class, () -> room.vote(kim, id, Label.SALES));
        assertEquals(RoomRefusal.Reason.NOT_UP_FOR_VOTE, early.reason(), "not up yet");
        assertFalse(room.putUp(id).revealed());
        room.vote(priya, id, Label.SALES);
        room.vote(lee, id, Label.MARKETING);
        room.vote(kim, id, Label.MARKETING);
        room.vote(lee, id, Label.SALES);
        assertThrows(RoomRefusal.class, () -> room.vote(kim, other, Label.SALES), "only the rewrite up takes votes");
        assertEquals("votes on 1: 2 sales, 1 marketing", heard.get(heard.size() - 1));

        Submission revealed = room.reveal();
        assertTrue(revealed.revealed());
        assertEquals(new VoteSplit(1, 2), revealed.votes());
        Rewrite inSession = room.session().round(0).rewrites().get(0);
        assertEquals(new VoteSplit(1, 2), inSession.votes());
        assertEquals(Label.SALES, inSession.roomVote(), "the majority is the room's vote");
        assertEquals(inSession, revealed.rewrite());
        RoomRefusal late = assertThrows(RoomRefusal.class, () -> room.vote(kim, id, Label.SALES));
        assertEquals(RoomRefusal.Reason.NOT_UP_FOR_VOTE, late.reason());
        assertEquals(new VoteSplit(1, 2), room.upForVote().orElseThrow().votes());
    }

    @Test
    void thePhonesSeeTheVerdictTheVotesAndTheAuthorOnlyOnceRevealed() throws Exception {
        open(RoomLimits.DEFAULT);
        String priya = room.join("Priya").key();
        assertNull(room.phoneView().vote());
        assertEquals(new PhoneView.Prompt(1, 2, TestRooms.FIRST_PROMPT, "sales"), room.phoneView().prompt());
        assertEquals(room.entrance().code(), room.phoneView().room());

        int id = room.submit(priya, 1, "a", TestRooms.SALES_REWRITE).submission();
        room.putUp(id);
        room.vote(priya, id, Label.SALES);
        assertEquals(new PhoneView.Vote(id, TestRooms.SALES_REWRITE, false, null, null, null, null),
                room.phoneView().vote());
        Rewrite rewrite = room.reveal().rewrite();
        assertEquals(new PhoneView.Vote(id, TestRooms.SALES_REWRITE, true, "Priya", rewrite.label().id(),
                Math.round(100 * rewrite.sales()), new VoteSplit(0, 1)), room.phoneView().vote());

        room.showPrompt(1);
        assertNull(room.phoneView().vote(), "the next prompt takes the vote down");
        assertEquals(2, room.phoneView().prompt().number());
        assertEquals("marketing", room.phoneView().prompt().target());
    }

    @Test
    void onlyARewriteOfThePromptShownGoesUp() throws Exception {
        open(RoomLimits.DEFAULT);
        int id = room.submit(room.join("Priya").key(), 1, "a", TestRooms.SALES_REWRITE).submission();
        room.showPrompt(1);
        assertThrows(IllegalArgumentException.class, () -> room.putUp(id));
        assertThrows(IllegalArgumentException.class, () -> room.putUp(99));
        assertThrows(IllegalStateException.class, () -> room.reveal());
        assertThrows(IllegalArgumentException.class, () -> room.showPrompt(2));
    }

    @Test
    void aRewriteTakenOutLeavesTheRoomAndTheSession() throws Exception {
        open(RoomLimits.DEFAULT);
        String key = room.join("Priya").key();
        int id = room.submit(key, 1, "a", TestRooms.SALES_REWRITE).submission();
        int kept = room.submit(key, 1, "b", TestRooms.MARKETING_REWRITE).submission();
        room.putUp(id);
        assertTrue(room.remove(id));
        assertFalse(room.remove(id));
        assertTrue(room.upForVote().isEmpty(), "it comes down from the phones too");
        assertEquals(List.of(kept), room.submissions().stream().map(Submission::id).toList());
        assertEquals(List.of(TestRooms.MARKETING_REWRITE),
                room.session().allRewrites().stream().map(Rewrite::text).toList());
    }

    @Test
    void aClosedRoomTakesNothingMoreAndTheSessionKeepsItsWork() throws Exception {
        open(RoomLimits.DEFAULT);
        String key = room.join("Priya").key();
        room.submit(key, 1, "a", TestRooms.SALES_REWRITE);
        room.close();
        room.close();
        assertFalse(room.isOpen());
        RoomRefusal closed = assertThrows(RoomRefusal.class, () -> room.submit(key, 1, "b", TestRooms.MARKETING_REWRITE));
        assertEquals(RoomRefusal.Reason.ROOM_CLOSED, closed.reason());
        assertThrows(RoomRefusal.class, () -> room.join("Lee"));
        assertEquals(1, room.session().allRewrites().size());
        assertNotEquals("", room.entrance().code());
    }
}
