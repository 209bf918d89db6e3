package com.fours.dms.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.catalogue.api.Catalogue;
import com.fours.dms.support.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: reservations under concurrency never take stock below zero. Twelve threads at once each
 * reserve 2 of a part with 7 on hand, and of two parts in opposite order (no deadlock): exactly 7
 * are held in all, the rest is shortfall, and on hand − reserved is never negative.
 */
@QuarkusTest
class StockReservationConcurrencyTest {
    @Inject
    StockService stock;

    @Inject
    MutableClock clock;

    @Test
    void concurrentReservationsNeverGoBelowZero() throws Exception {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        Catalogue cat = Catalogue.open();
        String store = cat.shop.code;
        UUID a = UUID.fromString(cat.part(Catalogue.oilFilter().partNumber("CONC-A").onHand(new BigDecimal("7"))));
        UUID b = UUID.fromString(cat.part(Catalogue.oilFilter().partNumber("CONC-B").onHand(new BigDecimal("7"))));
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<StockService.Held>>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            UUID source = UUID.randomUUID();
            boolean reversed = i % 2 == 1;
            futures.add(pool.submit(() -> {
                go.await();
                List<StockService.Need> needs = new ArrayList<>(List.of(new StockService.Need(a, null, new BigDecimal("2")),
                        new StockService.Need(null, "CONC-B", new BigDecimal("2"))));
                if (reversed) {
                    java.util.Collections.reverse(needs);
                }
                io.quarkus.arc.ManagedContext request = io.quarkus.arc.Arc.container().requestContext();
                request.activate();
                try {
                    return QuarkusTransaction.requiringNew().call(() -> stock.reserve(store, ReservationSource.APPOINTMENT, source, needs));
                } finally {
                    request.terminate();
                }
            }));
        }
        go.countDown();
        BigDecimal heldA = BigDecimal.ZERO;
        BigDecimal heldB = BigDecimal.ZERO;
        BigDecimal shortA = BigDecimal.ZERO;
        for (Future<List<StockService.Held>> f : futures) {
            for (StockService.Held h : f.get(60, TimeUnit.SECONDS)) {
                assertTrue(h.reserved().signum() >= 0 && h.reserved().compareTo(h.requested()) <= 0, h.toString());
                if (h.partId().equals(a)) {
                    heldA = heldA.add(h.reserved());
                    shortA = shortA.add(h.shortfall());
                } else {
                    heldB = heldB.add(h.reserved());
                }
            }
        }
        pool.shutdown();
        assertEquals(0, new BigDecimal("7").compareTo(heldA), "held of A: " + heldA);
        assertEquals(0, new BigDecimal("7").compareTo(heldB), "held of B: " + heldB);
        assertEquals(0, new BigDecimal("17").compareTo(shortA), "short of A: " + shortA);
        for (UUID part : List.of(a, b)) {
            PartStock s = QuarkusTransaction.requiringNew().call(() -> PartStock.<PartStock>findById(part));
            assertEquals(0, s.onHand.compareTo(s.reserved), "all stock reserved, no more");
            assertTrue(s.available().signum() == 0);
        }
    }
}
