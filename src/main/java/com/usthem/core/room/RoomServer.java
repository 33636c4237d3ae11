package com.usthem.core.room;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.usthem.core.io.Json;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The room's web server: Jetty's core server on one address, up only between {@link #start} and
 * {@link #stop}. Requests over the rate limit of their address are turned down before anything
 * else is looked at; connections are capped; event streams get a comment line now and then.
 */
final class RoomServer {

    private static final Logger LOG = LoggerFactory.getLogger(RoomServer.class);
    /** Well inside the idle timeout, so a quiet room keeps its streams and a phone gone away is noticed. */
    private static final long PING_SECONDS = 20;
    private static final long IDLE_TIMEOUT_MS = 60_000;
    /** A page and its event stream per phone, and a reload or two. */
    private static final int STREAMS_PER_PARTICIPANT = 2;
    private static final int CONNECTIONS_PER_PARTICIPANT = 4;

    private final RoomKeys keys;
    private final RoomLimits limits;
    private final PhoneEvents events;
    private final RoomHandler handler;
    private Server server;
    private URI joinAddress;

    RoomServer(WorkshopRoom room, RoomKeys keys, RoomLimits limits) {
        this.keys = keys;
        this.limits = limits;
        this.events = new PhoneEvents(STREAMS_PER_PARTICIPANT * limits.maxParticipants());
        this.handler = new RoomHandler(keys, events, new PhoneApi(room));
    }

    void start(InetSocketAddress address) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(64, 2);
        threads.setName("usthem-room");
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getAddress().getHostAddress());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(CONNECTIONS_PER_PARTICIPANT * limits.maxParticipants(), connector));
        jetty.setHandler(new DoSHandler(handler, DoSHandler.ID_FROM_REMOTE_ADDRESS,
                new DoSHandler.LeakingBucketTrackerFactory(limits.requestsPerSecond(), limits.requestBurst(), null),
                Replies::tooFast, CONNECTIONS_PER_PARTICIPANT * limits.maxParticipants()));
        jetty.setErrorHandler(Replies::malformed);
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            throw new IOException("could not open the room on " + address + ": " + e.getMessage(), e);
        }
        server = jetty;
        joinAddress = URI.create("http://" + host(address.getAddress()) + ":" + connector.getLocalPort()
                + "/r/" + keys.token() + "/");
        schedulePing(jetty.getScheduler());
    }

    URI joinAddress() {
        return joinAddress;
    }

    void publish(PhoneView view) {
        events.publish(event("state", view));
    }

    /** Tells every phone the room closed, then stops listening. */
    void stop() {
        events.endAll(event("closed", Map.of("message", "The trainer has closed the room. Thank you for taking part!")));
        stopQuietly(server);
    }

    private void schedulePing(Scheduler scheduler) {
        scheduler.schedule(() -> {
            if (server.isRunning()) {
                events.ping();
                schedulePing(scheduler);
            }
        }, PING_SECONDS, TimeUnit.SECONDS);
    }

    /** A server-sent event: one {@code data} line of JSON (JSON never holds a raw line break). */
    private static String event(String name, Object data) {
        try {
            return "event: " + name + "\ndata: " + Json.MAPPER.writeValueAsString(data) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String host(InetAddress address) {
        return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("the room's server did not stop cleanly", e);
        }
    }
}
