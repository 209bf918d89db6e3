package com.fours.dms.dispatch.api;

import static com.fours.dms.support.WorkshopFloor.job;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.support.HeldTransaction;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.WorkshopFloor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-REP-1 under concurrency: two assignments of one technician (or bay) at overlapping times
 * cannot both win, whatever the interleaving — the exclusion constraints decide and the loser
 * gets the 409 problem naming the winner; two taps of one punch make one punch.
 */
@QuarkusTest
class DispatchConcurrencyTest {
    @Inject
    MutableClock clock;

    WorkshopFloor floor;

    @BeforeEach
    void floor() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        floor = WorkshopFloor.open();
    }

    @Test
    void anAssignmentNotYetCommittedStillRefusesTheOverlappingOneWhichNamesItOnceItCommits() throws Exception {
        Map<String, Object> first = floor.firstJob(floor.handedOver("FOREMAN_QUEUE", job("更换机油及机滤", "1.0", null)));
        Map<String, Object> second = floor.firstJob(floor.handedOver("FOREMAN_QUEUE", job("更换刹车片", "1.0", null)));
        // The competing foreman's write, held open: the second request's own check cannot see it yet.
        HeldTransaction<Integer> held = HeldTransaction.hold(HeldTransaction.sql("""
                update workshop_job set status = 'ASSIGNED', technician_id = ?1, bay_id = ?2, planned_start = ?3, planned_end = ?4, version = version + 1
                where id = ?5""", UUID.fromString(floor.zhou), UUID.fromString(floor.b01), Instant.parse("2026-11-23T02:00:00Z"),
                Instant.parse("2026-11-23T03:00:00Z"), UUID.fromString((String) first.get("id"))));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        Future<Response> racing = thread.submit(() -> floor.assign(floor.foreman(), second, floor.zhou, floor.b02, "2026-11-23T02:30:00Z", "2026-11-23T03:30:00Z"));
        held.awaitSomeoneBlocked();
        assertEquals(1, held.commit());
        Response r = racing.get(30, TimeUnit.SECONDS);
        thread.shutdown();
        r.then().statusCode(409).contentType("application/problem+json").body("code", is("R-REP-1"),
                "detail", containsString("周技师 is already booked 10:00–11:00 for job \"更换机油及机滤\""), "detail", containsString((String) first.get("id")));
        floor.manager().get(floor.path("/workshop/jobs/" + second.get("id"))).then().body("status", is("WAITING"));
    }

    @Test
    void twoForemenAssigningOverlappingTimesAtOnceLeaveExactlyOneAssignment() throws Exception {
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            jobs.add(floor.firstJob(floor.handedOver("FOREMAN_QUEUE", job("工单 " + i, "1.0", null))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        calls.add(pool.submit(() -> {
            go.await();
            return floor.assign(floor.foreman(), jobs.get(0), floor.zhou, floor.b01, "2026-11-23T02:00:00Z", "2026-11-23T03:00:00Z");
        }));
        calls.add(pool.submit(() -> {
            go.await();
            return floor.assign(floor.manager(), jobs.get(1), floor.zhou, floor.b02, "2026-11-23T02:15:00Z", "2026-11-23T03:15:00Z");
        }));
        go.countDown();
        int won = 0;
        int refused = 0;
        for (Future<Response> f : calls) {
            Response r = f.get(60, TimeUnit.SECONDS);
            if (r.statusCode() == 200) {
                won++;
            } else {
                assertEquals(409, r.statusCode(), r.asString());
                assertEquals("R-REP-1", r.path("code"));
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(1, won);
        assertEquals(1, refused);
        List<String> statuses = floor.jobsOf(floor.manager().get(floor.path("/repair-orders/" + jobs.get(0).get("repairOrderId")))).stream()
                .map(j -> (String) j.get("status")).toList();
        List<String> other = floor.jobsOf(floor.manager().get(floor.path("/repair-orders/" + jobs.get(1).get("repairOrderId")))).stream()
                .map(j -> (String) j.get("status")).toList();
        List<String> both = new ArrayList<>(statuses);
        both.addAll(other);
        both.sort(null);
        assertEquals(List.of("ASSIGNED", "WAITING"), both);
    }

    @Test
    void twoTapsOfOnePunchAtOnceMakeOnePunch() throws Exception {
        Map<String, Object> j = floor.firstJob(floor.handedOver(floor.zhou, job("更换机油及机滤", "1.0", null)));
        String key = UUID.randomUUID().toString();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Response>> taps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            taps.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return floor.punch("zhou", "clock-on", Map.of("jobId", j.get("id")), key);
            }));
        }
        go.countDown();
        List<String> punches = new ArrayList<>();
        for (CompletableFuture<Response> t : taps) {
            Response r = t.get(60, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.asString());
            punches.add(r.path("active.id"));
        }
        assertEquals(punches.get(0), punches.get(1), "the second tap replays the first");
        List<String> actions = floor.manager().queryParam("entityType", "time-punch").queryParam("entityId", punches.get(0))
                .get(floor.path("/audit-entries")).then().extract().path("items.action");
        assertEquals(List.of("started"), actions);
    }
}
