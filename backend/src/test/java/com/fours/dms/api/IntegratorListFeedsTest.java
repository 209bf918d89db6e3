package com.fours.dms.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.catalogue.api.Catalogue;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.TestTokens;
import com.fours.dms.support.WorkshopFloor;
import com.fours.dms.webhook.WebhookDispatcher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 "Reading changes", the lists ChangeFeedTest does not cover: catalogue imports, webhook
 * subscriptions, their deliveries and the order-status feed. For each, rows added and changed while a
 * client pages with ?updatedSince= are served once in each version (a row changed after it was served
 * comes again; one changed before is served only in its new version; nothing is skipped); the page's
 * syncCursor later gives only what changed after it; a limit above the maximum and an unknown query
 * parameter are 400 problems naming them.
 */
@QuarkusTest
class IntegratorListFeedsTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final String SINCE = "2026-11-01T00:00:00+08:00";
    static final String CLIENT = "crm-sync";

    @Inject
    MutableClock clock;

    @Inject
    WebhookDispatcher dispatcher;

    BookingStore shop;

    @BeforeEach
    void store() {
        clock.set(NOW);
        shop = BookingStore.open();
    }

    private RequestSpecification crm() {
        return Api.withToken(TestTokens.integrator(CLIENT, shop.code));
    }

    /** One page of a feed as the integrator reads it. */
    private JsonPath page(String path, String cursor, int limit) {
        RequestSpecification r = crm().queryParam("updatedSince", SINCE).queryParam("limit", limit);
        if (cursor != null) {
            r = r.queryParam("cursor", cursor);
        }
        return r.get(path).then().statusCode(200).extract().jsonPath();
    }

    /**
     * Reads a feed from its first page to its end, 2 rows a page, running {@code between} after the
     * first page; returns each row served as id@version (in the order served) and the last page.
     */
    private record Read(List<String> served, JsonPath last) {}

    private Read read(String path, Function<Map<String, Object>, Object> version, Runnable between) {
        List<String> served = new ArrayList<>();
        JsonPath p = page(path, null, 2);
        p.<Map<String, Object>>getList("items").forEach(o -> served.add(o.get("id") + "@" + version.apply(o)));
        between.run();
        String cursor = p.getString("nextCursor");
        while (cursor != null) {
            p = page(path, cursor, 2);
            p.<Map<String, Object>>getList("items").forEach(o -> served.add(o.get("id") + "@" + version.apply(o)));
            cursor = p.getString("nextCursor");
        }
        assertEquals(served.size(), new HashSet<>(served).size(), "no version served twice: " + served);
        return new Read(served, p);
    }

    /** After a sync: nothing until something changes, then only that. */
    private void syncResumesWithOnlyLaterChanges(String path, String sync, Supplier<String> change) {
        assertEquals(List.of(), page(path, sync, 10).getList("items"), "nothing changed after the sync cursor");
        clock.advance(Duration.ofMinutes(5));
        String changed = change.get();
        assertEquals(List.of(changed), page(path, sync, 10).getList("items.id"), "only the later change");
    }

    /** The rules every list shares: a limit above the maximum and an unknown parameter are refused, naming them. */
    private void refusesTooLargeLimitsAndUnknownParameters(String path) {
        crm().queryParam("updatedSince", SINCE).queryParam("limit", 101).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("limit"));
        crm().queryParam("limit", 101).get(path).then().statusCode(400).body("violations.field", contains("limit"));
        // Unchecked against the contract: the point is a parameter it does not describe.
        RestAssured.given().auth().oauth2(TestTokens.integrator(CLIENT, shop.code)).queryParam("updatedSince", SINCE).queryParam("changedSince", SINCE)
                .get(path).then().statusCode(400).contentType("application/problem+json")
                .body("code", is("unknown-query-parameter"), "violations.field", contains("changedSince"), "violations[0].message", containsString("updatedSince"));
        crm().queryParam("updatedSince", "last week").get(path).then().statusCode(400).body("violations.field", contains("updatedSince"));
    }

    @Test
    void catalogueImportsArrivingWhileAClientPagesAreEachServedOnce() {
        Catalogue cat = Catalogue.of(shop);
        List<String> ids = new ArrayList<>();
        Supplier<String> upload = () -> {
            clock.advance(Duration.ofSeconds(1));
            String location = cat.upload("PARTS", true, "prices.csv", "part_number,list_price\nBP-4411,420\n".getBytes(StandardCharsets.UTF_8))
                    .then().statusCode(200).extract().header("Location");
            return location.substring(location.lastIndexOf('/') + 1);
        };
        for (int i = 0; i < 3; i++) {
            ids.add(upload.get());
        }
        List<String> added = new ArrayList<>();
        Read r = read(cat.path("/imports"), o -> "once", () -> added.add(upload.get())); // an import never changes
        assertEquals(List.of(ids.get(0) + "@once", ids.get(1) + "@once", ids.get(2) + "@once", added.get(0) + "@once"), r.served(),
                "in the order they committed, the one added meanwhile last");
        syncResumesWithOnlyLaterChanges(cat.path("/imports"), r.last().getString("syncCursor"), upload);
        refusesTooLargeLimitsAndUnknownParameters(cat.path("/imports"));
    }

    private String hooks(String rest) {
        return shop.path("/webhook-subscriptions" + rest);
    }

    private String subscribe(String client, String type) {
        return Api.withToken(TestTokens.integrator(client, shop.code)).body(Map.of("url", "http://localhost:1/hooks/" + Fixtures.unique("h"), "eventTypes", List.of(type)))
                .post(hooks("")).then().statusCode(201).extract().path("subscription.id");
    }

    @Test
    void subscriptionsPausedAndAddedWhileAClientPagesAreNeitherSkippedNorRepeated() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(1));
            ids.add(subscribe(CLIENT, "AppointmentBooked"));
        }
        subscribe("another-client", "AppointmentBooked"); // not this client's: never in its feed
        List<String> added = new ArrayList<>();
        Read r = read(hooks(""), o -> o.get("status"), () -> {
            clock.advance(Duration.ofMinutes(1));
            crm().post(hooks("/" + ids.get(0) + "/pause")).then().statusCode(200);
            crm().post(hooks("/" + ids.get(2) + "/pause")).then().statusCode(200);
            added.add(subscribe(CLIENT, "AppointmentCancelled"));
        });
        String s0 = ids.get(0), s1 = ids.get(1), s2 = ids.get(2), s3 = ids.get(3);
        assertEquals(List.of(s0 + "@ACTIVE", s1 + "@ACTIVE", s3 + "@ACTIVE", s0 + "@PAUSED", s2 + "@PAUSED", added.get(0) + "@ACTIVE"), r.served(),
                "the paused ones again after their change, the third only paused; the new one last");
        syncResumesWithOnlyLaterChanges(hooks(""), r.last().getString("syncCursor"), () -> {
            crm().post(hooks("/" + s1 + "/pause")).then().statusCode(200);
            return s1;
        });
        // The manager's feed has every client's.
        shop.manager().queryParam("updatedSince", SINCE).queryParam("limit", 100).get(hooks("")).then().statusCode(200)
                .body("items.size()", is(6));
        refusesTooLargeLimitsAndUnknownParameters(hooks(""));
    }

    @Test
    void deliveriesRetriedWhileAClientPagesComeAgainInTheirNewVersionOnly() {
        String sub = subscribe(CLIENT, "AppointmentBooked"); // nothing listens on port 1: every attempt fails at once
        for (int i = 0; i < 3; i++) {
            shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T0" + (1 + i) + ":00:00Z")).post(shop.path("/appointments"))
                    .then().statusCode(201);
        }
        dispatcher.dispatch(shop.code);
        String log = hooks("/" + sub + "/deliveries");
        Read r = read(log, o -> o.get("attempts"), () -> {
            clock.advance(Duration.ofMinutes(1)); // past the first backoff (at most 30 s): all three are tried again
            dispatcher.dispatch(shop.code);
        });
        List<String> firstPage = r.served().subList(0, 2).stream().map(v -> v.substring(0, v.indexOf('@'))).toList();
        List<Map<String, Object>> all = crm().queryParam("limit", 10).get(log).then().statusCode(200).extract().path("items");
        assertEquals(3, all.size());
        Set<String> expected = new HashSet<>();
        for (Map<String, Object> d : all) {
            assertEquals(2, d.get("attempts"), "tried twice: " + d);
            expected.add(d.get("id") + "@2");
            if (firstPage.contains((String) d.get("id"))) {
                expected.add(d.get("id") + "@1");
            }
        }
        assertEquals(expected, new HashSet<>(r.served()), "every delivery in its latest version; those served first also in their first");
        assertEquals(5, r.served().size());
        String last = (String) all.get(2).get("id");
        syncResumesWithOnlyLaterChanges(log, r.last().getString("syncCursor"), () -> {
            shop.manager().post(hooks("/" + sub + "/deliveries/" + last + "/replay")).then().statusCode(200);
            return last;
        });
        refusesTooLargeLimitsAndUnknownParameters(log);
    }

    @Test
    void orderStatusesOfTheVehiclesAClientBookedAreAFeedThatSkipsNothing() {
        WorkshopFloor floor = WorkshopFloor.in(shop);
        List<String[]> booked = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // one open order per vehicle: four booked vehicles
            String[] cv = shop.customerWithVehicle();
            Map<String, Object> b = shop.booking(cv, "2026-11-24T0" + (1 + i) + ":00:00Z");
            b.put("channel", "INTEGRATOR");
            crm().header("Idempotency-Key", Fixtures.unique("k")).body(b).post(shop.path("/appointments")).then().statusCode(201);
            booked.add(cv);
        }
        String o1 = order(booked.get(0)), o2 = order(booked.get(1));
        order(shop.customerWithVehicle()); // a vehicle the client did not book
        String o4 = order(booked.get(2));
        String path = shop.path("/order-statuses");
        List<String> added = new ArrayList<>();
        Read r = read(path, o -> o.get("status"), () -> {
            clock.advance(Duration.ofMinutes(1));
            submit(o1, floor);
            submit(o4, floor);
            added.add(order(booked.get(3)));
        });
        assertEquals(List.of(o1 + "@DRAFT", o2 + "@DRAFT", o1 + "@AWAITING_SIGNATURE", o4 + "@AWAITING_SIGNATURE", added.get(0) + "@DRAFT"), r.served(),
                "the client's orders only; changed ones again, the fourth only in its new status");
        assertEquals(booked.get(3)[1], r.last().getString("items[-1].vehicleId"), "each status names its vehicle");
        syncResumesWithOnlyLaterChanges(path, r.last().getString("syncCursor"), () -> submit(o2, floor));
        // Staff read every order of the store; the feed needs updatedSince.
        shop.as(Roles.CUSTOMER_SERVICE).queryParam("updatedSince", SINCE).queryParam("limit", 100).get(path).then().statusCode(200).body("items.size()", is(5));
        crm().get(path).then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("updatedSince"));
        Api.withToken(TestTokens.integrator("booked-nothing", shop.code)).queryParam("updatedSince", SINCE).get(path).then().statusCode(200)
                .body("items.size()", is(0), "syncCursor", org.hamcrest.Matchers.notNullValue());
        refusesTooLargeLimitsAndUnknownParameters(path);
    }

    /** A walk-in order for this vehicle, by the advisor; returns its id. */
    private String order(String[] cv) {
        clock.advance(Duration.ofSeconds(1));
        return shop.as(Roles.ADVISOR).body(Map.of("customerId", cv[0], "vehicleId", cv[1], "requestedWork", "保养"))
                .post(shop.path("/repair-orders")).then().statusCode(201).extract().path("id");
    }

    /** Adds a job and submits the order for the customer's signature (DRAFT → AWAITING_SIGNATURE). */
    private String submit(String id, WorkshopFloor floor) {
        String at = shop.path("/repair-orders/" + id);
        Response line = shop.as(Roles.ADVISOR).header("If-Match", shop.as(Roles.ADVISOR).get(at).header("ETag"))
                .body(WorkshopFloor.job("更换机油", "1.0", null)).post(at + "/lines");
        line.then().statusCode(200);
        shop.as(Roles.ADVISOR).header("If-Match", line.header("ETag")).body(Map.of()).post(at + "/submit-for-signature").then().statusCode(200)
                .body("status", is("AWAITING_SIGNATURE"));
        return id;
    }
}
