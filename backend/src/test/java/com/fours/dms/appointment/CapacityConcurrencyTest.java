package com.fours.dms.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * R-APT-3 under load: many bookings fired at once at a few slots. The shop has two advisors
 * (one arrival each per slot) and two bays/technicians, so each start time takes exactly two
 * bookings, and overlapping 60-minute jobs share the workshop's two places.
 */
@QuarkusTest
class CapacityConcurrencyTest {
    private static final Logger LOG = Logger.getLogger(CapacityConcurrencyTest.class);

    @Inject
    MutableClock clock;

    @Test
    void concurrentBookingsNeverOverbook() throws Exception {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        BookingStore shop = BookingStore.open();
        // 09:00 and 09:30 overlap (60-minute jobs): together they may only ever hold two jobs in the workshop.
        List<String> slots = List.of("2026-11-24T01:00:00Z", "2026-11-24T01:30:00Z", "2026-11-24T03:00:00Z");
        int perSlot = 16;
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (String slot : slots) {
            for (int i = 0; i < perSlot; i++) {
                bodies.add(shop.booking(shop.customerWithVehicle(), slot));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (Map<String, Object> body : bodies) {
            futures.add(pool.submit(() -> {
                go.await();
                return shop.as(Roles.ADVISOR).body(body).post(shop.path("/appointments"));
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        Map<String, Integer> booked = new java.util.TreeMap<>();
        int refused = 0;
        for (Future<Response> f : futures) {
            Response r = f.get(60, TimeUnit.SECONDS);
            if (r.statusCode() == 201) {
                booked.merge(r.path("arrivalAt"), 1, Integer::sum);
            } else {
                assertEquals(409, r.statusCode(), r.asString());
                assertEquals("R-APT-3", r.path("code"));
                refused++;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        pool.shutdown();
        LOG.infof("capacity concurrency: %d requests, %d booked %s, %d refused, %d ms", bodies.size(), bodies.size() - refused, booked, refused, millis);
        int morning = booked.getOrDefault(slots.get(0), 0) + booked.getOrDefault(slots.get(1), 0);
        assertEquals(2, morning, "09:00 and 09:30 overlap and share two bays: " + booked);
        assertEquals(2, booked.getOrDefault(slots.get(2), 0), "11:00 takes exactly two: " + booked);
        assertEquals(bodies.size() - 4, refused);
    }
}
