package com.usthem.core.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.usthem.core.io.Json;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.thread.Scheduler;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * One phone of the load test: its own HTTP client on its own loopback address (so the room's rate
 * limit per address applies to it alone, as to a real phone), timing each request and following
 * the room's event stream.
 */
final class SimulatedPhone implements AutoCloseable {

    /** Times in milliseconds, shared by all the phones of a test. */
    record Timings(ConcurrentLinkedQueue<Double> join, ConcurrentLinkedQueue<Double> submit,
                   ConcurrentLinkedQueue<Double> vote) {
        Timings() {
            this(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
        }
    }

    private final URI room;
    private final HttpClient client;
    private final Timings timings;
    private final StringBuilder stream = new StringBuilder();
    /** Completed with the rewrite put up for the vote and when the phone saw it. */
    final CompletableFuture<long[]> voteUp = new CompletableFuture<>();
    /** Completed with the view of the revealed rewrite. */
    final CompletableFuture<JsonNode> revealed = new CompletableFuture<>();
    private String key;

    SimulatedPhone(URI room, InetAddress from, Executor executor, Scheduler scheduler, Timings timings) throws Exception {
        this.room = room;
        this.timings = timings;
        ClientConnector connector = new ClientConnector();
        connector.setBindAddress(new InetSocketAddress(from, 0));
        connector.setSelectors(1);
        connector.setExecutor(executor);
        connector.setScheduler(scheduler);
        client = new HttpClient(new HttpClientTransportOverHTTP(connector));
        client.setExecutor(executor);
        client.setScheduler(scheduler);
        client.start();
    }

    void join(String name) throws Exception {
        key = post("join", Map.of("name", name), timings.join()).get("participant").asText();
    }

    /** Opens the event stream and returns once the room's first view has come. */
    void follow() throws Exception {
        CompletableFuture<Void> first = new CompletableFuture<>();
        client.newRequest(room.resolve("events")).send(new Response.Listener() {
            @Override
            public void onContent(Response response, ByteBuffer content) {
                // The test's texts are ASCII, so a chunk never splits a character.
                stream.append(StandardCharsets.UTF_8.decode(content));
                for (int end = stream.indexOf("\n\n"); end >= 0; end = stream.indexOf("\n\n")) {
                    event(stream.substring(0, end));
                    stream.delete(0, end + 2);
                    first.complete(null);
                }
            }

            @Override
            public void onComplete(Result result) {
                first.completeExceptionally(new IOException("the event stream ended", result.getFailure()));
            }
        });
        first.get(30, TimeUnit.SECONDS);
    }

    int submit(String clientKey, String text) throws Exception {
        return post("submit", Map.of("participant", key, "prompt", 1, "key", clientKey, "text", text),
                timings.submit()).get("submission").asInt();
    }

    void vote(int submission, String side) throws Exception {
        post("vote", Map.of("participant", key, "submission", submission, "side", side), timings.vote());
    }

    private void event(String event) {
        if (!event.startsWith("event: state\ndata: ")) {
            return;
        }
        try {
            JsonNode vote = Json.MAPPER.readTree(event.substring(event.indexOf("data: ") + 6)).get("vote");
            if (vote.isObject() && vote.get("revealed").asBoolean()) {
                revealed.complete(vote);
            } else if (vote.isObject()) {
                voteUp.complete(new long[] {vote.get("submission").asInt(), System.nanoTime()});
            }
        } catch (IOException e) {
            revealed.completeExceptionally(e);
        }
    }

    private JsonNode post(String action, Object body, ConcurrentLinkedQueue<Double> times) throws Exception {
        long start = System.nanoTime();
        ContentResponse response = client.newRequest(room.resolve(action)).method(HttpMethod.POST)
                .body(new StringRequestContent("application/json", Json.MAPPER.writeValueAsString(body)))
                .timeout(30, TimeUnit.SECONDS).send();
        times.add((System.nanoTime() - start) / 1e6);
        if (response.getStatus() != 200) {
            throw new IllegalStateException(action + " answered " + response.getStatus() + ": "
                    + response.getContentAsString());
        }
        return Json.MAPPER.readTree(response.getContent());
    }

    @Override
    public void close() throws Exception {
        client.stop();
    }
}
