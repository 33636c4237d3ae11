package com.usthem.core.room;

import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workshop.VoteSplit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The participant page in a real browser: join, send, vote, follow the trainer, and see every text as text. */
class ParticipantPageTest {

    /** Markup that would run or show as elements if the page ever put a text in as HTML. */
    private static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=\"window.injected='img'\"> Sign today",
            "<script>window.injected='script'</script> We lead the way",
            "\"><b id=bold>bold</b><svg onload=\"window.injected='svg'\"></svg> Book your call");

    @TempDir
    Path dir;

    private WorkshopRoom room;

    @AfterEach
    void close() {
        room.close();
    }

    @Test
    void aParticipantJoinsSendsVotesAndFollowsTheTrainerWithoutAReload() throws Exception {
        room = TestRooms.open(RoomLimits.DEFAULT);
        try (HeadlessPhone phone = new HeadlessPhone(dir)) {
            phone.open(room.entrance().address().toString());
            phone.waitForText("prompt-text", TestRooms.FIRST_PROMPT);
            assertEquals(room.entrance().code(), phone.text("room-code"));
            assertEquals("Prompt 1 of 2 · Rewrite as SALES", phone.element("prompt").findElement(By.className("place")).getText());

            phone.type("name", "Priya");
            phone.click("join-button");
            phone.waitForText("who", "You are Priya");
            phone.type("rewrite", TestRooms.SALES_REWRITE);
            assertEquals(String.valueOf(TestRooms.SALES_REWRITE.length()), phone.text("count"));
            phone.click("send");
            phone.waitForText("sent-count", "Sent 1 of 3 for this prompt.");
            assertEquals(TestRooms.SALES_REWRITE, phone.text("mine"));
            assertEquals("", phone.element("rewrite").getAttribute("value"));
            Submission sent = room.submissions().get(0);
            assertEquals(List.of("Priya", TestRooms.SALES_REWRITE), List.of(sent.participant().name(),
                    sent.rewrite().text()));

            room.putUp(sent.id());
            phone.waitForText("vote-text", TestRooms.SALES_REWRITE);
            phone.click("vote-sales");
            phone.waitUntil(d -> "true".equals(phone.element("vote-sales").getAttribute("aria-pressed")), "the vote");
            assertEquals(1, room.upForVote().orElseThrow().votes().sales());
            PhoneClient other = new PhoneClient(room.entrance().address());
            other.post("vote", Map.of("participant", other.join("Lee"), "submission", sent.id(), "side", "marketing"));

            Rewrite revealed = room.reveal().rewrite();
            phone.waitForText("verdict-text", "The model reads it as " + revealed.label().id().toUpperCase()
                    + " (" + Math.round(100 * revealed.sales()) + "% sales)");
            assertEquals("The room voted 1 sales, 1 marketing.", phone.text("vote-split"));
            assertEquals("Written by Priya", phone.text("vote-author"));
            assertFalse(phone.element("vote-marketing").isEnabled(), "the vote is over");
            assertEquals(new VoteSplit(1, 1), revealed.votes());
            assertNull(revealed.roomVote(), "one vote each way is no room vote");

            room.showPrompt(1);
            phone.waitForText("prompt-text", TestRooms.SECOND_PROMPT);
            assertFalse(phone.element("vote").isDisplayed(), "the next prompt takes the vote down");
            assertEquals("", phone.text("sent-count"), "nothing sent for this prompt yet");
            assertTrue(phone.neverReloaded());

            room.close();
            phone.waitForText("closed-text", "The trainer has closed the room. Thank you for taking part!");
            assertFalse(phone.element("room").isDisplayed());
        }
    }

    @Test
    void namesAndRewritesShowAsTheCharactersTyped() throws Exception {
        room = TestRooms.open(RoomLimits.DEFAULT);
        PhoneClient mallory = new PhoneClient(room.entrance().address());
        String malloryKey = mallory.join("<script>window.injected='name'</script>");
        try (HeadlessPhone phone = new HeadlessPhone(dir)) {
            phone.open(room.entrance().address().toString());
            phone.type("name", "<b>Ann</b>");
            phone.click("join-button");
            phone.waitForText("who", "You are <b>Ann</b>");
            phone.type("rewrite", PAYLOADS.get(0));
            phone.click("send");
            phone.waitForText("mine", PAYLOADS.get(0));

            for (int i = 1; i < PAYLOADS.size(); i++) {
                int id = mallory.post("submit", Map.of("participant", malloryKey, "prompt", 1, "text", PAYLOADS.get(i)))
                        .json().get("submission").asInt();
                room.putUp(id);
                phone.waitForText("vote-text", PAYLOADS.get(i));
                room.reveal();
                phone.waitForText("vote-author", "Written by <script>window.injected='name'</script>");
            }
            assertEquals(0, phone.count("#bold, body img, body svg, body b, body script"), "no markup got in");
            assertNull(phone.script("return window.injected;"), "no script ran");
        }
    }

    @Test
    void theRoomsLimitsAreSaidOnThePage() throws Exception {
        room = TestRooms.open(TestRooms.limits(1, 10));
        try (HeadlessPhone phone = new HeadlessPhone(dir)) {
            phone.open(room.entrance().address().toString());
            phone.click("join-button");
            phone.waitForText("who", "You are Participant 1");
            assertEquals("1000", phone.element("rewrite").getAttribute("maxlength"));

            // The text box stops at 1,000 characters; a script can still put in more, and the room says no.
            phone.script("document.getElementById('rewrite').value = arguments[0];", "x".repeat(1_001));
            phone.click("send");
            phone.waitForText("message",
                    "Your rewrite is 1,001 characters long; the limit is 1,000. Shorten it and send it again.");

            phone.type("rewrite", TestRooms.SALES_REWRITE);
            phone.click("send");
            phone.waitForText("sent-count", "Sent 1 of 1 for this prompt.");
            phone.type("rewrite", TestRooms.MARKETING_REWRITE);
            phone.click("send");
            phone.waitForText("message", "You have sent 1 rewrite of this prompt, as many as one person can. Vote on "
                    + "the rewrites the trainer puts up, or wait for the next prompt.");
            assertEquals(1, room.submissions().size());
        }
    }
}
