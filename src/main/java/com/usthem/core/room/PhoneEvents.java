package com.usthem.core.room;

import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The phones' open event streams: every change of the room's view goes to all of them, and a phone
 * that connects (or reconnects) gets the current view at once.
 */
final class PhoneEvents {

    private final int maxStreams;
    private final Set<EventStream> streams = new HashSet<>();
    private String latest;

    PhoneEvents(int maxStreams) {
        this.maxStreams = maxStreams;
    }

    /**
     * Starts a stream on the response, sending the current view first; false when there are as many
     * streams as the room allows (the caller answers instead).
     */
    synchronized boolean open(Response response, Callback done) {
        if (streams.size() >= maxStreams) {
            return false;
        }
        EventStream stream = new EventStream(response, done, this);
        streams.add(stream);
        if (latest != null) {
            stream.send(latest);
        }
        return true;
    }

    /** Sends an event to every stream; held under this lock with {@link #open}, so no stream misses the latest. */
    synchronized void publish(String event) {
        latest = event;
        streams.forEach(stream -> stream.send(event));
    }

    void ping() {
        snapshot().forEach(EventStream::ping);
    }

    /** Sends every stream a last event and ends it. */
    void endAll(String event) {
        snapshot().forEach(stream -> stream.end(event));
    }

    private synchronized List<EventStream> snapshot() {
        return List.copyOf(streams);
    }

    synchronized void drop(EventStream stream) {
        streams.remove(stream);
    }
}
