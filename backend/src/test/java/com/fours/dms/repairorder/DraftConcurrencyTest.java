package com.fours.dms.repairorder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.HeldTransaction;
import com.fours.dms.support.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** R-PRE-1: an appointment has one prepared draft, even when two transactions prepare it at the same moment. */
@QuarkusTest
class DraftConcurrencyTest {
    @Inject
    MutableClock clock;

    @Inject
    RepairOrderDrafts drafts;

    @Inject
    EntityManager em;

    @Test
    void twoSimultaneousDraftsForOneAppointmentAreTheSameDraft() throws Exception {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        BookingStore shop = BookingStore.open();
        String[] cv = shop.customerWithVehicle();
        Map<String, Object> booking = shop.booking(cv, "2026-11-24T01:00:00Z");
        booking.put("channel", "WEB");
        Response appointment = shop.as(Roles.ADVISOR).body(booking).post(shop.path("/appointments"));
        appointment.then().statusCode(201);
        org.junit.jupiter.api.Assertions.assertNull(appointment.<String>path("repairOrderId"), "a web request has no draft until it is confirmed");
        RepairOrderDrafts.Draft d = new RepairOrderDrafts.Draft(UUID.fromString(appointment.path("id")), UUID.fromString(cv[0]), UUID.fromString(cv[1]),
                UUID.fromString(appointment.path("advisor.id")), "1万公里保养", false);

        HeldTransaction<UUID> first = HeldTransaction.hold(() -> drafts.draftFor(shop.code, d));
        CompletableFuture<UUID> second = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> drafts.draftFor(shop.code, d)));
        first.awaitSomeoneBlocked();
        UUID won = first.commit();

        assertEquals(won, second.get(30, TimeUnit.SECONDS), "the second caller gets the draft the first one created");
        long drafts = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from repair_order where appointment_id = ?1")
                .setParameter(1, d.appointmentId()).getSingleResult()).longValue());
        assertEquals(1, drafts);
    }
}
