package com.usthem.core.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.usthem.core.Label;
import com.usthem.core.io.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/** The three things a phone asks of the room — join, send a rewrite, vote — read from JSON and answered in JSON. */
final class PhoneApi {

    /** Longer than any client-made key of the page; a longer one is not from it. */
    private static final int MAX_CLIENT_KEY = 64;
    private static final String NOT_UNDERSTOOD = "The room could not read that request: reload the page.";

    /** One of the phone's actions: its answer to a request's JSON. */
    @FunctionalInterface
    private interface Action {
        Object answer(JsonNode body) throws RoomRefusal, InterruptedException;
    }

    private final WorkshopRoom room;
    private final Map<String, Action> actions = Map.of("/join", this::join, "/submit", this::submit, "/vote", this::vote);

    PhoneApi(WorkshopRoom room) {
        this.room = room;
    }

    /** Whether the path (under the room's address) is one of the actions. */
    boolean handles(String path) {
        return actions.containsKey(path);
    }

    boolean handle(String path, Request request, Response response, Callback callback) {
        try {
            return Replies.json(response, callback, 200, actions.get(path).answer(body(request)));
        } catch (RoomRefusal e) {
            if (e.reason() == RoomRefusal.Reason.NOT_JSON || e.reason() == RoomRefusal.Reason.TOO_LARGE) {
                // The body was not read (or not all of it): the connection cannot carry another request
                // cleanly, and saying so keeps the phone from sending its next request down a closing one.
                response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
            }
            return Replies.problem(request, response, callback, status(e.reason()), e.getMessage());
        } catch (InterruptedException e) {
            // The server is stopping: the room is closing.
            Thread.currentThread().interrupt();
            return Replies.problem(request, response, callback, 503, "The room is closing.");
        }
    }

    private Map<String, Object> join(JsonNode body) throws RoomRefusal {
        Roster.Joined joined = room.join(optionalText(body, "name"));
        return Map.of("participant", joined.key(), "number", joined.participant().number(),
                "name", joined.participant().name(), "maxText", room.limits().maxTextLength());
    }

    private Map<String, Object> submit(JsonNode body) throws RoomRefusal, InterruptedException {
        String clientKey = optionalText(body, "key");
        if (clientKey != null && clientKey.length() > MAX_CLIENT_KEY) {
            throw notUnderstood();
        }
        WorkshopRoom.Sent sent = room.submit(requiredText(body, "participant"), requiredNumber(body, "prompt"),
                clientKey, requiredText(body, "text"));
        return Map.of("submission", sent.submission(), "sent", sent.sentForPrompt(), "allowed", sent.allowed());
    }

    private Map<String, Object> vote(JsonNode body) throws RoomRefusal {
        Label side;
        try {
            side = Label.parse(requiredText(body, "side"));
        } catch (IllegalArgumentException e) {
            throw notUnderstood();
        }
        room.vote(requiredText(body, "participant"), requiredNumber(body, "submission"), side);
        return Map.of("voted", side.id());
    }

    /** The request's JSON object, refusing anything but JSON (so no other site's form can post here) and anything too large. */
    private JsonNode body(Request request) throws RoomRefusal {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new RoomRefusal(RoomRefusal.Reason.NOT_JSON, NOT_UNDERSTOOD);
        }
        RoomLimits limits = room.limits();
        // A rewrite and a name at their limits, every character escaped in JSON (six bytes), and the other fields.
        int maxBody = 6 * (limits.maxTextLength() + limits.maxNameLength()) + 1024;
        RoomRefusal tooLarge = new RoomRefusal(RoomRefusal.Reason.TOO_LARGE, String.format(Locale.ROOT,
                "That is too much to send at once: a rewrite can be up to %,d characters.", limits.maxTextLength()));
        if (request.getLength() > maxBody) {
            throw tooLarge;
        }
        try (InputStream in = Request.asInputStream(request)) {
            byte[] bytes = in.readNBytes(maxBody + 1);
            if (bytes.length > maxBody) {
                throw tooLarge;
            }
            JsonNode node = Json.MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw notUnderstood();
            }
            return node;
        } catch (IOException e) {
            throw notUnderstood();
        }
    }

    private static RoomRefusal notUnderstood() {
        return new RoomRefusal(RoomRefusal.Reason.NOT_UNDERSTOOD, NOT_UNDERSTOOD);
    }

    private static String optionalText(JsonNode body, String field) throws RoomRefusal {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw notUnderstood();
        }
        return value.asText();
    }

    private static String requiredText(JsonNode body, String field) throws RoomRefusal {
        String text = optionalText(body, field);
        if (text == null) {
            throw notUnderstood();
        }
        return text;
    }

    private static int requiredNumber(JsonNode body, String field) throws RoomRefusal {
        JsonNode value = body.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw notUnderstood();
        }
        return value.asInt();
    }

    private static int status(RoomRefusal.Reason reason) {
        return switch (reason) {
            case ROOM_CLOSED -> 410;
            case ROOM_FULL -> 403;
            case UNKNOWN_PARTICIPANT -> 401;
            case TEXT_TOO_LONG -> 413;
            case NAME_TOO_LONG, NO_WORDS -> 422;
            case NOT_JSON -> 415;
            case NOT_UNDERSTOOD -> 400;
            case TOO_LARGE -> 413;
            case TOO_MANY_REWRITES -> 429;
            case PROMPT_MOVED_ON, NOT_UP_FOR_VOTE -> 409;
        };
    }
}
