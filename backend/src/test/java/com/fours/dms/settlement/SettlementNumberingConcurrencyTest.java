package com.fours.dms.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Settlement numbers are assigned at finalisation, per store, without gaps even when cashiers
 * finalise at the same moment: five bills finalised at once get 1..5 exactly, and a sixth one
 * refused in the same burst (above the customer's authorization, R-DEL-1) uses no number.
 */
@QuarkusTest
class SettlementNumberingConcurrencyTest {
    @Inject
    MutableClock clock;

    @Test
    void billsFinalisedAtTheSameMomentGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        com.fours.dms.settlement.api.Bills bills = new com.fours.dms.settlement.api.Bills(clock, com.fours.dms.support.WorkshopFloor.open());
        List<Response> drafts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            drafts.add(bills.draw(bills.ready(false)));
        }
        Response blocked = bills.adjustAboveAuthorization(drafts.get(5));
        List<String> etags = new ArrayList<>(drafts.stream().map(d -> d.header("ETag")).toList());
        etags.set(5, blocked.header("ETag"));

        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String path = bills.path("/settlements/" + drafts.get(i).path("id") + "/finalise");
            String etag = etags.get(i);
            results.add(pool.submit(() -> {
                start.await();
                return bills.as(Roles.CASHIER).header("If-Match", etag).post(path);
            }));
        }
        start.countDown();
        TreeSet<String> numbers = new TreeSet<>();
        for (int i = 0; i < 6; i++) {
            Response r = results.get(i).get(60, TimeUnit.SECONDS);
            if (i == 5) {
                r.then().statusCode(409).body("code", org.hamcrest.Matchers.is("R-DEL-1"));
            } else {
                r.then().statusCode(200);
                numbers.add(r.path("number"));
            }
        }
        pool.shutdown();
        String prefix = "JS" + bills.storeCode() + "-";
        assertEquals(new TreeSet<>(List.of(prefix + "000001", prefix + "000002", prefix + "000003", prefix + "000004", prefix + "000005")), numbers);

        // the refused one, once the manager overrides, gets the next number: no gap was left
        Response again = bills.as(Roles.SERVICE_MANAGER).header("If-Match", blocked.header("ETag")).body(Map.of("reason", "客户同意"))
                .post(bills.path("/settlements/" + blocked.path("id") + "/override"));
        again.then().statusCode(200);
        bills.as(Roles.CASHIER).header("If-Match", again.header("ETag")).post(bills.path("/settlements/" + blocked.path("id") + "/finalise")).then()
                .statusCode(200).body("number", org.hamcrest.Matchers.is(prefix + "000006"));
    }
}
