package com.fours.dms.api;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.catalogue.api.Catalogue;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.HeldTransaction;
import com.fours.dms.support.Json;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.TestTokens;
import com.fours.dms.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 "Reading changes": the lists an integrator syncs from, read with ?updatedSince=, give every
 * change once, in commit order, while rows are inserted and changed between pages; the sync cursor
 * resumes after the last change, also past a change that committed late with an earlier clock.
 */
@QuarkusTest
class ChangeFeedTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final String SINCE = "2026-11-01T00:00:00+08:00";

    @Inject
    MutableClock clock;

    Catalogue cat;

    @BeforeEach
    void store() {
        clock.set(NOW);
        cat = Catalogue.open();
    }

    private String operation(String code) {
        return cat.operation(Catalogue.brakePadsJob().code(code));
    }

    private JsonPath feed(String cursor, int limit) {
        var r = cat.shop.as(Roles.INTEGRATOR).queryParam("updatedSince", SINCE).queryParam("limit", limit);
        if (cursor != null) {
            r = r.queryParam("cursor", cursor);
        }
        return r.get(cat.path("/operations")).then().statusCode(200).extract().jsonPath();
    }

    private void rename(String id, int version, String nameEn) {
        Map<String, Object> body = Json.body(Catalogue.brakePadsJob().code(cat.shop.manager().get(cat.path("/operations/" + id)).then().extract().path("code"))
                .nameEn(nameEn).build());
        cat.shop.manager().header("If-Match", "\"" + version + "\"").body(body).put(cat.path("/operations/" + id)).then().statusCode(200);
    }

    @Test
    void pagingWhileRowsAreAddedAndChangedSkipsNothingAndServesNoVersionTwice() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clock.set(NOW.plusSeconds(i));
            ids.add(operation("OP-" + i));
        }
        List<String> seen = new ArrayList<>(); // id@nameEn, in the order served
        JsonPath page = feed(null, 2);
        page.<Map<String, Object>>getList("items").forEach(o -> seen.add(o.get("id") + "@" + o.get("nameEn")));
        assertEquals(List.of(ids.get(0), ids.get(1)), page.getList("items.id"));

        // Between pages: one already served changes, one not yet served changes, a new one is added.
        clock.set(NOW.plusSeconds(60));
        rename(ids.get(0), 0, "first, changed");
        rename(ids.get(3), 0, "fourth, changed");
        String added = operation("OP-NEW");

        String cursor = page.getString("nextCursor");
        while (cursor != null) {
            page = feed(cursor, 2);
            page.<Map<String, Object>>getList("items").forEach(o -> seen.add(o.get("id") + "@" + o.get("nameEn")));
            cursor = page.getString("nextCursor");
        }
        String first = ids.get(0), fourth = ids.get(3);
        assertEquals(List.of(first + "@Replace front brake pads", ids.get(1) + "@Replace front brake pads", ids.get(2) + "@Replace front brake pads",
                ids.get(4) + "@Replace front brake pads", first + "@first, changed", fourth + "@fourth, changed", added + "@Replace front brake pads"), seen,
                "every row, each version once, changed rows again after their change (in commit order), the fourth only in its new version");
        assertEquals(seen.size(), new HashSet<>(seen).size());

        // Later: the sync cursor gives only what changed after it.
        String sync = page.getString("syncCursor");
        feed(sync, 10).getList("items").forEach(i -> { throw new AssertionError("nothing changed, yet the feed served " + i); });
        clock.set(NOW.plusSeconds(120));
        rename(ids.get(2), 0, "third, changed");
        JsonPath later = feed(sync, 10);
        assertEquals(List.of(ids.get(2)), later.getList("items.id"));
        assertEquals("third, changed", later.getString("items[0].nameEn"));
    }

    @Test
    void aChangeThatCommitsLateWithAnEarlierClockIsNotSkipped() throws Exception {
        String early = operation("OP-EARLY");
        String other = operation("OP-OTHER");
        String sync = feed(null, 10).getString("syncCursor");

        // A writer stamps its change at 10:00 but commits only after another change stamped 10:05 was read.
        HeldTransaction<Integer> slow = HeldTransaction.hold(HeldTransaction.sql(
                "update catalogue_operation set name_en = 'slow writer', updated_at = ?1, version = version + 1 where id = ?2",
                NOW.plus(Duration.ofMinutes(10)), UUID.fromString(early)));
        clock.set(NOW.plus(Duration.ofMinutes(15)));
        rename(other, 0, "quick writer");
        JsonPath read = feed(sync, 10);
        assertEquals(List.of(other), read.getList("items.id"));
        slow.commit();

        JsonPath next = feed(read.getString("syncCursor"), 10);
        assertEquals(List.of(early), next.getList("items.id"), "the late commit comes after the cursor, though its updatedAt is earlier");
        assertEquals("slow writer", next.getString("items[0].nameEn"));
    }

    @Test
    void updatedSinceFiltersAndBadValuesAreProblems() {
        clock.set(Instant.parse("2026-10-01T00:00:00Z"));
        operation("OP-OLD");
        clock.set(NOW);
        String recent = operation("OP-RECENT");
        assertEquals(List.of(recent), feed(null, 10).getList("items.id"));
        cat.shop.as(Roles.INTEGRATOR).queryParam("updatedSince", "yesterday").get(cat.path("/operations")).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("updatedSince"));
        cat.shop.as(Roles.INTEGRATOR).queryParam("updatedSince", SINCE).queryParam("limit", 101).get(cat.path("/operations")).then().statusCode(400)
                .body("violations.field", contains("limit"));
        String feedCursor = feed(null, 1).getString("syncCursor");
        cat.shop.as(Roles.INTEGRATOR).queryParam("cursor", feedCursor).get(cat.path("/operations")).then().statusCode(400)
                .body("violations.field", contains("updatedSince"));
        // Parts have the same feed.
        String part = cat.part(Catalogue.oilFilter());
        cat.shop.as(Roles.INTEGRATOR).queryParam("updatedSince", SINCE).get(cat.path("/parts")).then().statusCode(200)
                .body("items.id", contains(part), "syncCursor", notNullValue());
    }

    @Test
    void anIntegratorSyncsOnlyTheAppointmentsItBooked() {
        BookingStore shop = cat.shop;
        String[] cv = shop.customerWithVehicle();
        String mine = Api.withToken(TestTokens.integrator("crm-a", shop.code)).header("Idempotency-Key", Fixtures.unique("k"))
                .body(withChannel(shop.booking(cv, "2026-11-24T01:00:00Z"))).post(shop.path("/appointments")).then().statusCode(201).extract().path("id");
        Api.withToken(TestTokens.integrator("crm-b", shop.code)).header("Idempotency-Key", Fixtures.unique("k"))
                .body(withChannel(shop.booking(shop.customerWithVehicle(), "2026-11-24T02:00:00Z"))).post(shop.path("/appointments")).then().statusCode(201);
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T03:00:00Z")).post(shop.path("/appointments")).then().statusCode(201);

        JsonPath a = Api.withToken(TestTokens.integrator("crm-a", shop.code)).queryParam("updatedSince", SINCE).get(shop.path("/appointments"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(mine), a.getList("items.id"));
        shop.as(Roles.ADVISOR).queryParam("updatedSince", SINCE).get(shop.path("/appointments")).then().statusCode(200).body("items", hasSize(3));
        Api.withToken(TestTokens.integrator("crm-a", shop.code)).queryParam("from", "2026-11-24").queryParam("to", "2026-11-24").get(shop.path("/appointments"))
                .then().statusCode(200).body("items.id", contains(mine));

        // Its cancellation comes again through the sync cursor.
        String etag = Api.withToken(TestTokens.integrator("crm-a", shop.code)).get(shop.path("/appointments/" + mine)).then().extract().header("ETag");
        Api.withToken(TestTokens.integrator("crm-a", shop.code)).header("If-Match", etag).body(Map.of("reason", "客户改期"))
                .post(shop.path("/appointments/" + mine + "/cancel")).then().statusCode(200);
        Api.withToken(TestTokens.integrator("crm-a", shop.code)).queryParam("updatedSince", SINCE).queryParam("cursor", a.getString("syncCursor"))
                .get(shop.path("/appointments")).then().statusCode(200).body("items.id", contains(mine), "items[0].status", is("CANCELLED"));
        shop.as(Roles.ADVISOR).queryParam("updatedSince", SINCE).queryParam("from", "2026-11-24").get(shop.path("/appointments")).then().statusCode(400)
                .body("violations.field", contains("updatedSince"));
    }

    private static Map<String, Object> withChannel(Map<String, Object> b) {
        b.put("channel", "INTEGRATOR");
        return b;
    }
}
