package com.usthem.core.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.usthem.core.io.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;

import static com.usthem.core.room.PhoneClient.next;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The room over HTTP, as a phone (or anything else on the network) meets it. */
class RoomServerTest {

    private static final String NO_ROOM = "There is no room at this address. Scan the QR code on the screen again, "
            + "or type the address shown under it.";

    private WorkshopRoom room;
    private PhoneClient phone;

    private void open(RoomLimits limits) {
        room = TestRooms.open(limits);
        phone = new PhoneClient(room.entrance().address());
    }

    @AfterEach
    void close() {
        room.close();
    }

    @Test
    void theJoinAddressIsOnTheAddressGivenWithARandomToken() {
        open(RoomLimits.DEFAULT);
        URI address = room.entrance().address();
        assertEquals("127.0.0.1", address.getHost());
        assertTrue(address.getPath().matches("/r/[a-z2-9]{16}/"), address.toString());
        assertTrue(room.entrance().code().matches("[A-Z2-9]{4}"), room.entrance().code());
        WorkshopRoom second = TestRooms.open(RoomLimits.DEFAULT);
        try {
            assertFalse(second.entrance().address().getPath().equals(address.getPath()), "every room has its own token");
        } finally {
            second.close();
        }
    }

    @Test
    void thePageIsServedWithHeadersThatKeepItToItself() throws Exception {
        open(RoomLimits.DEFAULT);
        PhoneClient.Answer page = phone.get("");
        assertEquals(200, page.status());
        assertEquals("text/html; charset=utf-8", page.contentType());
        assertTrue(page.body().contains("<script src=\"room.js\" defer></script>"));
        var headers = page.response().headers();
        assertTrue(headers.firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        assertEquals(List.of("nosniff", "no-referrer", "no-store"), List.of(headers.firstValue("X-Content-Type-Options")
                .orElseThrow(), headers.firstValue("Referrer-Policy").orElseThrow(), headers.firstValue("Cache-Control")
                .orElseThrow()));
        assertTrue(headers.firstValue("Server").isEmpty(), "the server does not name itself");
        assertEquals("text/javascript; charset=utf-8", phone.get("room.js").contentType());
        assertEquals("text/css; charset=utf-8", phone.get("room.css").contentType());

        String withoutSlash = room.entrance().address().toString().replaceAll("/$", "");
        PhoneClient.Answer redirect = phone.send(HttpRequest.newBuilder(URI.create(withoutSlash)).GET());
        assertEquals(302, redirect.status());
        assertEquals(room.entrance().address().getPath(), URI.create(redirect.response().headers().firstValue("Location")
                .orElseThrow()).getPath());
    }

    @Test
    void withoutTheTokenThereIsNothingToSee() throws Exception {
        open(RoomLimits.DEFAULT);
        String token = room.entrance().address().getPath().split("/")[2];
        String wrong = (token.charAt(0) == 'a' ? "b" : "a") + token.substring(1);
        for (String path : List.of("/", "/r/", "/r/" + wrong + "/", "/r/" + wrong + "/events", "/r/" + token.substring(1)
                + "/room.js", "/pom.xml", "/models/current", "/r/" + token + "/index.html", "/r/" + token
                + "/page/room.js", "/r/" + token + "/com/usthem/core/room/page/index.html")) {
            PhoneClient.Answer answer = phone.get(path);
            assertEquals(404, answer.status(), path);
            assertEquals(NO_ROOM, answer.body(), path);
        }
        PhoneClient.Answer post = new PhoneClient(room.entrance().address().resolve("/r/" + wrong + "/"))
                .post("join", Map.of("name", "Mallory"));
        assertEquals(List.of(404, NO_ROOM), List.of(post.status(), post.error()));
        assertTrue(room.participants().isEmpty());
        assertEquals(400, phone.get("/r/" + token + "/%2e%2e/%2e%2e/pom.xml").status(), "no way out of the room's folder");
    }

    @Test
    void aPhoneJoinsSendsAndVotes() throws Exception {
        open(RoomLimits.DEFAULT);
        PhoneClient.Answer joined = phone.post("join", Map.of("name", "Priya"));
        assertEquals(200, joined.status());
        assertEquals(Replies.JSON, joined.contentType());
        JsonNode me = joined.json();
        assertEquals(List.of("Priya", "1", "1000"), List.of(me.get("name").asText(), me.get("number").asText(),
                me.get("maxText").asText()));
        String key = me.get("participant").asText();

        PhoneClient.Answer sent = phone.post("submit", Map.of("participant", key, "prompt", 1, "key", "k1",
                "text", TestRooms.SALES_REWRITE));
        assertEquals(200, sent.status());
        assertEquals(Json.MAPPER.readTree("{\"submission\":1,\"sent\":1,\"allowed\":3}"), sent.json());

        room.putUp(1);
        PhoneClient.Answer voted = phone.post("vote", Map.of("participant", key, "submission", 1, "side", "sales"));
        assertEquals(List.of(200, "sales"), List.of(voted.status(), voted.json().get("voted").asText()));
        assertEquals(1, room.reveal().votes().sales());
        PhoneClient.Answer late = phone.post("vote", Map.of("participant", key, "submission", 1, "side", "marketing"));
        assertEquals(409, late.status());
        assertEquals("Voting on that rewrite is over: look at the screen for the next one.", late.error());
    }

    @Test
    void everyRefusalComesWithASentenceThePageShows() throws Exception {
        open(TestRooms.limits(1, 2));
        String key = phone.join("Priya");
        assertRefused(422, "Names can be up to 40 characters long: try a shorter one.",
                phone.post("join", Map.of("name", "x".repeat(41))));
        phone.join("Kim");
        Map<String, Object> tooLong = Map.of("participant", key, "prompt", 1, "text", "x".repeat(1_001));
        assertRefused(413, "Your rewrite is 1,001 characters long; the limit is 1,000. Shorten it and send it again.",
                phone.post("submit", tooLong));
        phone.post("submit", Map.of("participant", key, "prompt", 1, "text", TestRooms.SALES_REWRITE));
        PhoneClient.Answer again = phone.post("submit", Map.of("participant", key, "prompt", 1, "text", "Sign today."));
        assertEquals(429, again.status());
        assertEquals("You have sent 1 rewrite of this prompt, as many as one person can. Vote on the rewrites the "
                + "trainer puts up, or wait for the next prompt.", again.error());
        assertRefused(401, "This phone is not in the room (the trainer may have opened a new one): join again.",
                phone.post("submit", Map.of("participant", "forged", "prompt", 1, "text", "Sign today.")));
        assertRefused(403, "This room is full (2 people). Ask the trainer, or share a neighbour's screen.",
                phone.post("join", Map.of("name", "Lee")));
        room.showPrompt(1);
        assertRefused(409, "The trainer has moved on to another prompt, so your rewrite was not sent. Here is the "
                + "prompt now.", phone.post("submit", Map.of("participant", key, "prompt", 1, "text", "Sign today.")));
        assertEquals(1, room.session().allRewrites().size());
    }

    @Test
    void anythingButTheRequestsOfThePageIsTurnedDown() throws Exception {
        open(RoomLimits.DEFAULT);
        String key = phone.join("Priya");
        String notUnderstood = "The room could not read that request: reload the page.";
        PhoneClient.Answer form = phone.post("join", "application/x-www-form-urlencoded", "name=Mallory");
        assertRefused(415, notUnderstood, form);
        // Its body unread, that connection is ended, and the answer says so: the next request takes a new one.
        assertEquals(Optional.of("close"), form.response().headers().firstValue("Connection"));
        assertRefused(400, notUnderstood, phone.post("join", "application/json", "{\"name\": "));
        assertRefused(400, notUnderstood, phone.post("join", "application/json", "[1, 2]"));
        assertRefused(400, notUnderstood, phone.post("submit", Map.of("participant", key, "prompt", "one", "text", "Hi")));
        assertRefused(400, notUnderstood, phone.post("submit", Map.of("participant", key, "prompt", 1)));
        assertRefused(400, notUnderstood, phone.post("vote", Map.of("participant", key, "submission", 1, "side", "both")));
        assertRefused(400, notUnderstood, phone.post("submit", Map.of("participant", key, "prompt", 1, "key",
                "k".repeat(65), "text", "Hi")));
        assertRefused(404, NO_ROOM, phone.post("leave", Map.of("participant", key)));
        PhoneClient.Answer tooMuch = phone.post("submit", Map.of("participant", key, "prompt", 1, "text",
                "\u0001".repeat(10_000)));
        assertRefused(413, "That is too much to send at once: a rewrite can be up to 1,000 characters.", tooMuch);
        assertEquals(Optional.of("close"), tooMuch.response().headers().firstValue("Connection"));
        assertEquals(1, room.participants().size());
        assertTrue(room.session().allRewrites().isEmpty());
    }

    @Test
    void anAddressSendingTooFastIsToldToWait() throws Exception {
        RoomLimits d = RoomLimits.DEFAULT;
        open(new RoomLimits(d.maxTextLength(), d.maxNameLength(), d.rewritesPerPrompt(), 5, 5, d.maxParticipants()));
        int refused = 0;
        // 40 requests at once from one address: at 5 a second with a burst of 5, most must wait.
        for (int i = 0; i < 40; i++) {
            PhoneClient.Answer answer = phone.post("join", Map.of("name", "Flood " + i));
            if (answer.status() == 429) {
                refused++;
                assertEquals("Too many requests from this device: wait a few seconds, then try again.", answer.error());
            }
        }
        assertTrue(refused >= 20, refused + " of 40 requests refused");
        assertEquals(40 - refused, room.participants().size(), "a refused request does nothing");
        Thread.sleep(1_500);
        assertEquals(200, phone.get("").status(), "the bucket drains");
    }

    @Test
    void thePhonesFollowTheTrainerAndHearTheRoomClose() throws Exception {
        open(RoomLimits.DEFAULT);
        BlockingQueue<String> events = phone.events();
        JsonNode first = state(next(events));
        assertEquals(List.of("room", "prompt", "vote"), fieldNames(first), "nothing but the room's own view");
        assertEquals(room.entrance().code(), first.get("room").asText());
        assertEquals(TestRooms.FIRST_PROMPT, first.at("/prompt/text").asText());
        assertTrue(first.get("vote").isNull());

        String key = phone.join("Priya");
        phone.post("submit", Map.of("participant", key, "prompt", 1, "text", TestRooms.SALES_REWRITE));
        room.putUp(1);
        JsonNode up = state(next(events));
        assertEquals(List.of("1", TestRooms.SALES_REWRITE, "false"), List.of(up.at("/vote/submission").asText(),
                up.at("/vote/text").asText(), up.at("/vote/revealed").asText()));
        assertTrue(up.at("/vote/votes").isNull(), "no verdict or votes before the reveal");
        room.reveal();
        JsonNode revealed = state(next(events));
        assertEquals(List.of("Priya", "0", "0"), List.of(revealed.at("/vote/author").asText(),
                revealed.at("/vote/votes/sales").asText(), revealed.at("/vote/votes/marketing").asText()));
        room.showPrompt(1);
        assertEquals(TestRooms.SECOND_PROMPT, state(next(events)).at("/prompt/text").asText());

        room.close();
        String closed = next(events);
        assertTrue(closed.startsWith("closed "), closed);
        assertEquals("The trainer has closed the room. Thank you for taking part!",
                Json.MAPPER.readTree(closed.substring(7)).get("message").asText());
        assertEquals(PhoneClient.END, next(events));
    }

    @Test
    void nothingListensOnceTheRoomIsClosed() throws Exception {
        open(RoomLimits.DEFAULT);
        int port = room.entrance().address().getPort();
        try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
            assertTrue(ignored.isConnected());
        }
        room.close();
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
    }

    @Test
    void theRoomListensOnOneAddressOnly() throws Exception {
        open(RoomLimits.DEFAULT);
        int port = room.entrance().address().getPort();
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.2", port).close(),
                "bound to 127.0.0.1, not to every address of the machine");
        assertThrows(IllegalArgumentException.class, () -> WorkshopRoom.open(TestRooms.session(), 0,
                new InetSocketAddress(0), RoomLimits.DEFAULT));
    }

    @Test
    void aPortInUseIsReportedAndTheRoomThereGoesOn() throws Exception {
        open(RoomLimits.DEFAULT);
        InetSocketAddress taken = new InetSocketAddress(InetAddress.getLoopbackAddress(),
                room.entrance().address().getPort());
        IOException refused = assertThrows(IOException.class,
                () -> WorkshopRoom.open(TestRooms.session(), 0, taken, RoomLimits.DEFAULT));
        assertTrue(refused.getMessage().startsWith("could not open the room on "), refused.getMessage());
        assertEquals(200, phone.get("").status(), "the room already there is untouched");
    }

    private static void assertRefused(int status, String message, PhoneClient.Answer answer) throws Exception {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(Replies.JSON, answer.contentType());
        assertEquals(message, answer.error());
    }

    private static JsonNode state(String event) throws Exception {
        assertTrue(event.startsWith("state "), event);
        return Json.MAPPER.readTree(event.substring(6));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
