package com.fours.dms.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A server-sent-events client for tests (issue 9): opens a store's live stream with a bearer token,
 * parses what arrives (events, comments) on a thread of its own and lets the test wait for it with
 * a timeout, never by sleeping.
 */
public final class SseClient implements AutoCloseable {
    /** One event as it came over the wire. */
    public record Event(String id, String name, String data) {}

    private final LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final List<String> body = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile Stream<String> lines;

    private SseClient(URI uri, String token, String lastEventId) {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            r.header("Last-Event-ID", lastEventId);
        }
        response = http.sendAsync(r.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(res -> Thread.ofPlatform().daemon().name("sse-client").start(() -> read(res)));
    }

    /** Opens {@code base}/api/stores/{store}/events/stream. */
    public static SseClient open(String base, String store, String token) {
        return open(base, store, token, null);
    }

    public static SseClient open(String base, String store, String token, String lastEventId) {
        return new SseClient(URI.create(base.replaceAll("/+$", "") + "/api/stores/" + store + "/events/stream"), token, lastEventId);
    }

    private void read(HttpResponse<Stream<String>> res) {
        lines = res.body();
        String id = null;
        String name = null;
        StringBuilder data = null;
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                synchronized (body) {
                    body.add(line);
                }
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name == null ? "message" : name, data.toString()));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).strip());
                }
            }
        } catch (RuntimeException closed) {
            // the test closed the stream
        }
    }

    /** The HTTP status, once the answer's headers came (at most {@code within}). */
    public int status(Duration within) throws Exception {
        return response.get(within.toMillis(), TimeUnit.MILLISECONDS).statusCode();
    }

    public String contentType(Duration within) throws Exception {
        return response.get(within.toMillis(), TimeUnit.MILLISECONDS).headers().firstValue("Content-Type").orElse("");
    }

    /** Waits until the server said the stream is registered (the {@code :connected} comment). */
    public SseClient connected(Duration within) throws InterruptedException {
        awaitComment("connected", within);
        return this;
    }

    public void awaitComment(String text, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String c = left > 0 ? comments.poll(left, TimeUnit.NANOSECONDS) : null;
            if (c == null) {
                throw new AssertionError("no :" + text + " comment within " + within + "; received: " + received());
            }
            if (c.equals(text)) {
                return;
            }
        }
    }

    /** The next event that matches, skipping others; fails after {@code within}. */
    public Event await(Predicate<Event> match, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Event e = left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
            if (e == null) {
                throw new AssertionError("no matching event within " + within + "; received: " + received());
            }
            if (match.test(e)) {
                return e;
            }
        }
    }

    /** The next event, whatever it is; fails after {@code within}. */
    public Event next(Duration within) throws InterruptedException {
        return await(e -> true, within);
    }

    public String received() {
        synchronized (body) {
            return String.join("\\n", body);
        }
    }

    @Override
    public void close() {
        response.cancel(true);
        Stream<String> l = lines;
        if (l != null) {
            l.close();
        }
        http.shutdownNow();
    }
}
