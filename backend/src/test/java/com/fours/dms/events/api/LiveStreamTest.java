package com.fours.dms.events.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.dms.repairorder.api.RepairOrders;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.SseClient;
import com.fours.dms.support.TestTokens;
import com.fours.dms.support.WorkshopFloor;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live stream (issue 9): a change made through the API reaches the stream of its store within
 * 2 s and never the stream of another store; a reconnect with Last-Event-ID gets what it missed from
 * the table; another store's stream is a 404 like every store-scoped endpoint. Waits are awaits
 * with a timeout on the received event, never sleeps.
 */
@QuarkusTest
class LiveStreamTest {
    static final Duration LIVE = Duration.ofSeconds(2);
    static final Duration CONNECT = Duration.ofSeconds(10);
    static final String AT_10 = "2026-11-23T02:00:00Z";
    static final String AT_11 = "2026-11-23T03:00:00Z";

    @TestHTTPResource("/")
    URL base;

    @Inject
    MutableClock clock;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void monday() {
        clock.set(Instant.parse(AT_10));
    }

    static String advisorOf(String store) {
        return TestTokens.token("advisor-user", java.util.Set.of(Roles.ADVISOR), store);
    }

    @Test
    void aJobAssignedThroughTheApiReachesItsStoresStreamWithinTwoSecondsAndNoOtherStoresStream() throws Exception {
        WorkshopFloor a = WorkshopFloor.open();
        BookingStore b = BookingStore.open();
        Response order = a.handedOver("FOREMAN_QUEUE", WorkshopFloor.job("更换机油", "1.0", null));
        Map<String, Object> job = a.firstJob(order);
        try (SseClient onA = SseClient.open(base.toString(), a.shop.code, advisorOf(a.shop.code)).connected(CONNECT);
                SseClient onB = SseClient.open(base.toString(), b.code, advisorOf(b.code)).connected(CONNECT)) {
            assertEquals(200, onA.status(CONNECT));
            assertTrue(onA.contentType(CONNECT).startsWith("text/event-stream"), onA.contentType(CONNECT));

            long asked = System.nanoTime();
            a.assigned(job, a.zhou, a.b01, AT_10, AT_11);
            SseClient.Event e = onA.await(ev -> "WorkshopJobChanged".equals(ev.name()), LIVE);
            long ms = (System.nanoTime() - asked) / 1_000_000;
            JsonNode d = json.readTree(e.data());
            assertEquals(job.get("id"), d.path("subjectId").asText());
            assertEquals(order.path("id"), d.path("repairOrderId").asText());
            assertEquals("workshop-job", d.path("subjectType").asText());
            assertEquals(e.id(), d.path("cursor").asText(), "the event's SSE id is its feed cursor");
            System.out.printf("live stream: the assignment arrived %d ms after the request was sent%n", ms);

            // Store B's stream: the first thing it gets is its own change, made after store A's; A's never came.
            Response signed = RepairOrders.in(b).signed();
            SseClient.Event first = onB.next(LIVE);
            assertEquals("RepairOrderCreated", first.name(), onB.received());
            assertEquals(signed.path("id"), json.readTree(first.data()).path("repairOrderId").asText());
        }
    }

    @Test
    void aReconnectWithLastEventIdGetsWhatItMissedFromTheTableInOrderAndNothingTwice() throws Exception {
        WorkshopFloor a = WorkshopFloor.open();
        Response order = a.handedOver("FOREMAN_QUEUE", WorkshopFloor.job("更换机油", "1.0", null));
        Map<String, Object> job = a.firstJob(order);
        String token = TestTokens.token("zhou", java.util.Set.of(Roles.WORKSHOP), a.shop.code);
        String lastSeen;
        try (SseClient s = SseClient.open(base.toString(), a.shop.code, token).connected(CONNECT)) {
            a.assigned(job, a.zhou, a.b01, AT_10, AT_11);
            lastSeen = s.await(ev -> "WorkshopJobChanged".equals(ev.name()), LIVE).id();
        }
        // While nobody listens: the technician clocks on (his clock and the job's state change).
        a.punch("zhou", "clock-on", Map.of("jobId", job.get("id"))).then().statusCode(200);
        try (SseClient s = SseClient.open(base.toString(), a.shop.code, token, lastSeen).connected(CONNECT)) {
            SseClient.Event clocked = s.next(LIVE);
            SseClient.Event changed = s.next(LIVE);
            assertEquals("TechnicianClocked", clocked.name(), s.received());
            assertEquals("WorkshopJobChanged", changed.name(), s.received());
            assertEquals("clocked-on", actionOf(a, changed), s.received());
            assertTrue(sequence(clocked) < sequence(changed));
            // then live again, after the replay
            a.punch("zhou", "pause", Map.of("reason", "WAITING_PARTS")).then().statusCode(200);
            SseClient.Event paused = s.await(ev -> "WorkshopJobChanged".equals(ev.name()), LIVE);
            assertTrue(sequence(paused) > sequence(changed));
        }
    }

    @Test
    void anotherStoresStreamIsA404ProblemAndNoTokenIs401() throws Exception {
        BookingStore a = BookingStore.open();
        BookingStore b = BookingStore.open();
        try (SseClient s = SseClient.open(base.toString(), b.code, advisorOf(a.code))) {
            assertEquals(404, s.status(CONNECT));
            assertTrue(s.contentType(CONNECT).startsWith("application/problem+json"), s.contentType(CONNECT));
        }
        try (SseClient s = SseClient.open(base.toString(), a.code, null)) {
            assertEquals(401, s.status(CONNECT));
        }
        try (SseClient s = SseClient.open(base.toString(), a.code, advisorOf(a.code), "not a cursor!")) {
            assertEquals(400, s.status(CONNECT));
        }
    }

    long sequence(SseClient.Event e) throws Exception {
        return json.readTree(e.data()).path("sequence").asLong();
    }

    /** The job change's action, read from the feed (the stream only says what changed). */
    String actionOf(WorkshopFloor a, SseClient.Event e) throws Exception {
        String id = json.readTree(e.data()).path("subjectId").asText();
        long seq = sequence(e);
        java.util.List<Map<String, Object>> items = a.manager().queryParam("type", "WorkshopJobChanged").queryParam("limit", 100)
                .get(a.path("/events")).then().statusCode(200).extract().path("items");
        return items.stream().filter(i -> id.equals(i.get("subjectId")) && ((Number) i.get("sequence")).longValue() == seq)
                .map(i -> (String) ((Map<?, ?>) i.get("payload")).get("action")).findFirst().orElse(null);
    }
}
