package com.fours.dms.qualitycheck.api;

import static com.fours.dms.support.WorkshopFloor.job;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.qualitycheck.Checklists;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.WorkshopFloor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The quality check (R-QC-1..4, R-REP-5, R-REP-6): the technician signs a finished job off, an
 * inspector inspects the jobs the store's scope requires (a road test for a safety-related one), a
 * failure sends the job back to its technician, and once every job passed, the old parts are
 * recorded, the found-not-fixed list signed and the car cleaned and parked, the order is ready for
 * delivery and its advisor has a task. Monday 2026-11-23 10:00 Asia/Shanghai, moved.
 */
@QuarkusTest
class QualityCheckResourceTest {
    static final String PNG = java.util.Base64.getEncoder().encodeToString(com.fours.dms.inspection.Images.png(120, 40));

    @Inject
    MutableClock clock;

    WorkshopFloor floor;

    @BeforeEach
    void floor() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        floor = WorkshopFloor.open();
    }

    static List<Map<String, Object>> checklist(List<String> points, String notOk) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String p : points) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", p);
            m.put("ok", !p.equals(notOk));
            items.add(m);
        }
        return items;
    }

    Response selfCheck(String tech, Object jobId, List<Map<String, Object>> items) {
        return floor.tech(tech).body(Map.of("checklist", items, "notes", "已复核", "signaturePng", PNG))
                .post(floor.path("/quality-check/jobs/" + jobId + "/self-check"));
    }

    Response inspect(String tech, Object jobId, Map<String, Object> body) {
        Map<String, Object> b = new LinkedHashMap<>(body);
        b.putIfAbsent("signaturePng", PNG);
        b.putIfAbsent("checklist", checklist(Checklists.FINAL_INSPECTION, null));
        return floor.tech(tech).body(b).post(floor.path("/quality-check/jobs/" + jobId + "/inspection"));
    }

    /** zhou clocks on the job and finishes it half an hour later. */
    void work(Object jobId) {
        floor.punch("zhou", "clock-on", Map.of("jobId", jobId)).then().statusCode(200);
        clock.advance(Duration.ofMinutes(30));
        floor.punch("zhou", "finish", Map.of("jobId", jobId)).then().statusCode(200);
    }

    String status(Response order) {
        return floor.manager().get(floor.path("/repair-orders/" + order.path("id"))).then().statusCode(200).extract().path("status");
    }

    Response orderOf(String receiver, List<Map<String, Object>> lines) {
        String[] cv = floor.shop.customerWithVehicle();
        return floor.handedOver(receiver, lines, Map.of("customerId", cv[0], "vehicleId", cv[1], "advisorId", floor.shop.advisorIds.get(0),
                "requestedWork", "保养，刹车异响"));
    }

    Map<String, Object> qc(Response order) {
        return floor.manager().get(floor.path("/repair-orders/" + order.path("id") + "/quality-check")).then().statusCode(200).extract().path("");
    }

    Response handOver(Response order, Object cleaned, String spot) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("cleaned", cleaned);
        b.put("parkingSpot", spot);
        b.put("briefingNote", "已更换，旧件在后备箱");
        return floor.shop.as(Roles.ADVISOR).header("If-Match", "\"" + qc(order).get("version") + "\"").body(b)
                .post(floor.path("/repair-orders/" + order.path("id") + "/quality-check/internal-handover"));
    }

    @Test
    void aSmallJobPassesOnItsTechniciansSignedSelfCheckAndTheCarIsReadyForItsAdvisorOnceCleanedAndParked() {
        Response order = orderOf(floor.zhou, List.of(job("更换机油及机滤", "1.0", null)));
        Map<String, Object> j = floor.firstJob(order);
        work(j.get("id"));
        assertEquals("QUALITY_CHECK", status(order), "the last job finished: the order is in the quality check");
        floor.tech("zhou").get(floor.path("/quality-check/my-self-checks")).then().statusCode(200)
                .body("items.jobId", contains(j.get("id")), "items[0].inspectionRequired", is(false),
                        "items[0].requirementReason", containsString("self-check only"), "items[0].availableActions", contains("self-check"));

        selfCheck("wu", j.get("id"), checklist(Checklists.SELF_CHECK, null)).then().statusCode(409).body("code", is("R-REP-6"));
        selfCheck("zhou", j.get("id"), checklist(Checklists.SELF_CHECK, null).subList(1, Checklists.SELF_CHECK.size())).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("checklist"), "violations[0].message", containsString("WORK_AS_ORDERED"));
        selfCheck("zhou", j.get("id"), checklist(Checklists.SELF_CHECK, "NO_LEAKS")).then().statusCode(409)
                .body("code", is("R-QC-1"), "detail", containsString("NO_LEAKS"));
        floor.tech("zhou").body(Map.of("checklist", checklist(Checklists.SELF_CHECK, null), "signaturePng", "bm90IGEgcG5n"))
                .post(floor.path("/quality-check/jobs/" + j.get("id") + "/self-check")).then().statusCode(422).body("code", is("signature-not-png"));

        selfCheck("zhou", j.get("id"), checklist(Checklists.SELF_CHECK, null)).then().statusCode(200)
                .body("status", is("PASSED"), "selfChecks.size()", is(1), "selfChecks[0].round", is(0), "selfChecks[0].technicianName", is("周技师"),
                        "inspections", empty(), "availableActions", empty());
        selfCheck("zhou", j.get("id"), checklist(Checklists.SELF_CHECK, null)).then().statusCode(409).body("code", is("R-QC-1"));
        floor.tech("zhou").get(floor.path("/quality-check/my-self-checks")).then().body("items", empty());

        Map<String, Object> ready = qc(order);
        assertEquals(List.of(), ready.get("missing"), "no parts, nothing found: only the hand-over is left");
        handOver(order, false, "P2-15").then().statusCode(400).body("violations.field", contains("cleaned"));
        handOver(order, true, " ").then().statusCode(400).body("violations.field", contains("parkingSpot"));
        floor.shop.as(Roles.ADVISOR).header("If-Match", "\"0\"").body(Map.of("cleaned", true, "parkingSpot", "P2-15"))
                .post(floor.path("/repair-orders/" + order.path("id") + "/quality-check/internal-handover")).then().statusCode(412);
        handOver(order, true, "P2-15").then().statusCode(200)
                .body("status", is("READY_FOR_DELIVERY"), "parkingSpot", is("P2-15"), "cleaned", is(true), "readyBy", is("advisor-user"), "missing", empty());
        assertEquals("READY_FOR_DELIVERY", status(order));
        handOver(order, true, "P2-16").then().statusCode(409);

        String advisorLogin = floor.manager().get(floor.path("/advisors")).then().extract()
                .path("find { it.id == '" + floor.shop.advisorIds.get(0) + "' }.username");
        floor.manager().queryParam("type", "READY_FOR_DELIVERY").get(floor.path("/tasks")).then().statusCode(200)
                .body("items.size()", is(1), "items[0].subject.id", is((String) order.path("id")), "items[0].title", containsString("P2-15"),
                        "items[0].assignee.username", is(advisorLogin), "items[0].priority", is("HIGH"));
        floor.manager().get(floor.path("/events")).then().statusCode(200)
                .body("items.type", hasItems("QualityCheckPassed", "RepairOrderReadyForDelivery"));
    }

    @Test
    void aSafetyJobNeedsAnotherTechniciansInspectionWithARoadTestAndAFailureSendsItBackUntilItPasses() {
        Map<String, Object> pads = new LinkedHashMap<>();
        pads.put("kind", "PART");
        pads.put("payType", "CUSTOMER");
        pads.put("description", "前刹车片");
        pads.put("partNumber", "1K0698151");
        pads.put("quantity", "1");
        pads.put("unitPrice", "480.00");
        pads.put("supplier", "DEALER");
        pads.put("grade", "OEM");
        pads.put("criticalSystem", true);
        Response order = orderOf(floor.zhou, List.of(job("更换前刹车片", "1.0", null), pads));
        Map<String, Object> j = floor.firstJob(order);
        floor.tech("wu").put(floor.path("/quality-check/inspectors/" + floor.wu)).then().statusCode(403);
        floor.manager().put(floor.path("/quality-check/inspectors/" + floor.wu)).then().statusCode(200).body("name", contains("吴技师"));
        floor.manager().put(floor.path("/quality-check/inspectors/" + floor.zhou)).then().statusCode(200).body("name", org.hamcrest.Matchers.containsInAnyOrder("吴技师", "周技师"));

        work(j.get("id"));
        selfCheck("zhou", j.get("id"), checklist(Checklists.SELF_CHECK, null)).then().statusCode(200)
                .body("status", is("IN_QC"), "inspectionRequired", is(true), "roadTestRequired", is(true),
                        "requirementReason", containsString("critical-system part"));
        floor.tech("wu").get(floor.path("/quality-check/queue")).then().statusCode(200)
                .body("awaitingInspection.jobId", contains(j.get("id")), "awaitingInspection[0].availableActions", contains("inspect"),
                        "awaitingHandover", empty());

        inspect("zhou", j.get("id"), Map.of("result", "PASSED")).then().statusCode(409).body("code", is("R-QC-1"), "detail", containsString("own"));
        inspect("zheng", j.get("id"), Map.of("result", "PASSED")).then().statusCode(403).body("code", is("inspector-only"));
        inspect("wu", j.get("id"), Map.of("result", "PASSED")).then().statusCode(400).body("violations.field", contains("roadTest"));
        inspect("wu", j.get("id"), Map.of("result", "PASSED", "checklist", checklist(Checklists.FINAL_INSPECTION, "FAULT_RESOLVED"),
                "roadTest", Map.of("kmBefore", 52310, "kmAfter", 52318, "result", "OK"))).then().statusCode(400).body("violations.field", contains("checklist"));
        inspect("wu", j.get("id"), Map.of("result", "FAILED", "checklist", checklist(Checklists.FINAL_INSPECTION, "FAULT_RESOLVED"))).then().statusCode(400)
                .body("violations.field", contains("reason"));
        inspect("wu", j.get("id"), Map.of("result", "FAILED", "reason", "左前轮刹车仍有异响", "checklist", checklist(Checklists.FINAL_INSPECTION, "FAULT_RESOLVED"),
                "roadTest", Map.of("kmBefore", 52310, "kmAfter", 52305, "result", "NOT_OK"))).then().statusCode(400)
                .body("violations.field", contains("roadTest.kmAfter"));
        inspect("wu", j.get("id"), Map.of("result", "FAILED", "reason", "左前轮刹车仍有异响", "checklist", checklist(Checklists.FINAL_INSPECTION, "FAULT_RESOLVED"),
                "roadTest", Map.of("kmBefore", 52310, "kmAfter", 52318, "result", "NOT_OK"))).then().statusCode(200)
                .body("status", is("REWORK"), "reworkCount", is(1), "inspections[0].result", is("FAILED"), "inspections[0].reason", is("左前轮刹车仍有异响"),
                        "inspections[0].inspectorName", is("吴技师"), "inspections[0].roadTest.kmAfter", is(52318));
        assertEquals("IN_PROGRESS", status(order), "R-QC-2: back to work");
        floor.tech("zhou").get(floor.path("/workshop/my/jobs")).then().body("jobs.id", hasItem(j.get("id")));

        clock.advance(Duration.ofMinutes(10));
        work(j.get("id"));
        assertEquals("QUALITY_CHECK", status(order));
        selfCheck("zhou", j.get("id"), checklist(Checklists.SELF_CHECK, null)).then().statusCode(200).body("status", is("IN_QC"), "selfChecks.round", contains(0, 1));
        inspect("wu", j.get("id"), Map.of("result", "PASSED", "roadTest", Map.of("kmBefore", 52318, "kmAfter", 52326, "result", "OK", "notes", "制动有效")))
                .then().statusCode(200).body("status", is("PASSED"), "inspections.result", contains("FAILED", "PASSED"), "inspections.round", contains(0, 1));

        floor.manager().queryParam("from", "2026-11-23").queryParam("to", "2026-11-23").get(floor.path("/quality-check/first-pass")).then().statusCode(200)
                .body("inspected", is(1), "passedFirstTime", is(0), "rate", is(0.0f), "reworkLoops", is(1),
                        "byTechnician[0].name", is("周技师"), "byTechnician[0].inspected", is(1));
        floor.manager().queryParam("from", "2026-11-24").queryParam("to", "2026-11-23").get(floor.path("/quality-check/first-pass")).then().statusCode(400)
                .body("violations.field", contains("to"));
        floor.manager().get(floor.path("/events")).then().body("items.type", hasItems("QualityCheckFailed", "QualityCheckPassed"));

        // R-REP-5: the old brake pads.
        Map<String, Object> view = qc(order);
        assertEquals(List.of("OLD_PARTS_NOT_RECORDED"), view.get("missing"));
        floor.tech("wu").get(floor.path("/quality-check/queue")).then().body("awaitingInspection", empty(), "awaitingHandover.repairOrderId", contains((String) order.path("id")));
        @SuppressWarnings("unchecked")
        String line = (String) ((List<Map<String, Object>>) view.get("replacedParts")).get(0).get("lineId");
        String oldParts = floor.path("/repair-orders/" + order.path("id") + "/quality-check/old-parts");
        floor.tech("zhou").body(Map.of("parts", List.of(Map.of("lineId", line, "disposition", "WARRANTY_RETURN")))).put(oldParts).then().statusCode(400)
                .body("violations.field", contains("parts[0].disposition"));
        floor.tech("zhou").body(Map.of("parts", List.of(Map.of("lineId", line, "disposition", "DISCARDED_AT_CUSTOMER_REQUEST")))).put(oldParts).then().statusCode(400)
                .body("violations.field", contains("parts[0].note"));
        floor.tech("zhou").body(Map.of("parts", List.of(Map.of("lineId", j.get("id"), "disposition", "KEPT_FOR_CUSTOMER"))))
                .put(oldParts).then().statusCode(400).body("violations.field", contains("parts[0].lineId"));
        floor.tech("zhou").body(Map.of("parts", List.of(Map.of("lineId", line, "disposition", "KEPT_FOR_CUSTOMER", "location", "后备箱")))).put(oldParts).then().log().ifValidationFails().statusCode(200)
                .body("replacedParts[0].disposition", is("KEPT_FOR_CUSTOMER"), "replacedParts[0].location", is("后备箱"), "missing", empty());
        handOver(order, true, "P1-03").then().statusCode(200).body("status", is("READY_FOR_DELIVERY"));
    }

    @Test
    void theAdvisorSignsWhatWasFoundAndNotFixedAndAnIssueFoundLaterNeedsANewSignature() {
        Response order = orderOf(floor.zhou, List.of(job("更换机油及机滤", "1.0", null)));
        Map<String, Object> j = floor.firstJob(order);
        work(j.get("id"));
        selfCheck("zhou", j.get("id"), checklist(Checklists.SELF_CHECK, null)).then().statusCode(200);
        String sign = floor.path("/repair-orders/" + order.path("id") + "/quality-check/found-not-fixed-signature");
        floor.shop.as(Roles.ADVISOR).body(Map.of("signaturePng", PNG)).post(sign).then().statusCode(409).body("code", is("R-QC-3"));

        Response o = floor.shop.as(Roles.ADVISOR).get(floor.path("/repair-orders/" + order.path("id")));
        floor.shop.as(Roles.ADVISOR).header("If-Match", o.header("ETag")).body(Map.of("description", "左后轮胎花纹深度2mm，客户下次更换", "disposition", "DEFERRED", "safetyCritical", true))
                .post(floor.path("/repair-orders/" + order.path("id") + "/findings")).then().statusCode(200);
        assertEquals(List.of("FINDINGS_NOT_SIGNED"), qc(order).get("missing"));
        handOver(order, true, "P2-01").then().statusCode(409).body("code", is("R-QC-4"), "detail", containsString("FINDINGS_NOT_SIGNED"));
        floor.tech("zhou").body(Map.of("signaturePng", PNG)).post(sign).then().statusCode(403);
        floor.shop.as(Roles.ADVISOR).accept("*/*").get(sign).then().statusCode(404);
        floor.shop.as(Roles.ADVISOR).body(Map.of("signaturePng", PNG)).post(sign).then().statusCode(200)
                .body("missing", empty(), "findingsSignedBy", is("advisor-user"), "foundNotFixed[0].safetyCritical", is(true));
        // The signed image itself (PNG, for the file or a dispute), cacheable privately by its ETag.
        Response image = floor.shop.as(Roles.CASHIER).accept("*/*").get(sign);
        image.then().statusCode(200).contentType("image/png").header("Cache-Control", containsString("private"));
        org.junit.jupiter.api.Assertions.assertArrayEquals(java.util.Base64.getDecoder().decode(PNG), image.asByteArray());
        floor.shop.as(Roles.CASHIER).accept("*/*").header("If-None-Match", image.header("ETag")).get(sign).then().statusCode(304);

        o = floor.shop.as(Roles.ADVISOR).get(floor.path("/repair-orders/" + order.path("id")));
        floor.shop.as(Roles.ADVISOR).header("If-Match", o.header("ETag")).body(Map.of("description", "雨刮片老化", "disposition", "DECLINED"))
                .post(floor.path("/repair-orders/" + order.path("id") + "/findings")).then().statusCode(200);
        Map<String, Object> after = qc(order);
        assertEquals(List.of("FINDINGS_NOT_SIGNED"), after.get("missing"), "the signature covered the list as it read then");
        assertEquals(null, after.get("findingsSignedAt"));
        floor.shop.as(Roles.ADVISOR).body(Map.of("signaturePng", PNG)).post(sign).then().statusCode(200).body("missing", empty());
        handOver(order, true, "P2-01").then().statusCode(200).body("status", is("READY_FOR_DELIVERY"));
    }

    @Test
    void aStoreThatInspectsEveryJobSendsEvenASmallOneToAnInspectorAndNobodyInspectsAJobStillInTheWorkshop() {
        floor.shop.changeSettings(s -> s.finalInspectionScope(com.fours.dms.store.FinalInspectionScope.ALL)).then().statusCode(200)
                .body("finalInspectionScope", is("ALL"), "majorRepairHours", is(4.0f));
        Response order = orderOf(floor.zhou, List.of(job("更换机油及机滤", "1.0", null), job("四轮定位", "0.5", null)));
        List<Map<String, Object>> jobs = floor.jobsOf(order);
        floor.manager().put(floor.path("/quality-check/inspectors/" + floor.wu)).then().statusCode(200);
        inspect("wu", jobs.get(0).get("id"), Map.of("result", "PASSED")).then().statusCode(409).body("code", is("R-QC-1"));
        work(jobs.get(0).get("id"));
        assertEquals("IN_PROGRESS", status(order), "one job still open: the order stays in work");
        selfCheck("zhou", jobs.get(0).get("id"), checklist(Checklists.SELF_CHECK, null)).then().statusCode(200)
                .body("status", is("IN_QC"), "requirementReason", is("the store inspects every job"));
        inspect("wu", jobs.get(0).get("id"), Map.of("result", "PASSED")).then().statusCode(200).body("status", is("PASSED"));
        assertEquals(List.of("JOBS_NOT_PASSED", "NOT_IN_QUALITY_CHECK").stream().sorted().toList(),
                ((List<?>) qc(order).get("missing")).stream().map(String::valueOf).sorted().toList());
        floor.manager().get(floor.path("/quality-check/checklists")).then().statusCode(200)
                .body("selfCheck", is(Checklists.SELF_CHECK), "finalInspection", is(Checklists.FINAL_INSPECTION));
        floor.shop.as(Roles.CASHIER).get(floor.path("/quality-check/queue")).then().statusCode(403);
        floor.manager().get(floor.path("/quality-check/inspectors")).then().statusCode(200).body("technicianId", contains(floor.wu));
        floor.manager().delete(floor.path("/quality-check/inspectors/" + floor.wu)).then().statusCode(200).body("", empty());
        floor.manager().delete(floor.path("/quality-check/inspectors/" + floor.wu)).then().statusCode(404);
        floor.shop.as(Roles.ADVISOR).get(floor.path("/quality-check/jobs/" + jobs.get(1).get("id"))).then().statusCode(200)
                .body("status", is("ASSIGNED"), "selfChecks", empty(), "technicianName", is("周技师"), "inspections", empty(), "orderNumber", is((String) order.path("number")),
                        "availableActions", empty());
    }
}
