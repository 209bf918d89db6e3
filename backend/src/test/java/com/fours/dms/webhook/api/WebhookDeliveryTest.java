package com.fours.dms.webhook.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.TestTokens;
import com.fours.dms.support.WorkshopFloor;
import com.fours.dms.webhook.WebhookDispatcher;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks (issue 12) against a real receiver started here: it checks every Standard Webhooks
 * signature with the secret the subscription returned, answers what each test tells it, and records
 * what arrived in order. The dispatcher is run directly and the clock is moved; nothing sleeps.
 */
@QuarkusTest
class WebhookDeliveryTest {
    static final String AT_10 = "2026-11-23T02:00:00Z";
    static final String CLIENT = "crm-connector";

    @Inject
    MutableClock clock;

    @Inject
    WebhookDispatcher dispatcher;

    final ObjectMapper json = new ObjectMapper();
    WorkshopFloor floor;
    Receiver receiver;

    @BeforeEach
    void start() throws IOException {
        clock.set(Instant.parse(AT_10));
        floor = WorkshopFloor.open();
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.server.stop(0);
    }

    /** One request the receiver got: the event, what it answered, whether the signature was right. */
    record Received(String webhookId, String type, String subjectId, int answered, boolean signatureValid, long timestamp, JsonNode body) {}

    /** A webhook receiver on a random port of localhost; answers 200 unless told otherwise for a subject. */
    final class Receiver {
        final HttpServer server;
        final String path = "/hooks/" + UUID.randomUUID();
        volatile String secret;
        final List<Received> received = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Deque<Integer>> answers = new ConcurrentHashMap<>();
        volatile int otherwise = 200;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext(path, this::handle);
            server.start();
        }

        String url() {
            return "http://localhost:" + server.getAddress().getPort() + path;
        }

        void answer(String subjectId, Integer... statuses) {
            answers.put(subjectId, new ArrayDeque<>(List.of(statuses)));
        }

        private void handle(HttpExchange x) throws IOException {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = x.getRequestHeaders().getFirst("webhook-id");
            String ts = x.getRequestHeaders().getFirst("webhook-timestamp");
            String sig = x.getRequestHeaders().getFirst("webhook-signature");
            boolean valid = verify(secret, id, ts, body, sig);
            JsonNode n = json.readTree(body);
            String subject = n.path("subjectId").asText();
            Deque<Integer> q = answers.get(subject);
            Integer planned = q == null ? null : q.poll();
            int status = !valid ? 401 : planned != null ? planned : otherwise;
            received.add(new Received(id, n.path("type").asText(), subject, status, valid, Long.parseLong(ts), n));
            x.sendResponseHeaders(status, -1);
            x.close();
        }

        List<Received> of(String subject) {
            synchronized (received) {
                return received.stream().filter(r -> r.subjectId().equals(subject)).toList();
            }
        }
    }

    /** What an integrator does (README): HMAC-SHA256 over id.timestamp.body with the key after whsec_, compared with each v1 signature. */
    static boolean verify(String secret, String id, String timestamp, String body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String s : header.split(" ")) {
                if (s.startsWith("v1,") && java.security.MessageDigest.isEqual(expected, Base64.getDecoder().decode(s.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    RequestSpecification integrator(String client) {
        return Api.withToken(TestTokens.integrator(client, floor.shop.code));
    }

    String hooks(String rest) {
        return floor.shop.path("/webhook-subscriptions" + rest);
    }

    Response subscribe(List<String> types) {
        Response r = integrator(CLIENT).body(Map.of("url", receiver.url(), "eventTypes", types, "description", "CRM")).post(hooks(""));
        r.then().statusCode(201).body("secret", startsWith("whsec_"), "subscription.status", is("ACTIVE"), "subscription.clientId", is(CLIENT));
        receiver.secret = r.path("secret");
        return r;
    }

    @Test
    void signedDeliveriesAreRetriedAfterA500AndNeverOvertakeAnEarlierEventOfTheSameSubject() {
        Response sub = subscribe(List.of("RepairOrderSigned", "RepairOrderHandedOver"));
        String subId = sub.path("subscription.id");
        String a = floor.handedOver(floor.zhou, WorkshopFloor.job("更换机油", "1.0", null)).path("id");
        String b = floor.handedOver(floor.zhou, WorkshopFloor.job("四轮定位", "0.5", null)).path("id");
        receiver.answer(a, 500);

        dispatcher.dispatch(floor.shop.code);
        assertEquals(List.of("RepairOrderSigned:500"), story(a), "A's first event failed; its hand-over waits behind it");
        assertEquals(List.of("RepairOrderSigned:200", "RepairOrderHandedOver:200"), story(b), "B is not held up by A");

        dispatcher.dispatch(floor.shop.code);
        assertEquals(1, receiver.of(a).size(), "nothing is retried before its backoff has passed");

        clock.advance(Duration.ofSeconds(30)); // the first backoff is at most 30 s (jitter: half to all of it)
        dispatcher.dispatch(floor.shop.code);
        assertEquals(List.of("RepairOrderSigned:500", "RepairOrderSigned:200", "RepairOrderHandedOver:200"), story(a));
        dispatcher.dispatch(floor.shop.code);
        assertEquals(5, receiver.received.size(), "each event delivered once after it succeeded");

        synchronized (receiver.received) {
            for (Received r : receiver.received) {
                assertTrue(r.signatureValid(), "signed with the subscription's secret: " + r);
                assertEquals(r.body().path("id").asText(), r.webhookId(), "webhook-id is the event id (the same on retries)");
                assertEquals(floor.shop.code, r.body().path("store").asText());
                assertEquals("repair-order", r.body().path("subjectType").asText());
                assertEquals(r.subjectId(), r.body().path("data").path("repairOrderId").asText(), "the event's facts under data");
            }
        }
        List<Received> retried = receiver.of(a);
        assertEquals(retried.get(0).webhookId(), retried.get(1).webhookId());
        assertEquals(Instant.parse(AT_10).getEpochSecond(), retried.get(0).timestamp(), "webhook-timestamp comes from the clock");
        assertTrue(retried.get(1).timestamp() >= retried.get(0).timestamp() + 15);

        // The delivery log: A's signed event with both attempts.
        Response log = integrator(CLIENT).get(hooks("/" + subId + "/deliveries"));
        log.then().statusCode(200).body("items.status", contains("DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED"));
        List<Map<String, Object>> items = log.path("items");
        Map<String, Object> first = items.stream().filter(d -> a.equals(d.get("subjectId")) && "RepairOrderSigned".equals(d.get("eventType"))).findFirst().orElseThrow();
        assertEquals(2, first.get("attempts"));
        List<Map<String, Object>> attempts = castList(first.get("log"));
        assertEquals(List.of(500, 200), attempts.stream().map(x -> x.get("statusCode")).toList());
        assertEquals("HTTP 500", attempts.get(0).get("error"));

        // Replay: the same event again, same id.
        String deliveryId = (String) first.get("id");
        floor.shop.manager().post(hooks("/" + subId + "/deliveries/" + deliveryId + "/replay")).then().statusCode(200).body("status", is("PENDING"));
        dispatcher.dispatch(floor.shop.code);
        assertEquals(List.of("RepairOrderSigned:500", "RepairOrderSigned:200", "RepairOrderHandedOver:200", "RepairOrderSigned:200"), story(a));
        assertEquals(retried.get(0).webhookId(), receiver.of(a).get(3).webhookId());
    }

    @Test
    void aSubscriptionThatKeepsFailingForTheWindowIsPausedAndItsOwnerAndTheManagerAreTold() {
        Response sub = subscribe(List.of("RepairOrderSigned", "RepairOrderHandedOver"));
        String subId = sub.path("subscription.id");
        sub.then().body("subscription.consecutiveFailures", is(0), "subscription.failingSince", is((Object) null), "subscription.pausedForFailing", is(false));
        String sync = integrator(CLIENT).queryParam("updatedSince", AT_10).get(hooks("")).then().statusCode(200).extract().path("syncCursor");
        receiver.otherwise = 503;
        String a = floor.handedOver(floor.zhou, WorkshopFloor.job("更换机油", "1.0", null)).path("id");

        dispatcher.dispatch(floor.shop.code);
        integrator(CLIENT).get(hooks("/" + subId)).then().statusCode(200).body("status", is("ACTIVE"), "consecutiveFailures", is(1), "failingSince", is(AT_10));
        for (int i = 0; i < 40 && "ACTIVE".equals(integrator(CLIENT).get(hooks("/" + subId)).path("status")); i++) {
            clock.advance(Duration.ofHours(2)); // the longest backoff
            dispatcher.dispatch(floor.shop.code);
        }
        List<Received> tried = receiver.of(a);
        // The owner reads why, since when and how bad, on the subscription and in its subscriptions' change feed.
        Response paused = integrator(CLIENT).get(hooks("/" + subId));
        paused.then().statusCode(200).body("status", is("PAUSED"), "pausedReason", startsWith("kept failing for 24 h"), "pausedForFailing", is(true),
                "pausedBy", is("system:webhooks"), "pausedAt", is(clock.instant().toString()), "failingSince", is(AT_10),
                "consecutiveFailures", is(tried.size()));
        Response told = integrator(CLIENT).queryParam("updatedSince", AT_10).queryParam("cursor", sync).queryParam("limit", 100).get(hooks(""));
        told.then().statusCode(200);
        List<Map<String, Object>> versions = told.path("items");
        assertEquals("PAUSED", versions.get(versions.size() - 1).get("status"), "the owner's sync ends with its subscription paused: " + versions);
        assertEquals(Boolean.TRUE, versions.get(versions.size() - 1).get("pausedForFailing"));
        assertTrue(tried.size() >= 10 && tried.size() <= 20, "retried with a growing backoff for 24 h: " + tried.size());
        assertTrue(tried.stream().allMatch(r -> r.type().equals("RepairOrderSigned")), "the hand-over never overtook the failing event");
        long span = tried.get(tried.size() - 1).timestamp() - tried.get(0).timestamp();
        assertTrue(span >= Duration.ofHours(24).toSeconds() && span < Duration.ofHours(26).toSeconds(), "the window is 24 h: " + span);
        floor.shop.manager().queryParam("type", "WEBHOOK_FAILING").get(floor.shop.path("/tasks")).then().statusCode(200)
                .body("items.subject.id", contains(subId), "items[0].assignee.role", is(Roles.SERVICE_MANAGER));

        // While paused nothing is sent; resumed (receiver fixed), the failed event and what waited go out in order.
        int before = receiver.received.size();
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatch(floor.shop.code);
        assertEquals(before, receiver.received.size());
        receiver.otherwise = 200;
        floor.shop.manager().post(hooks("/" + subId + "/resume")).then().statusCode(200).body("status", is("ACTIVE"), "pausedAt", is((Object) null),
                "pausedBy", is((Object) null), "pausedForFailing", is(false), "consecutiveFailures", is(tried.size()));
        dispatcher.dispatch(floor.shop.code);
        List<String> after = story(a).subList(tried.size(), story(a).size());
        assertEquals(List.of("RepairOrderSigned:200", "RepairOrderHandedOver:200"), after);
        integrator(CLIENT).get(hooks("/" + subId)).then().body("consecutiveFailures", is(0), "failingSince", is((Object) null));
    }

    @Test
    void subscriptionsBelongToTheirClientAndBadInputIsAProblemNamingTheField() {
        Response mine = subscribe(List.of("RepairOrderSigned"));
        String id = mine.path("subscription.id");
        // Bad input names the field.
        integrator(CLIENT).body(Map.of("url", "http://crm.example.com/hook", "eventTypes", List.of("RepairOrderSigned"))).post(hooks("")).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("url"));
        integrator(CLIENT).body(Map.of("url", "https://crm.example.com/hook", "eventTypes", List.of("RepairOrderSigned", "Nonsense"))).post(hooks("")).then()
                .statusCode(400).body("violations.field", contains("eventTypes[1]"));
        integrator(CLIENT).body(Map.of("url", "https://crm.example.com/hook", "eventTypes", List.of())).post(hooks("")).then()
                .statusCode(400).body("violations.field", contains("eventTypes"));
        // Who may: integrators subscribe; staff other than the manager may not even read.
        floor.shop.manager().body(Map.of("url", "https://crm.example.com/hook", "eventTypes", List.of("RepairOrderSigned"))).post(hooks("")).then()
                .statusCode(403).contentType("application/problem+json");
        for (String role : List.of(Roles.ADVISOR, Roles.WORKSHOP, Roles.CASHIER, Roles.CUSTOMER_SERVICE)) {
            floor.shop.as(role).get(hooks("")).then().statusCode(403).contentType("application/problem+json");
        }
        // Another client does not see it (404, like another store's); the manager sees every client's.
        Response theirs = integrator("warehouse").body(Map.of("url", "https://127.0.0.1:9/in", "eventTypes", List.of("RepairOrderHandedOver"))).post(hooks(""));
        theirs.then().statusCode(201);
        integrator("warehouse").get(hooks("/" + id)).then().statusCode(404).contentType("application/problem+json");
        integrator("warehouse").post(hooks("/" + id + "/pause")).then().statusCode(404);
        integrator(CLIENT).get(hooks("")).then().statusCode(200).body("items.id", contains(id), "items[0].secret", is((Object) null));
        floor.shop.manager().get(hooks("")).then().statusCode(200).body("items.id", contains(id, theirs.path("subscription.id")));
        Api.withToken(TestTokens.integrator(CLIENT, "ZZ99")).get(hooks("/" + id)).then().statusCode(404);
        // Transitions: pause twice is a conflict; delete keeps it readable.
        floor.shop.manager().post(hooks("/" + id + "/pause")).then().statusCode(200).body("status", is("PAUSED"), "pausedBy", is("service-manager-user"),
                "pausedForFailing", is(false), "pausedAt", is(AT_10));
        integrator(CLIENT).post(hooks("/" + id + "/pause")).then().statusCode(409).body("code", is("webhook-not-active"));
        integrator(CLIENT).post(hooks("/" + id + "/resume")).then().statusCode(200).body("status", is("ACTIVE"));
        integrator(CLIENT).delete(hooks("/" + id)).then().statusCode(204);
        integrator(CLIENT).get(hooks("/" + id)).then().statusCode(200).body("status", is("DELETED"));
        integrator(CLIENT).post(hooks("/" + id + "/resume")).then().statusCode(409);
        floor.shop.manager().get(floor.shop.path("/audit-entries?entityType=webhook-subscription&entityId=" + id)).then().statusCode(200)
                .body("items.action", hasItem("deleted"));
        integrator("warehouse").delete(hooks("/" + theirs.path("subscription.id"))).then().statusCode(204);
        // A deleted subscription gets nothing.
        floor.handedOver(floor.zhou, WorkshopFloor.job("更换机油", "1.0", null));
        dispatcher.dispatch(floor.shop.code);
        assertEquals(0, receiver.received.size());
    }

    private List<String> story(String subject) {
        return receiver.of(subject).stream().map(r -> r.type() + ":" + r.answered()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
