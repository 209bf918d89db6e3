package com.fours.dms.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.PrivatePostgres;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The database is restarted under load (issue 15): clients keep writing and reading from several
 * threads while the test stops its own PostgreSQL cluster and starts it again. Every request
 * answers; none answers 500. While the database is away the answer is 503 problem+json with
 * Retry-After and the request id, and readiness on the management port is DOWN; once it is back the
 * pool reconnects by itself (no restart) and readiness is UP again.
 */
@QuarkusTest
@TestProfile(OperationsProfile.class)
class DatabaseOutageTest {
    static final int CLIENTS = 8;
    static final Duration PHASE_LIMIT = Duration.ofSeconds(30);

    @PrivatePostgres.Inject
    PrivatePostgres.Cluster pg;

    @TestHTTPResource("/")
    URL base;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer the clients got: when, which status, and what was wrong with it (null: nothing). */
    record Answer(long at, int status, String problem) {}

    final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    final Object progress = new Object();

    @Test
    void aDatabaseRestartUnderLoadAnswers503WithRetryAfterAndNever500AndThePoolRecovers() throws Exception {
        String store = NewStore.open("停库测试店");
        String advisor = NewStore.advisor(store);
        assertEquals("UP", readiness());

        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            boolean writer = i % 2 == 0;
            Thread t = Thread.ofPlatform().name("outage-client-" + i).start(() -> {
                while (running.get()) {
                    HttpRequest r = writer
                            ? post("/api/stores/" + store + "/customers", advisor, Fixtures.aCustomer().body())
                            : get("/api/stores/" + store + "/customers?limit=5", advisor);
                    record(r);
                }
            });
            clients.add(t);
        }

        long begin = System.nanoTime();
        awaitAnswers("30 successful requests before the outage", () -> count(begin, true) >= 30);

        pg.stop();
        long stopped = System.nanoTime();
        awaitAnswers("24 answers 503 while the database is down", () -> count(stopped, 503) >= 24);
        String readinessDuringOutage = readiness();

        long restartAsked = System.nanoTime();
        pg.start();
        long restarted = System.nanoTime();
        awaitAnswers("30 successful requests after the restart", () -> count(restarted, true) >= 30);
        long firstSuccess = answers.stream().filter(a -> a.at() >= restarted && a.status() < 300).mapToLong(Answer::at).min().orElseThrow();
        awaitAnswers("readiness UP again", () -> "UP".equals(readiness()));

        running.set(false);
        for (Thread t : clients) {
            t.join(Duration.ofSeconds(20));
        }

        Map<Integer, Integer> byStatus = new TreeMap<>();
        answers.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        List<String> problems = answers.stream().map(Answer::problem).filter(p -> p != null).distinct().toList();
        System.out.printf("database outage under load: %d requests from %d clients, by status %s; outage (stop to start) %d ms;"
                        + " first success %d ms after the server was back (%d ms after the restart was asked)%n",
                answers.size(), CLIENTS, byStatus, (restartAsked - stopped) / 1_000_000,
                (firstSuccess - restarted) / 1_000_000, (firstSuccess - restartAsked) / 1_000_000);

        assertEquals(0, byStatus.getOrDefault(500, 0), "no request may answer 500: " + byStatus + " " + problems);
        assertEquals(List.of(), problems, "every answer is a success or a well-formed 503 problem; by status " + byStatus);
        assertEquals(Set.of(200, 201, 503), byStatus.keySet(), "only successes and 503 while the database is away");
        assertEquals("DOWN", readinessDuringOutage, "readiness reports DOWN while the database is unreachable");
        assertTrue((firstSuccess - restarted) < Duration.ofSeconds(10).toNanos(), "the pool reconnects by itself within seconds");
    }

    private void record(HttpRequest request) {
        Answer answer;
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            answer = new Answer(System.nanoTime(), r.statusCode(), check(r));
        } catch (Exception e) {
            answer = new Answer(System.nanoTime(), -1, "no answer: " + e);
        }
        answers.add(answer);
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    /** What is wrong with an answer, or null. A 503 must be a database-unavailable problem with Retry-After and the request id. */
    private String check(HttpResponse<String> r) {
        int s = r.statusCode();
        if (s == 200 || s == 201) {
            return null;
        }
        if (s != 503) {
            return s + ": " + r.body();
        }
        try {
            JsonNode p = json.readTree(r.body());
            String requestId = r.headers().firstValue("X-Request-Id").orElse(null);
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                return "503 without problem+json: " + r.headers().firstValue("Content-Type");
            }
            if (r.headers().firstValue("Retry-After").filter(v -> v.matches("[1-9][0-9]*")).isEmpty()) {
                return "503 without Retry-After";
            }
            if (!"database-unavailable".equals(p.path("code").asText()) || p.path("status").asInt() != 503) {
                return "503 with code " + p.path("code").asText();
            }
            if (requestId == null || !requestId.equals(p.path("requestId").asText())) {
                return "503 whose requestId " + p.path("requestId") + " is not the X-Request-Id " + requestId;
            }
            return null;
        } catch (Exception e) {
            return "503 with a body that is not JSON: " + r.body();
        }
    }

    private long count(long since, int status) {
        return answers.stream().filter(a -> a.at() >= since && a.status() == status).count();
    }

    private long count(long since, boolean success) {
        return answers.stream().filter(a -> a.at() >= since && (a.status() == 200 || a.status() == 201) == success).count();
    }

    /** Waits for the clients' answers (woken by each one) until the condition holds; fails after PHASE_LIMIT. */
    private void awaitAnswers(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + what + "; answers so far: " + answers.size());
            }
            synchronized (progress) {
                progress.wait(Math.max(1, Math.min(200, left / 1_000_000)));
            }
        }
    }

    private String readiness() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(management.toString().replaceAll("/+$", "") + "/health/ready"))
                    .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return json.readTree(r.body()).path("status").asText();
        } catch (Exception e) {
            return "no answer: " + e;
        }
    }

    private HttpRequest post(String path, String token, Object body) {
        try {
            return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/+$", "") + path);
    }
}
