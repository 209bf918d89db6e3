package com.fours.dms.appointment;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.HeldTransaction;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * R-PRE-4: two advisors record the readiness check of one appointment with the same If-Match at
 * the same moment. One wins; the other gets a 409 and reloads, instead of silently overwriting it.
 */
@QuarkusTest
class ReadinessConcurrencyTest {
    @Inject
    MutableClock clock;

    @Test
    void theSecondOfTwoChecksOnTheSameVersionIsRefused() throws Exception {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        BookingStore shop = BookingStore.open();
        String appointmentId = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T01:00:00Z"))
                .post(shop.path("/appointments")).then().statusCode(201).extract().path("id");
        String url = shop.path("/appointments/" + appointmentId + "/readiness");
        String etag = shop.as(Roles.ADVISOR).get(url).then().statusCode(200).extract().header("ETag");

        // The first advisor's check (on version 0) is written and not committed yet; the second passes the If-Match check.
        HeldTransaction<Integer> first = HeldTransaction.hold(HeldTransaction.sql("""
                insert into appointment_readiness (appointment_id, technician, parts, special_tools, technical_documents, checked_by, checked_at, version)
                values (?1, 'READY', 'READY', 'READY', 'READY', 'wang', now(), 1)""", UUID.fromString(appointmentId)));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> shop.as(Roles.ADVISOR).header("If-Match", etag)
                .body(Map.of("technician", "READY", "parts", "NOT_READY", "specialTools", "READY", "technicalDocuments", "READY", "note", "刹车盘缺货"))
                .put(url));
        first.awaitSomeoneBlocked();
        first.commit();

        Response lost = second.get(30, TimeUnit.SECONDS);
        assertEquals(409, lost.statusCode(), lost.asString());
        lost.then().contentType("application/problem+json").body("code", is("readiness-changed"));
        shop.as(Roles.ADVISOR).get(url).then().statusCode(200).body("version", is(1)).body("parts", is("READY")).body("checkedBy", is("wang"));
    }
}
