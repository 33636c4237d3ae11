package com.usthem.core.room;

import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One phone's open server-sent-events response. Writes go out one at a time; an event that arrives
 * while one is being written waits, and a newer one replaces it, since each event is the whole
 * view: a slow phone gets the latest view, never a growing queue.
 */
final class EventStream {

    private final Response response;
    private final Callback done;
    private final PhoneEvents owner;
    private boolean writing;
    private String pending;
    private boolean pendingIsLast;
    private boolean ended;

    EventStream(Response response, Callback done, PhoneEvents owner) {
        this.response = response;
        this.done = done;
        this.owner = owner;
    }

    /** Sends an event, or keeps it to send when the write under way is done. */
    void send(String event) {
        offer(event, false);
    }

    /** Sends a last event and ends the response. */
    void end(String event) {
        offer(event, true);
    }

    /** A comment line, so that the connection carries something now and then and a phone gone away is noticed. */
    void ping() {
        synchronized (this) {
            if (writing || ended) {
                return;
            }
            writing = true;
        }
        write(": ping\n\n", false);
    }

    private void offer(String event, boolean last) {
        synchronized (this) {
            if (ended || pendingIsLast) {
                return;
            }
            if (writing) {
                pending = event;
                pendingIsLast = last;
                return;
            }
            writing = true;
        }
        write(event, last);
    }

    private void write(String event, boolean last) {
        ByteBuffer bytes = ByteBuffer.wrap(event.getBytes(StandardCharsets.UTF_8));
        response.write(last, bytes, Callback.from(() -> written(last), this::failed));
    }

    private void written(boolean last) {
        if (last) {
            finish();
            done.succeeded();
            return;
        }
        String next;
        boolean nextIsLast;
        synchronized (this) {
            next = pending;
            nextIsLast = pendingIsLast;
            pending = null;
            pendingIsLast = false;
            if (next == null) {
                writing = false;
                return;
            }
        }
        write(next, nextIsLast);
    }

    private void failed(Throwable failure) {
        finish();
        done.failed(failure);
    }

    private void finish() {
        synchronized (this) {
            ended = true;
        }
        owner.drop(this);
    }
}
