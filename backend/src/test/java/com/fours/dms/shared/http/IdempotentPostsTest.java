package com.fours.dms.shared.http;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.support.Api;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: every POST honours Idempotency-Key, not only the creates that declare it. A retry
 * with the same key and request gets the first answer (Idempotent-Replayed) and nothing happens
 * twice; the same key with another request is 422; a failed attempt does not use the key up; keys
 * expire after 24 h (cleanup job).
 */
@QuarkusTest
class IdempotentPostsTest {
    @Inject
    MutableClock clock;

    @Inject
    IdempotencyCleanup cleanup;

    BookingStore shop;

    @BeforeEach
    void open() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        shop = BookingStore.open();
    }

    private static Map<String, Object> bay(String code) {
        return Map.of("code", code, "name", "快修工位 " + code, "bayType", "GENERAL", "active", true);
    }

    private Response postBay(String key, Map<String, Object> body) {
        return shop.manager().header("Idempotency-Key", key).body(body).post(shop.path("/bays"));
    }

    private List<Map<String, Object>> bays(String code) {
        List<Map<String, Object>> all = shop.manager().get(shop.path("/bays")).then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(b -> code.equals(b.get("code"))).toList();
    }

    @Test
    void aRetriedPostReplaysTheFirstAnswerAndCreatesNothingTwice() {
        String key = UUID.randomUUID().toString();
        Response first = postBay(key, bay("Q1"));
        assertEquals(201, first.statusCode(), first.asString());
        assertNull(first.header("Idempotent-Replayed"));
        Response again = postBay(key, bay("Q1"));
        assertEquals(first.statusCode(), again.statusCode(), again.asString());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals((Object) first.path("id"), again.path("id"));
        assertEquals(1, bays("Q1").size(), "one bay, however often the tablet retried");
        // Without the key, the same request is a new one: the code is taken.
        shop.manager().body(bay("Q1")).post(shop.path("/bays")).then().statusCode(409);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndAFailedAttemptDoesNotUseTheKeyUp() {
        String key = UUID.randomUUID().toString();
        postBay(key, Map.of("code", "", "name", "x", "bayType", "GENERAL", "active", true)).then().statusCode(400);
        postBay(key, bay("Q2")).then().statusCode(201);
        postBay(key, bay("Q3")).then().statusCode(422).contentType("application/problem+json").body("code", is("idempotency-key-reused"));
        assertTrue(bays("Q3").isEmpty());
    }

    @Test
    void aStateChangeRetriedWithItsKeyAnswersTheSameInsteadOfARefusal() {
        String key = UUID.randomUUID().toString();
        // A webhook subscription paused twice: the retry replays the first answer.
        String sub = Api.withToken(TestTokens.integrator("idem-crm", shop.code)).body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("AppointmentBooked")))
                .post(shop.path("/webhook-subscriptions")).then().statusCode(201).extract().path("subscription.id");
        Response first = Api.withToken(TestTokens.integrator("idem-crm", shop.code)).header("Idempotency-Key", key).post(shop.path("/webhook-subscriptions/" + sub + "/pause"));
        assertEquals(200, first.statusCode(), first.asString());
        Response again = Api.withToken(TestTokens.integrator("idem-crm", shop.code)).header("Idempotency-Key", key)
                .post(shop.path("/webhook-subscriptions/" + sub + "/pause"));
        assertEquals(200, again.statusCode(), again.asString());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.jsonPath().getMap("$"), again.jsonPath().getMap("$"));
        Api.withToken(TestTokens.integrator("idem-crm", shop.code)).header("Idempotency-Key", key).post(shop.path("/webhook-subscriptions/" + sub + "/resume"))
                .then().statusCode(422).body("code", is("idempotency-key-reused"));
    }

    @Test
    void anUploadRetriedWithItsKeyImportsOnce() {
        byte[] csv = """
                part_number,name_zh,name_en,grade,list_price,cost,critical_system,supersedes,on_hand,expected_arrival
                IDEM-1,机油滤清器,Oil filter,OEM,85.00,52.30,false,,10,
                """.getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();
        String first = shop.manager().header("Idempotency-Key", key).contentType("multipart/form-data").multiPart("file", "p.csv", csv, "text/csv")
                .queryParam("kind", "PARTS").post(shop.path("/catalogue/imports")).then().statusCode(201).extract().path("id");
        Response again = shop.manager().header("Idempotency-Key", key).contentType("multipart/form-data").multiPart("file", "p.csv", csv, "text/csv")
                .queryParam("kind", "PARTS").post(shop.path("/catalogue/imports"));
        assertEquals(201, again.statusCode(), again.asString());
        assertEquals(first, again.path("id"));
        shop.manager().get(shop.path("/catalogue/imports")).then().statusCode(200).body("items", hasSize(1));
        // Another file under the same key is another request.
        byte[] other = (new String(csv, StandardCharsets.UTF_8) + "IDEM-2,空滤,Air filter,OEM,60,30,false,,5,\n").getBytes(StandardCharsets.UTF_8);
        shop.manager().header("Idempotency-Key", key).contentType("multipart/form-data").multiPart("file", "p.csv", other, "text/csv")
                .queryParam("kind", "PARTS").post(shop.path("/catalogue/imports")).then().statusCode(422).body("code", is("idempotency-key-reused"));
    }

    @Test
    void keysExpireAfter24HoursAndTheCleanupDeletesThem() {
        String key = UUID.randomUUID().toString();
        postBay(key, bay("Q5")).then().statusCode(201);
        clock.advance(Duration.ofHours(23));
        postBay(key, bay("Q6")).then().statusCode(422);
        clock.advance(Duration.ofHours(2));
        // Expired: the key acts anew, even before the cleanup ran.
        postBay(key, bay("Q6")).then().statusCode(201);
        assertEquals(1, bays("Q6").size());
        clock.advance(Duration.ofHours(25));
        assertTrue(cleanup.purge() >= 1, "the expired keys are deleted");
        postBay(key, bay("Q7")).then().statusCode(201);
    }
}
