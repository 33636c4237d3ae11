package com.usthem.core.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.usthem.core.io.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A phone, as the tests play it over HTTP: the page's requests, and its event stream read line by
 * line. Public for the workshop window's test, which joins phones to the room it opens.
 */
public final class PhoneClient {

    /** An answer: status, content type and body. */
    public record Answer(int status, String contentType, String body, HttpResponse<String> response) {
        public JsonNode json() throws IOException {
            return Json.MAPPER.readTree(body);
        }

        public String error() throws IOException {
            return json().path("error").asText();
        }
    }

    /** The event that ends a stream, as the reader reports it. */
    public static final String END = "(end of stream)";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI room;

    public PhoneClient(URI room) {
        this.room = room;
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(room.resolve(path)).GET());
    }

    public Answer post(String action, Object body) throws IOException, InterruptedException {
        return post(action, "application/json", Json.MAPPER.writeValueAsString(body));
    }

    Answer post(String action, String contentType, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(room.resolve(action)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response);
    }

    /** Joins and returns the phone's key. */
    public String join(String name) throws IOException, InterruptedException {
        Answer answer = post("join", Map.of("name", name));
        if (answer.status() != 200) {
            throw new IllegalStateException("could not join: " + answer.body());
        }
        return answer.json().get("participant").asText();
    }

    /** Opens the event stream; each event arrives as "NAME DATA", and {@link #END} when the server ends it. */
    public BlockingQueue<String> events() throws IOException, InterruptedException {
        HttpResponse<java.util.stream.Stream<String>> response = http.send(
                HttpRequest.newBuilder(room.resolve("events")).GET().build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no event stream: " + response.statusCode());
        }
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            String name = null;
            try {
                for (Iterator<String> lines = response.body().iterator(); lines.hasNext(); ) {
                    String line = lines.next();
                    if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        events.add(name + " " + line.substring(6));
                    }
                }
            } catch (UncheckedIOException e) {
                // The server closed the connection: that ends the stream too.
            }
            events.add(END);
        }, "test-event-reader");
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    public static String next(BlockingQueue<String> events) throws InterruptedException {
        String event = events.poll(10, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no event within 10 s");
        }
        return event;
    }
}
