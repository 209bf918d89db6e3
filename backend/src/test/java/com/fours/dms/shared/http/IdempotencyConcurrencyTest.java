package com.fours.dms.shared.http;

import static com.fours.dms.support.Fixtures.aCustomer;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A tablet on a flaky connection retries at once: the retries must never create a second customer. */
@QuarkusTest
class IdempotencyConcurrencyTest {
    @BeforeEach
    void stores() {
        Fixtures.stores();
    }

    @Test
    void simultaneousRetriesWithOneKeyCreateExactlyOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = Fixtures.unique("并发");
        Map<String, Object> body = aCustomer().named(name).body();
        int clients = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return Api.as(Roles.ADVISOR).header("Idempotency-Key", key).body(body).post("/api/stores/BJ01/customers");
            }));
        }
        start.countDown();
        Set<String> ids = new TreeSet<>();
        for (Future<Response> f : futures) {
            Response r = f.get(30, TimeUnit.SECONDS);
            assertEquals(201, r.statusCode(), r.asString());
            ids.add(r.path("id"));
        }
        pool.shutdown();
        assertEquals(1, ids.size(), "every retry must answer with the same customer");
        Api.as(Roles.ADVISOR).queryParam("q", name).get("/api/stores/BJ01/customers").then().body("items", hasSize(1));
    }
}
