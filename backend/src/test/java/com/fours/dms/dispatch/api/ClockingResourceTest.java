package com.fours.dms.dispatch.api;

import static com.fours.dms.support.WorkshopFloor.job;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fours.dms.support.MutableClock;
import com.fours.dms.support.WorkshopFloor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Technicians clock on and off (R-REP-1): my jobs, one active clock (switching says what was
 * clocked off), pause with a reason, non-productive codes, finishing, idempotent punches, and the
 * hours that come of it. The clock starts at Monday 2026-11-23 10:00 Asia/Shanghai and is moved.
 */
@QuarkusTest
class ClockingResourceTest {
    @Inject
    MutableClock clock;

    WorkshopFloor floor;

    @BeforeEach
    void floor() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        floor = WorkshopFloor.open();
    }

    Map<String, Object> myJob(Response order) {
        return floor.firstJob(order);
    }

    @Test
    void theFirstClockOnStartsTheJobAndTheOrderAndClockingOnAnotherJobClocksOffTheFirst() {
        Response firstOrder = floor.handedOver(floor.zhou, job("更换机油及机滤", "1.0", null));
        Response secondOrder = floor.handedOver(floor.zhou, job("四轮定位", "0.5", null));
        Map<String, Object> first = myJob(firstOrder);
        Map<String, Object> second = myJob(secondOrder);
        floor.tech("zhou").get(floor.path("/workshop/my/jobs")).then().statusCode(200)
                .body("technician.name", is("周技师"), "activeClock", nullValue(), "jobs.size()", is(2), "nonProductiveCodes", org.hamcrest.Matchers.hasItem("CLEANING"));

        Response on = floor.punch("zhou", "clock-on", Map.of("jobId", first.get("id")));
        on.then().statusCode(200).body("active.jobId", is(first.get("id")), "active.orderNumber", is((String) firstOrder.path("number")),
                "active.jobDescription", is("更换机油及机滤"), "clockedOff", nullValue(), "job.status", is("IN_PROGRESS"), "job.clockedOn", is(true),
                "orderStarted", is(true));
        floor.manager().get(floor.path("/repair-orders/" + firstOrder.path("id"))).then().body("status", is("IN_PROGRESS"));

        clock.advance(Duration.ofMinutes(30));
        Response switched = floor.punch("zhou", "clock-on", Map.of("jobId", second.get("id")));
        switched.then().statusCode(200).body("active.jobId", is(second.get("id")), "clockedOff.jobId", is(first.get("id")),
                "clockedOff.endReason", is("SWITCHED"), "clockedOff.orderNumber", is((String) firstOrder.path("number")),
                "clockedOff.jobDescription", is("更换机油及机滤"), "clockedOff.endedAt", is("2026-11-23T02:30:00Z"), "orderStarted", is(true));
        Map<String, Object> firstNow = floor.manager().get(floor.path("/workshop/jobs/" + first.get("id"))).then().extract().path("");
        assertEquals("IN_PROGRESS", firstNow.get("status"), "clocked off, still started");
        assertEquals(false, firstNow.get("clockedOn"));
        assertEquals(0.5f, ((Number) firstNow.get("clockedHours")).floatValue());
        floor.tech("zhou").get(floor.path("/workshop/my/jobs")).then().body("activeClock.jobId", is(second.get("id")));
        floor.punch("zhou", "clock-on", Map.of("jobId", second.get("id"))).then().statusCode(409).body("code", is("R-REP-1"), "detail", containsString("already clocked on"));
    }

    @Test
    void aRetriedTapReplaysTheFirstAnswerAndNeverPunchesTwice() {
        Map<String, Object> j = myJob(floor.handedOver(floor.zhou, job("更换机油及机滤", "1.0", null)));
        String key = UUID.randomUUID().toString();
        Response first = floor.punch("zhou", "clock-on", Map.of("jobId", j.get("id")), key);
        first.then().statusCode(200);
        clock.advance(Duration.ofMinutes(5));
        Response retry = floor.punch("zhou", "clock-on", Map.of("jobId", j.get("id")), key);
        retry.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals((String) first.path("active.id"), retry.path("active.id"));
        assertEquals((String) first.path("active.startedAt"), retry.path("active.startedAt"));
        List<String> actions = floor.manager().queryParam("entityType", "time-punch").queryParam("entityId", (String) first.path("active.id"))
                .get(floor.path("/audit-entries")).then().statusCode(200).extract().path("items.action");
        assertEquals(List.of("started"), actions, "one punch, started once");
        floor.tech("zhou").get(floor.path("/workshop/my/jobs")).then().body("activeClock.punchId", is((String) first.path("active.id")));
        // The same key for another punch is refused; a punch without a key too.
        floor.punch("zhou", "clock-off", null, key).then().statusCode(422).body("code", is("idempotency-key-reused"));
        floor.tech("zhou").post(floor.path("/workshop/my/clock-off")).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("Idempotency-Key"));
        // Clocking off twice: the retry replays, a new tap finds nothing running.
        String off = UUID.randomUUID().toString();
        floor.punch("zhou", "clock-off", null, off).then().statusCode(200).body("clockedOff.endReason", is("CLOCKED_OFF"), "active", nullValue());
        floor.punch("zhou", "clock-off", null, off).then().statusCode(200).header("Idempotent-Replayed", "true");
        floor.punch("zhou", "clock-off", null).then().statusCode(409).body("code", is("R-REP-1"), "detail", is("You are not clocked on anything"));
    }

    @Test
    void pausingWithAReasonStopsTheClockAndClockingOnResumes() {
        Map<String, Object> j = myJob(floor.handedOver(floor.zhou, job("更换刹车片", "1.0", null)));
        floor.punch("zhou", "pause", Map.of("reason", "WAITING_PARTS")).then().statusCode(409).body("code", is("R-REP-1"));
        floor.punch("zhou", "clock-on", Map.of("jobId", j.get("id"))).then().statusCode(200);
        floor.punch("zhou", "pause", Map.of("reason", "OTHER")).then().statusCode(400).body("violations[0].field", is("note"));
        clock.advance(Duration.ofMinutes(20));
        floor.punch("zhou", "pause", Map.of("reason", "WAITING_PARTS", "note", "等待刹车片到货")).then().statusCode(200)
                .body("job.status", is("PAUSED"), "job.pauseReason", is("WAITING_PARTS"), "job.pauseNote", is("等待刹车片到货"),
                        "clockedOff.endReason", is("PAUSED"), "active", nullValue());
        floor.manager().get(floor.path("/workshop/board")).then().body("jobs.find { it.id == '" + j.get("id") + "' }.pauseReason", is("WAITING_PARTS"));
        floor.punch("zhou", "clock-on", Map.of("jobId", j.get("id"))).then().statusCode(200).body("job.status", is("IN_PROGRESS"), "job.pauseReason", nullValue(),
                "orderStarted", is(false));
    }

    @Test
    void nonProductiveTimeIsAPunchWithoutAJob() {
        Map<String, Object> j = myJob(floor.handedOver(floor.zhou, job("更换机油及机滤", "1.0", null)));
        floor.punch("zhou", "clock-on", Map.of("jobId", j.get("id"))).then().statusCode(200);
        clock.advance(Duration.ofMinutes(45));
        floor.punch("zhou", "non-productive", Map.of("code", "CLEANING")).then().statusCode(200)
                .body("active.code", is("CLEANING"), "active.jobId", nullValue(), "clockedOff.jobId", is(j.get("id")), "clockedOff.endReason", is("SWITCHED"),
                        "job.id", is(j.get("id")), "job.clockedOn", is(false));
        floor.punch("zhou", "non-productive", Map.of("code", "CLEANING")).then().statusCode(409).body("code", is("R-REP-1"));
        floor.punch("zhou", "non-productive", Map.of("code", "OTHER")).then().statusCode(400).body("violations[0].field", is("note"));
        clock.advance(Duration.ofMinutes(15));
        floor.punch("zhou", "clock-off", null).then().statusCode(200).body("clockedOff.code", is("CLEANING"), "job", nullValue());
        floor.tech("zhou").get(floor.path("/workshop/my/jobs")).then().body("activeClock", nullValue(),
                "today.clockedHours", is(0.75f), "today.nonProductiveHours", is(0.25f));
    }

    @Test
    void finishingCreditsTheSoldHoursAndTheDaysEfficiencyAndProductivityFollow() {
        Map<String, Object> j = myJob(floor.handedOver(floor.zhou, job("更换机油及机滤", "1.0", null)));
        floor.punch("zhou", "clock-on", Map.of("jobId", j.get("id"))).then().statusCode(200);
        clock.advance(Duration.ofMinutes(90));
        floor.punch("zhou", "finish", Map.of("jobId", j.get("id"))).then().statusCode(200)
                .body("job.status", is("DONE"), "clockedOff.endReason", is("FINISHED"), "job.availableActions", org.hamcrest.Matchers.contains("self-check"));
        Response hours = floor.manager().get(floor.path("/workshop/hours"));
        hours.then().statusCode(200).body("day", is("2026-11-23"));
        Map<String, Object> zhou = hours.path("technicians.find { it.technicianId == '" + floor.zhou + "' }");
        assertEquals(1.0f, ((Number) zhou.get("soldHours")).floatValue());
        assertEquals(1.5f, ((Number) zhou.get("clockedHours")).floatValue());
        assertEquals(9.0f, ((Number) zhou.get("availableHours")).floatValue());
        assertEquals(0.67f, ((Number) zhou.get("efficiency")).floatValue());
        assertEquals(0.17f, ((Number) zhou.get("productivity")).floatValue());
        Map<String, Object> wu = hours.path("technicians.find { it.technicianId == '" + floor.wu + "' }");
        assertEquals(null, wu.get("efficiency"), "nothing clocked: not computable");
        assertEquals(0.0f, ((Number) wu.get("productivity")).floatValue());
        // The same figures are on the board's technician row; the finished job is on today's board.
        floor.manager().get(floor.path("/workshop/board")).then()
                .body("technicians.find { it.id == '" + floor.zhou + "' }.hours.efficiency", is(0.67f),
                        "jobs.find { it.id == '" + j.get("id") + "' }.status", is("DONE"));
        // A finished job takes no more clock.
        floor.punch("zhou", "clock-on", Map.of("jobId", j.get("id"))).then().statusCode(409).body("code", is("R-REP-1"));
        floor.punch("zhou", "finish", Map.of("jobId", j.get("id"))).then().statusCode(409).body("code", is("R-REP-1"));
    }

    @Test
    void anOpenPunchCountsUpToNowOnTheBoard() {
        Map<String, Object> j = myJob(floor.handedOver(floor.zhou, job("更换机油及机滤", "2.0", null)));
        floor.punch("zhou", "clock-on", Map.of("jobId", j.get("id"))).then().statusCode(200);
        clock.advance(Duration.ofMinutes(36));
        floor.manager().get(floor.path("/workshop/board")).then()
                .body("jobs.find { it.id == '" + j.get("id") + "' }.clockedHours", is(0.6f),
                        "jobs.find { it.id == '" + j.get("id") + "' }.clockedOn", is(true),
                        "technicians.find { it.id == '" + floor.zhou + "' }.activeClock.jobId", is(j.get("id")));
    }

    @Test
    void aTechnicianClocksOnlyTheirOwnJobsAndOnlyWhenLinked() {
        Map<String, Object> wusJob = myJob(floor.handedOver(floor.wu, job("左前门钣金", "2.5", "BODY")));
        floor.punch("zhou", "clock-on", Map.of("jobId", wusJob.get("id"))).then().statusCode(409).body("code", is("R-REP-1"),
                "detail", containsString("assigned to another technician"));
        floor.punch("zhou", "finish", Map.of("jobId", wusJob.get("id"))).then().statusCode(409).body("code", is("R-REP-1"));
        floor.tech("stranger").get(floor.path("/workshop/my/jobs")).then().statusCode(403).contentType("application/problem+json")
                .body("code", is("technician-not-linked"));
        floor.punch("stranger", "clock-on", Map.of("jobId", wusJob.get("id"))).then().statusCode(403).body("code", is("technician-not-linked"));
        floor.punch("zhou", "clock-on", Map.of("jobId", UUID.randomUUID().toString())).then().statusCode(404).body("code", is("not-found"));
        floor.punch("zhou", "clock-on", Map.of()).then().statusCode(400).body("code", is("validation-failed"));
    }

    @Test
    void aTechniciansLoginIsLinkedOnceInTheStore() {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "重名", "skills", List.of("MAINTENANCE"), "workStart", "08:30:00", "workEnd", "17:30:00",
                "active", true, "username", "zhou"));
        floor.manager().body(body).post(floor.path("/technicians")).then().statusCode(409).body("code", is("duplicate"), "violations[0].field", is("username"));
        body.put("username", null);
        body.put("foreman", true);
        floor.manager().body(body).post(floor.path("/technicians")).then().statusCode(400).body("violations[0].field", is("foreman"));
        Map<String, Object> zheng = floor.manager().get(floor.path("/technicians")).then().extract().path("find { it.name == '郑工长' }");
        assertEquals("zheng", zheng.get("username"));
        assertEquals(true, zheng.get("foreman"));
        assertNotNull(zheng.get("id"));
    }
}
