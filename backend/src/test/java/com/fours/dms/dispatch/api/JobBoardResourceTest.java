package com.fours.dms.dispatch.api;

import static com.fours.dms.support.WorkshopFloor.job;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.WorkshopFloor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The foreman's board and dispatch (R-REP-1): jobs from the handed-over order, assignment with
 * skill, bay type and shift fit, no double booking, who may dispatch, problem bodies. The store
 * clock stands at Monday 2026-11-23 10:00 Asia/Shanghai (02:00Z); shifts are 08:30-17:30.
 */
@QuarkusTest
class JobBoardResourceTest {
    static final String AT_10 = "2026-11-23T02:00:00Z";
    static final String AT_11 = "2026-11-23T03:00:00Z";
    static final String AT_1030 = "2026-11-23T02:30:00Z";
    static final String AT_1130 = "2026-11-23T03:30:00Z";
    static final String AT_12 = "2026-11-23T04:00:00Z";

    @Inject
    MutableClock clock;

    WorkshopFloor floor;

    @BeforeEach
    void floor() {
        clock.set(Instant.parse(AT_10));
        floor = WorkshopFloor.open();
    }

    @Test
    void aHandedOverOrderPutsOneWaitingJobPerJobLineOnTheBoard() {
        Response order = floor.handedOver("FOREMAN_QUEUE", List.of(job("更换机油及机滤", "1.0", null), job("左前门钣金", "2.5", "BODY"),
                Map.of("kind", "PART", "payType", "CUSTOMER", "description", "机油滤清器", "partNumber", "06L115562B", "quantity", "1", "unitPrice", "85.00", "supplier", "DEALER", "grade", "OEM", "criticalSystem", false)));
        Response board = floor.manager().get(floor.path("/workshop/board"));
        board.then().statusCode(200).body("day", is("2026-11-23"), "timeZone", is("Asia/Shanghai"), "now", is(AT_10));
        List<Map<String, Object>> jobs = floor.jobsOf(order);
        assertEquals(2, jobs.size(), "the part line is no job");
        Map<String, Object> oil = jobs.stream().filter(j -> "更换机油及机滤".equals(j.get("description"))).findFirst().orElseThrow();
        Map<String, Object> body = jobs.stream().filter(j -> "左前门钣金".equals(j.get("description"))).findFirst().orElseThrow();
        assertEquals("WAITING", oil.get("status"));
        assertEquals(1.0f, ((Number) oil.get("soldHours")).floatValue());
        assertEquals(0.0f, ((Number) oil.get("clockedHours")).floatValue());
        assertEquals(order.path("number"), oil.get("orderNumber"));
        assertEquals(order.path("vehicle.plate"), oil.get("plate"));
        assertEquals(order.path("vehicle.model"), oil.get("model"));
        assertEquals(order.path("promisedDeliveryAt"), oil.get("promisedDeliveryAt"));
        assertNull(oil.get("requiredSkill"));
        assertEquals("BODY", body.get("requiredSkill"));
        assertEquals("BODY_PAINT", body.get("requiredBayType"));
        assertEquals(List.of("assign"), oil.get("availableActions"));
        // The rows to lay the cards out by: active bays and technicians with their shift and hours.
        List<String> bays = board.path("bays.code");
        assertEquals(List.of("B01", "B02", "P01"), bays);
        List<String> techs = board.path("technicians.name");
        assertTrue(techs.containsAll(List.of("周技师", "吴技师", "郑工长")), techs.toString());
        board.then().body("technicians.find { it.name == '周技师' }.shiftStart", is("08:30:00"),
                "technicians.find { it.name == '周技师' }.hours.availableHours", is(9.0f),
                "technicians.find { it.name == '郑工长' }.foreman", is(true));
    }

    @Test
    void anOrderHandedToANamedTechnicianStartsAssignedToThemForTheJobsTheyHaveTheSkillFor() {
        Response order = floor.handedOver(floor.zhou, List.of(job("更换机油及机滤", "1.0", null), job("左前门钣金", "2.5", "BODY")));
        Map<String, Map<String, Object>> byDescription = new java.util.HashMap<>();
        floor.jobsOf(order).forEach(j -> byDescription.put((String) j.get("description"), j));
        assertEquals("ASSIGNED", byDescription.get("更换机油及机滤").get("status"));
        assertEquals(floor.zhou, byDescription.get("更换机油及机滤").get("technicianId"));
        assertEquals("周技师", byDescription.get("更换机油及机滤").get("technicianName"));
        assertNull(byDescription.get("更换机油及机滤").get("plannedStart"), "bay and time come from the foreman");
        assertEquals("WAITING", byDescription.get("左前门钣金").get("status"), "周技师 has no BODY skill: the foreman decides");
    }

    @Test
    void theForemanAssignsWhenSkillBayTypeAndShiftFitAndTheProblemSaysWhyOtherwise() {
        Response order = floor.handedOver("FOREMAN_QUEUE", job("左前门钣金", "2.5", "BODY"));
        Map<String, Object> j = floor.firstJob(order);
        floor.assign(floor.foreman(), j, floor.zhou, floor.p01, AT_10, AT_12).then().statusCode(409).contentType("application/problem+json")
                .body("code", is("R-REP-1"), "detail", containsString("周技师 does not have the skill BODY"), "violations[0].field", is("technicianId"));
        floor.assign(floor.foreman(), j, floor.wu, floor.b01, AT_10, AT_12).then().statusCode(409)
                .body("code", is("R-REP-1"), "detail", containsString("bay B01 is a GENERAL bay; this job needs a BODY_PAINT bay"), "violations[0].field", is("bayId"));
        floor.assign(floor.foreman(), j, floor.wu, floor.p01, "2026-11-23T00:00:00Z", AT_10).then().statusCode(409)
                .body("code", is("R-REP-1"), "detail", containsString("works 08:30–17:30"));
        Map<String, Object> a = floor.assigned(j, floor.wu, floor.p01, AT_10, AT_12);
        assertEquals("ASSIGNED", a.get("status"));
        assertEquals("吴技师", a.get("technicianName"));
        assertEquals("P01", a.get("bayCode"));
        assertEquals(AT_10, a.get("plannedStart"));
        assertEquals(AT_12, a.get("plannedEnd"));
        // R-REP-1 is audited with who put it where.
        floor.manager().queryParam("entityType", "workshop-job").queryParam("entityId", (String) j.get("id")).get(floor.path("/audit-entries"))
                .then().statusCode(200).body("items.action", hasItem("assigned"));
    }

    @Test
    void aDoubleBookingOfTheTechnicianOrTheBayIsRefusedNamingTheJobThatHoldsIt() {
        Map<String, Object> first = floor.firstJob(floor.handedOver("FOREMAN_QUEUE", job("更换机油及机滤", "1.0", null)));
        Response secondOrder = floor.handedOver("FOREMAN_QUEUE", job("更换刹车片", "1.0", null));
        Map<String, Object> second = floor.firstJob(secondOrder);
        floor.assigned(first, floor.zhou, floor.b01, AT_10, AT_11);
        String number = floor.manager().get(floor.path("/repair-orders/" + first.get("repairOrderId"))).path("number");
        floor.assign(floor.foreman(), second, floor.zhou, floor.b02, AT_1030, AT_1130).then().statusCode(409)
                .body("code", is("R-REP-1"), "detail", containsString("周技师 is already booked 10:00–11:00 for job \"更换机油及机滤\" of order " + number),
                        "detail", containsString((String) first.get("id")), "violations[0].field", is("technicianId"));
        floor.assign(floor.foreman(), second, floor.zheng, floor.b01, AT_1030, AT_1130).then().statusCode(409)
                .body("code", is("R-REP-1"), "detail", containsString("Bay B01 is already booked 10:00–11:00"), "violations[0].field", is("bayId"));
        // Back to back is no overlap.
        Map<String, Object> ok = floor.assigned(second, floor.zhou, floor.b01, AT_11, AT_12);
        assertEquals("ASSIGNED", ok.get("status"));
        // Re-planning a job over its own slot is no clash with itself.
        floor.assigned(ok, floor.zhou, floor.b01, AT_1130, AT_12);
    }

    @Test
    void onlyAForemanOrTheServiceManagerDispatches() {
        Map<String, Object> j = floor.firstJob(floor.handedOver("FOREMAN_QUEUE", job("更换机油及机滤", "1.0", null)));
        floor.assign(floor.tech("zhou"), j, floor.zhou, floor.b01, AT_10, AT_11).then().statusCode(403).contentType("application/problem+json")
                .body("code", is("foreman-only"));
        floor.assign(floor.tech("nobody"), j, floor.zhou, floor.b01, AT_10, AT_11).then().statusCode(403).body("code", is("foreman-only"));
        floor.assign(floor.shop.as(Roles.ADVISOR), j, floor.zhou, floor.b01, AT_10, AT_11).then().statusCode(403).body("code", is("forbidden"));
        Map<String, Object> byManager = floor.assign(floor.manager(), j, floor.zhou, floor.b01, AT_10, AT_11).then().statusCode(200).extract().path("");
        floor.assign(floor.foreman(), byManager, floor.zhou, floor.b02, AT_10, AT_11).then().statusCode(200).body("bayCode", is("B02"));
    }

    @Test
    void unassignPutsTheJobBackInTheQueue() {
        Map<String, Object> j = floor.firstJob(floor.handedOver("FOREMAN_QUEUE", job("更换机油及机滤", "1.0", null)));
        Map<String, Object> a = floor.assigned(j, floor.zhou, floor.b01, AT_10, AT_11);
        Response back = floor.foreman().header("If-Match", "\"" + a.get("version") + "\"").post(floor.path("/workshop/jobs/" + j.get("id") + "/unassign"));
        back.then().statusCode(200).body("status", is("WAITING"), "technicianId", nullValue(), "bayId", nullValue(), "plannedStart", nullValue());
        assertEquals("\"" + back.path("version") + "\"", back.header("ETag"));
        floor.foreman().header("If-Match", back.header("ETag")).post(floor.path("/workshop/jobs/" + j.get("id") + "/unassign"))
                .then().statusCode(409).body("code", is("R-REP-1"), "detail", containsString("The job is WAITING"));
    }

    @Test
    void badRequestsAreProblemsWithTheField() {
        Map<String, Object> j = floor.firstJob(floor.handedOver("FOREMAN_QUEUE", job("更换机油及机滤", "1.0", null)));
        String path = floor.path("/workshop/jobs/" + j.get("id") + "/assign");
        Map<String, Object> body = Map.of("technicianId", floor.zhou, "bayId", floor.b01, "plannedStart", AT_10, "plannedEnd", AT_11);
        floor.foreman().body(body).post(path).then().statusCode(428).body("code", is("precondition-required"));
        floor.foreman().header("If-Match", "\"99\"").body(body).post(path).then().statusCode(412).body("code", is("precondition-failed"));
        floor.assign(floor.foreman(), j, floor.zhou, floor.b01, AT_11, AT_10).then().statusCode(400).body("violations[0].field", is("plannedEnd"));
        floor.assign(floor.foreman(), j, floor.zhou, java.util.UUID.randomUUID().toString(), AT_10, AT_11).then().statusCode(422)
                .body("code", is("unknown-reference"), "violations[0].field", is("bayId"));
        floor.foreman().header("If-Match", "\"0\"").body(Map.of("bayId", floor.b01)).post(path).then().statusCode(400)
                .body("code", is("validation-failed"));
        floor.manager().queryParam("day", "2026-13-01").get(floor.path("/workshop/board")).then().statusCode(400).body("violations[0].field", is("day"));
    }

    @Test
    void jobsAreStoreScoped() {
        Map<String, Object> j = floor.firstJob(floor.handedOver("FOREMAN_QUEUE", job("更换机油及机滤", "1.0", null)));
        floor.manager().get(floor.path("/workshop/jobs/" + j.get("id"))).then().statusCode(200).body("id", is(j.get("id")));
        WorkshopFloor other = WorkshopFloor.open();
        // The manager of the other store (token for that store only) does not even see that it exists.
        other.manager().get(other.path("/workshop/jobs/" + j.get("id"))).then().statusCode(404).body("code", is("not-found"));
        Api.as(Roles.SERVICE_MANAGER, "SH01").get(floor.path("/workshop/board")).then().statusCode(404);
        assertTrue(other.jobsOf(floor.handedOver("FOREMAN_QUEUE", job("x", "1.0", null))).isEmpty());
    }

    @Test
    void theBoardOfADayShowsWhatWasPlannedThenAndTheOpenJobs() {
        Map<String, Object> j = floor.firstJob(floor.handedOver("FOREMAN_QUEUE", job("更换机油及机滤", "1.0", null)));
        floor.assigned(j, floor.zhou, floor.b01, "2026-11-24T02:00:00Z", "2026-11-24T03:00:00Z");
        List<String> tomorrow = floor.manager().queryParam("day", "2026-11-24").get(floor.path("/workshop/board")).then().statusCode(200).extract().path("jobs.id");
        assertTrue(tomorrow.contains(j.get("id")));
        List<String> yesterday = floor.manager().queryParam("day", "2026-11-22").get(floor.path("/workshop/board")).then().statusCode(200).extract().path("jobs.id");
        assertTrue(yesterday.contains(j.get("id")), "an open job is on every day's board");
    }
}
