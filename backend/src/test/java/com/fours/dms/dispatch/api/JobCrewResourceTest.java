package com.fours.dms.dispatch.api;

import static com.fours.dms.support.WorkshopFloor.job;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.support.MutableClock;
import com.fours.dms.support.WorkshopFloor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-REP-1, a job worked by a team: the foreman assigns a lead and helpers, the card names them all,
 * each clocks on as themselves, the sold hours are split for efficiency (equally, or by the shares
 * given), and no member can be double booked. Store clock Monday 2026-11-23 10:00 Asia/Shanghai.
 */
@QuarkusTest
class JobCrewResourceTest {
    static final String AT_10 = "2026-11-23T02:00:00Z";
    static final String AT_11 = "2026-11-23T03:00:00Z";
    static final String AT_1030 = "2026-11-23T02:30:00Z";
    static final String AT_12 = "2026-11-23T04:00:00Z";

    @Inject
    MutableClock clock;

    WorkshopFloor floor;

    @BeforeEach
    void floor() {
        clock.set(Instant.parse(AT_10));
        floor = WorkshopFloor.open();
    }

    Response assignTeam(Map<String, Object> job, String lead, List<Map<String, Object>> helpers, Object leadShare, String from, String to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("technicianId", lead);
        body.put("bayId", floor.b01);
        body.put("plannedStart", from);
        body.put("plannedEnd", to);
        body.put("helpers", helpers);
        if (leadShare != null) {
            body.put("leadShare", leadShare);
        }
        return floor.foreman().header("If-Match", "\"" + job.get("version") + "\"").body(body).post(floor.path("/workshop/jobs/" + job.get("id") + "/assign"));
    }

    @Test
    void aLeadAndAHelperEachClockOnAndTheSoldHoursAreSplitEqually() {
        Map<String, Object> j = floor.firstJob(floor.handedOver("FOREMAN_QUEUE", job("更换变速箱油", "2.0", null)));
        Response card = assignTeam(j, floor.zhou, List.of(Map.of("technicianId", floor.zheng)), null, AT_10, AT_12);
        card.then().statusCode(200).body("technicianName", is("周技师"), "crew.name", is(List.of("周技师", "郑工长")), "crew.lead", is(List.of(true, false)),
                "crew.share", is(List.of(0.5f, 0.5f)), "crew.soldHours", is(List.of(1.0f, 1.0f)));
        floor.manager().get(floor.path("/workshop/board")).then().statusCode(200)
                .body("jobs.find { it.id == '" + j.get("id") + "' }.crew.name", is(List.of("周技师", "郑工长")));
        // The helper sees it among their jobs and clocks on as themselves; so does the lead.
        floor.tech("zheng").get(floor.path("/workshop/my/jobs")).then().statusCode(200).body("jobs.id", hasItem(j.get("id")));
        floor.punch("zheng", "clock-on", Map.of("jobId", j.get("id"))).then().statusCode(200).body("job.status", is("IN_PROGRESS"), "job.clockedOn", is(true));
        floor.punch("zhou", "clock-on", Map.of("jobId", j.get("id"))).then().statusCode(200);
        // Someone outside the crew cannot.
        floor.punch("wu", "clock-on", Map.of("jobId", j.get("id"))).then().statusCode(409).body("code", is("R-REP-1"));
        clock.advance(Duration.ofMinutes(60));
        // Finished by the lead: the whole crew's clocks stop.
        floor.punch("zhou", "finish", Map.of("jobId", j.get("id"))).then().statusCode(200).body("job.status", is("DONE"), "job.clockedHours", is(2.0f),
                "job.clockedOn", is(false));
        Response hours = floor.manager().get(floor.path("/workshop/hours"));
        Map<String, Object> zhou = hours.path("technicians.find { it.technicianId == '" + floor.zhou + "' }");
        Map<String, Object> zheng = hours.path("technicians.find { it.technicianId == '" + floor.zheng + "' }");
        assertEquals(1.0f, ((Number) zhou.get("soldHours")).floatValue());
        assertEquals(1.0f, ((Number) zheng.get("soldHours")).floatValue());
        assertEquals(1.0f, ((Number) zheng.get("clockedHours")).floatValue());
        assertEquals(1.0f, ((Number) zheng.get("efficiency")).floatValue(), "a half of 2 sold hours in 1 clocked hour");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sharesGivenSplitTheHoursAndImpossibleSharesAreRefusedWithTheField() {
        Map<String, Object> j = floor.firstJob(floor.handedOver("FOREMAN_QUEUE", job("更换变速箱油", "2.5", null)));
        assignTeam(j, floor.zhou, List.of(Map.of("technicianId", floor.zheng, "share", 0.5)), 0.7, AT_10, AT_12).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("helpers"), "violations[0].message", containsString("more than 1"));
        assignTeam(j, floor.zhou, List.of(Map.of("technicianId", floor.zhou)), null, AT_10, AT_12).then().statusCode(422)
                .body("violations[0].field", is("helpers[0].technicianId"));
        assignTeam(j, floor.zhou, List.of(Map.of("technicianId", floor.zheng, "share", 0.4)), 0.6, AT_10, AT_12).then().statusCode(200)
                .body("crew.share", is(List.of(0.6f, 0.4f)), "crew.soldHours", is(List.of(1.5f, 1.0f)));
        // Moved without naming helpers (a drag on the board): the crew and its shares stay.
        Map<String, Object> now = floor.manager().get(floor.path("/workshop/jobs/" + j.get("id"))).then().statusCode(200).extract().path("");
        Map<String, Object> moved = floor.assigned(now, floor.zhou, floor.b02, AT_10, AT_11);
        assertEquals(List.of("周技师", "郑工长"), ((List<Map<String, Object>>) moved.get("crew")).stream().map(m -> m.get("name")).toList());
        assertEquals(List.of(0.6f, 0.4f), ((List<Map<String, Object>>) moved.get("crew")).stream().map(m -> ((Number) m.get("share")).floatValue()).toList());
        // An empty list replaces the helpers: the lead alone.
        assignTeam(moved, floor.zhou, List.of(), null, AT_10, AT_12).then().statusCode(200).body("crew.name", is(List.of("周技师")), "crew.soldHours", is(List.of(2.5f)));
    }

    @Test
    void aHelperBookedElsewhereIsADoubleBookingNamingThemAndAClockedOnHelperStaysOnTheJob() {
        Map<String, Object> first = floor.firstJob(floor.handedOver("FOREMAN_QUEUE", job("更换机油及机滤", "1.0", null)));
        Map<String, Object> second = floor.firstJob(floor.handedOver("FOREMAN_QUEUE", job("更换刹车片", "1.0", null)));
        Map<String, Object> a = assignTeam(first, floor.zhou, List.of(Map.of("technicianId", floor.zheng)), null, AT_10, AT_11).then().statusCode(200).extract().path("");
        // 郑工长 helps on the first job 10:00-11:00: he can be neither lead nor helper of another job then (other bay).
        Map<String, Object> body = new LinkedHashMap<>(Map.of("technicianId", floor.zheng, "bayId", floor.b02, "plannedStart", AT_1030, "plannedEnd", AT_12));
        floor.foreman().header("If-Match", "\"" + second.get("version") + "\"").body(body).post(floor.path("/workshop/jobs/" + second.get("id") + "/assign"))
                .then().statusCode(409).body("code", is("R-REP-1"), "detail", containsString("郑工长 is already booked 10:00–11:00 for job \"更换机油及机滤\""),
                        "violations[0].field", is("technicianId"));
        body.put("technicianId", floor.wu);
        body.put("helpers", List.of(Map.of("technicianId", floor.zheng)));
        floor.foreman().header("If-Match", "\"" + second.get("version") + "\"").body(body).post(floor.path("/workshop/jobs/" + second.get("id") + "/assign"))
                .then().statusCode(409).body("code", is("R-REP-1"), "detail", containsString("郑工长 is already booked"), "violations[0].field", is("helpers[0].technicianId"));
        // After the first job's slot he is free.
        body.put("plannedStart", AT_11);
        floor.foreman().header("If-Match", "\"" + second.get("version") + "\"").body(body).post(floor.path("/workshop/jobs/" + second.get("id") + "/assign"))
                .then().statusCode(200).body("crew.name", is(List.of("吴技师", "郑工长")));
        // A helper on the clock cannot be taken off the job.
        floor.punch("zheng", "clock-on", Map.of("jobId", a.get("id"))).then().statusCode(200);
        Map<String, Object> now = floor.manager().get(floor.path("/workshop/jobs/" + a.get("id"))).then().statusCode(200).extract().path("");
        assignTeam(now, floor.zhou, List.of(), null, AT_10, AT_11).then().statusCode(409).body("code", is("R-REP-1"), "detail", containsString("郑工长 is clocked on this job"));
    }

    @Test
    void theBoardAnswersAPollOfAnUnchangedBoardWith304AndAChangedOneInFull() {
        Map<String, Object> j = floor.firstJob(floor.handedOver("FOREMAN_QUEUE", job("更换机油及机滤", "1.0", null)));
        Response first = floor.manager().get(floor.path("/workshop/board"));
        String tag = first.then().statusCode(200).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertTrue(tag.startsWith("W/\""), tag);
        // Two seconds later nothing changed but the time stamp.
        clock.advance(Duration.ofSeconds(2));
        floor.manager().header("If-None-Match", tag).get(floor.path("/workshop/board")).then().statusCode(304);
        floor.assigned(j, floor.zhou, floor.b01, AT_10, AT_11);
        Response changed = floor.manager().header("If-None-Match", tag).get(floor.path("/workshop/board"));
        changed.then().statusCode(200).body("jobs.find { it.id == '" + j.get("id") + "' }.status", is("ASSIGNED"));
        org.junit.jupiter.api.Assertions.assertNotEquals(tag, changed.header("ETag"));
    }
}
