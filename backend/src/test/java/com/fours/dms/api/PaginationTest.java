package com.fours.dms.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import com.fours.dms.shared.persistence.Cursor;
import com.fours.dms.support.BookingStore;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every list endpoint pages with the one helper (shared/persistence PageRequest + Cursor): a cursor
 * the API did not issue, or a limit out of bounds, is a 400 problem naming the field, never a 500.
 */
@QuarkusTest
class PaginationTest {
    static final Map<String, Object> APPOINTMENT_WEEK = Map.of("from", "2026-11-23", "to", "2026-11-29");
    BookingStore shop;
    List<Map.Entry<String, Map<String, Object>>> lists;

    @BeforeEach
    void lists() {
        shop = BookingStore.open();
        String vehicle = shop.customerWithVehicle()[1];
        lists = new ArrayList<>();
        lists.add(Map.entry("/customers", Map.of()));
        lists.add(Map.entry("/vehicles", Map.of()));
        lists.add(Map.entry("/vehicles", Map.of("q", "京A")));
        lists.add(Map.entry("/vehicles/" + vehicle + "/service-history", Map.of()));
        lists.add(Map.entry("/appointments", APPOINTMENT_WEEK));
        lists.add(Map.entry("/repair-orders", Map.of()));
        lists.add(Map.entry("/tasks", Map.of()));
        lists.add(Map.entry("/notifications", Map.of()));
        lists.add(Map.entry("/audit-entries", Map.of()));
        lists.add(Map.entry("/events", Map.of()));
        lists.add(Map.entry("/supplementary-items/awaiting-decision", Map.of()));
    }

    @Test
    void aCursorTheApiDidNotIssueIsA400OnTheCursorField() {
        lists.forEach(e -> shop.manager().queryParams(e.getValue()).queryParam("cursor", "not a cursor!").get(shop.path(e.getKey()))
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("cursor")));
    }

    @Test
    void aLimitOutOfBoundsIsA400OnTheLimitField() {
        lists.forEach(e -> {
            shop.manager().queryParams(e.getValue()).queryParam("limit", 0).get(shop.path(e.getKey()))
                    .then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("limit"));
            shop.manager().queryParams(e.getValue()).queryParam("limit", 1).get(shop.path(e.getKey())).then().statusCode(200);
        });
        // the calendar's page holds a week: its bounds are its own, the rule is the same
        shop.manager().queryParams(APPOINTMENT_WEEK).queryParam("limit", 501).get(shop.path("/appointments"))
                .then().statusCode(400).body("violations.field", contains("limit"), "violations[0].message", containsString("500"));
        shop.manager().queryParam("limit", 101).get(shop.path("/customers"))
                .then().statusCode(400).body("violations[0].message", containsString("100"));
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        // an id-ordered list's cursor given to the calendar (ordered by arrival time), and the other way round
        String byId = Cursor.after(UUID.randomUUID()).encode();
        String byArrival = Cursor.after(java.time.Instant.parse("2026-11-24T01:30:00Z"), UUID.randomUUID()).encode();
        shop.manager().queryParams(APPOINTMENT_WEEK).queryParam("cursor", byId).get(shop.path("/appointments"))
                .then().statusCode(400).body("violations.field", contains("cursor"));
        shop.manager().queryParam("cursor", byArrival).get(shop.path("/customers"))
                .then().statusCode(400).body("violations.field", contains("cursor"));
        shop.manager().queryParam("cursor", byId).get(shop.path("/customers")).then().statusCode(200);
    }
}
