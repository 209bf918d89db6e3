package com.fours.dms.inspection;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.inspection.api.Inspections;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.HeldTransaction;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two tablets start the check-in of one order at the same moment (R-CHK-1): one inspection, and a 409 for the other, never a 500. */
@QuarkusTest
class InspectionConcurrencyTest {
    @Inject
    MutableClock clock;

    @Test
    void simultaneousStartsCreateOneInspectionAndTheOtherGetsAConflict() throws Exception {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        BookingStore shop = BookingStore.open();
        Inspections inspections = Inspections.in(shop);
        Response order = inspections.walkIn();
        UUID orderId = UUID.fromString(order.path("id"));
        UUID firstId = UUID.randomUUID();

        // The first tablet's start has inserted its inspection and not committed yet; the second passes the "none yet" check.
        HeldTransaction<Integer> first = HeldTransaction.hold(HeldTransaction.sql("""
                insert into check_in_inspection (id, store_code, repair_order_id, version_number, is_current, created_at, updated_at)
                values (?1, ?2, ?3, 1, true, now(), now())""", firstId, shop.code, orderId));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> inspections.create(order, Inspections.body(null, null)));
        first.awaitSomeoneBlocked();
        first.commit();

        Response lost = second.get(30, TimeUnit.SECONDS);
        assertEquals(409, lost.statusCode(), lost.asString());
        lost.then().contentType("application/problem+json").body("code", is("inspection-exists"));
        shop.as(Roles.ADVISOR).get(inspections.path(order, "")).then().statusCode(200).body("id", is(firstId.toString())).body("versionNumber", is(1));
        shop.as(Roles.ADVISOR).get(inspections.path(order, "/versions")).then().statusCode(200).body("size()", is(1));
    }
}
