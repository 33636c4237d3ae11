package com.usthem.core.room;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.usthem.core.io.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.UncheckedIOException;
import java.util.Map;

/** How the room answers: every answer with the same protective headers, problems as a sentence for the page to show. */
final class Replies {

    static final String JSON = "application/json; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";

    /**
     * Scripts, styles and connections from the room's own address only (so even a name that got
     * through as markup could not run), no framing, no caching, and no referrer: the join address
     * holds the token.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private Replies() {
    }

    static void protect(Response response) {
        response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    static boolean send(Response response, Callback callback, int status, String contentType, String body) {
        protect(response);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        Content.Sink.write(response, true, body, callback);
        return true;
    }

    static boolean json(Response response, Callback callback, int status, Object body) {
        try {
            return send(response, callback, status, JSON, Json.MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A problem, as JSON {@code {"error": ...}} to the page's requests and as plain text to a browser's address bar. */
    static boolean problem(Request request, Response response, Callback callback, int status, String message) {
        return "POST".equals(request.getMethod())
                ? json(response, callback, status, Map.of("error", message))
                : send(response, callback, status, TEXT, message);
    }

    /** Answers requests over the rate limit of their address. */
    static boolean tooFast(Request request, Response response, Callback callback) {
        return problem(request, response, callback, 429,
                "Too many requests from this device: wait a few seconds, then try again.");
    }

    /** Answers what Jetty itself refuses (a malformed request, headers too large), saying nothing of the server. */
    static boolean malformed(Request request, Response response, Callback callback) {
        Object status = request.getAttribute(org.eclipse.jetty.server.handler.ErrorHandler.ERROR_STATUS);
        return send(response, callback, status instanceof Integer code ? code : 400, TEXT,
                "The room could not read that request.");
    }
}
