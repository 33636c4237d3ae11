package com.usthem.core.room;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers only under {@code /r/TOKEN/}: the page, its event stream and the phones' three actions.
 * Any other address, a wrong token included, gets the same "no room here", so nothing tells a
 * guesser how close they came.
 */
final class RoomHandler extends Handler.Abstract {

    private static final String PREFIX = "/r/";
    private static final String NO_ROOM = "There is no room at this address. Scan the QR code on the screen again, "
            + "or type the address shown under it.";

    private final RoomKeys keys;
    private final PhoneEvents events;
    private final PhoneApi api;

    RoomHandler(RoomKeys keys, PhoneEvents events, PhoneApi api) {
        this.keys = keys;
        this.events = events;
        this.api = api;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        int end = path.indexOf('/', PREFIX.length());
        if (!path.startsWith(PREFIX) || !keys.tokenMatches(path.substring(PREFIX.length(), end < 0 ? path.length() : end))) {
            return Replies.problem(request, response, callback, 404, NO_ROOM);
        }
        String rest = end < 0 ? "" : path.substring(end);
        boolean get = "GET".equals(request.getMethod());
        if (get && rest.isEmpty()) {
            // The page's files are addressed relative to the room's folder, so the address must end in a slash.
            Replies.protect(response);
            Response.sendRedirect(request, response, callback, PREFIX + keys.token() + "/");
            return true;
        }
        PageFiles.File file = PageFiles.BY_PATH.get(rest);
        if (get && file != null) {
            return Replies.send(response, callback, 200, file.contentType(), file.text());
        }
        if (get && rest.equals("/events")) {
            return openEvents(request, response, callback);
        }
        if ("POST".equals(request.getMethod()) && api.handles(rest)) {
            return api.handle(rest, request, response, callback);
        }
        return Replies.problem(request, response, callback, 404, NO_ROOM);
    }

    private boolean openEvents(Request request, Response response, Callback callback) {
        Replies.protect(response);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        if (!events.open(response, callback)) {
            return Replies.problem(request, response, callback, 503,
                    "Too many screens are following this room: close this page on your other devices.");
        }
        return true;
    }
}
