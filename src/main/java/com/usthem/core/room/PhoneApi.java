package com.usthem.core.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.usthem.core.Label;
import com.usthem.core.io.Json;
import org.eclipse.jetty.http.HttpHeader;
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

    private final WorkshopRoom room;
    private final RoomLimits limits;
    /** A rewrite at the length limit, every character escaped in JSON (six bytes), and room for the other fields. */
    private final int maxBody;

    PhoneApi(WorkshopRoom room, RoomLimits limits) {
        this.room = room;
        this.limits = limits;
        this.maxBody = 6 * (limits.maxTextLength() + limits.maxNameLength()) + 1024;
    }

    boolean handle(String action, Request request, Response response, Callback callback) {
        try {
            JsonNode body = body(request);
            Object answer = switch (action) {
                case "/join" -> join(body);
                case "/submit" -> submit(body);
                case "/vote" -> vote(body);
                default -> throw new PhoneRequestException(404, NOT_UNDERSTOOD);
            };
            return Replies.json(response, callback, 200, answer);
        } catch (PhoneRequestException e) {
            return Replies.problem(request, response, callback, e.status(), e.getMessage());
        } catch (RoomRefusal e) {
            return Replies.problem(request, response, callback, status(e.reason()), e.getMessage());
        } catch (InterruptedException e) {
            // The server is stopping: the room is closing.
            Thread.currentThread().interrupt();
            return Replies.problem(request, response, callback, 503, "The room is closing.");
        }
    }

    private Map<String, Object> join(JsonNode body) throws PhoneRequestException, RoomRefusal {
        Roster.Joined joined = room.join(optionalText(body, "name"));
        return Map.of("participant", joined.key(), "number", joined.participant().number(),
                "name", joined.participant().name(), "maxText", limits.maxTextLength());
    }

    private Map<String, Object> submit(JsonNode body) throws PhoneRequestException, RoomRefusal, InterruptedException {
        String clientKey = optionalText(body, "key");
        if (clientKey != null && clientKey.length() > MAX_CLIENT_KEY) {
            throw new PhoneRequestException(400, NOT_UNDERSTOOD);
        }
        WorkshopRoom.Sent sent = room.submit(requiredText(body, "participant"), requiredNumber(body, "prompt"),
                clientKey, requiredText(body, "text"));
        return Map.of("submission", sent.submission(), "sent", sent.sentForPrompt(), "allowed", sent.allowed());
    }

    private Map<String, Object> vote(JsonNode body) throws PhoneRequestException, RoomRefusal {
        Label side;
        try {
            side = Label.parse(requiredText(body, "side"));
        } catch (IllegalArgumentException e) {
            throw new PhoneRequestException(400, NOT_UNDERSTOOD);
        }
        room.vote(requiredText(body, "participant"), requiredNumber(body, "submission"), side);
        return Map.of("voted", side.id());
    }

    /** The request's JSON object, refusing anything but JSON (so no other site's form can post here) and anything too large. */
    private JsonNode body(Request request) throws PhoneRequestException {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new PhoneRequestException(415, NOT_UNDERSTOOD);
        }
        String tooLarge = String.format(Locale.ROOT, "That is too much to send at once: a rewrite can be up to %,d "
                + "characters.", limits.maxTextLength());
        if (request.getLength() > maxBody) {
            throw new PhoneRequestException(413, tooLarge);
        }
        try (InputStream in = Request.asInputStream(request)) {
            byte[] bytes = in.readNBytes(maxBody + 1);
            if (bytes.length > maxBody) {
                throw new PhoneRequestException(413, tooLarge);
            }
            JsonNode node = Json.MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new PhoneRequestException(400, NOT_UNDERSTOOD);
            }
            return node;
        } catch (IOException e) {
            throw new PhoneRequestException(400, NOT_UNDERSTOOD);
        }
    }

    private static String optionalText(JsonNode body, String field) throws PhoneRequestException {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new PhoneRequestException(400, NOT_UNDERSTOOD);
        }
        return value.asText();
    }

    private static String requiredText(JsonNode body, String field) throws PhoneRequestException {
        String text = optionalText(body, field);
        if (text == null) {
            throw new PhoneRequestException(400, NOT_UNDERSTOOD);
        }
        return text;
    }

    private static int requiredNumber(JsonNode body, String field) throws PhoneRequestException {
        JsonNode value = body.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new PhoneRequestException(400, NOT_UNDERSTOOD);
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
            case TOO_MANY_REWRITES -> 429;
            case PROMPT_MOVED_ON, NOT_UP_FOR_VOTE -> 409;
        };
    }
}
