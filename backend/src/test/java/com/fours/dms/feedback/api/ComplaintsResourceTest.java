package com.fours.dms.feedback.api;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.feedback.Complaints;
import com.fours.dms.feedback.PostServiceFollowUps;
import com.fours.dms.settlement.api.Bills;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.WorkshopFloor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 through the API: an order is delivered, three days later (moved clock) its follow-up call is
 * in customer service's queue, the R-FUP-2 survey recorded on it with a low overall score opens a
 * complaint (R-FUP-5) about the lowest-scoring department and the order's technician; the owner commits
 * to a deadline and resolves it, which opens the second follow-up first in the queue; an unsatisfied
 * customer reopens it (history kept), a satisfied one confirms it and the manager closes it. An overdue
 * case escalates to the service manager (task + e-mail) exactly at its deadline, once per deadline.
 */
@QuarkusTest
class ComplaintsResourceTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    MutableClock clock;

    @Inject
    PostServiceFollowUps followUps;

    @Inject
    Complaints complaints;

    @Inject
    com.fours.dms.feedback.DeliveredOrders delivered;

    @BeforeEach
    void at() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
    }

    static Map<String, Object> answer(String key, Object score) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("questionKey", key);
        if (score instanceof Integer) {
            a.put("score", score);
        } else if (score instanceof Boolean) {
            a.put("yes", score);
        } else {
            a.put("text", score);
        }
        return a;
    }

    Response act(BookingStore shop, String role, Response complaint, String action, Map<String, Object> body) {
        return shop.as(role).header("If-Match", complaint.header("ETag")).body(body).post(shop.path("/complaints/" + complaint.path("id") + "/" + action));
    }

    Response complaint(BookingStore shop, Object id) {
        Response r = shop.as(Roles.CUSTOMER_SERVICE).get(shop.path("/complaints/" + id));
        r.then().statusCode(200);
        return r;
    }

    @Test
    void aDeliveredOrdersFollowUpSurveyWithALowScoreOpensAComplaintWhoseResolutionBringsTheSecondFollowUpFirst() {
        WorkshopFloor floor = WorkshopFloor.open();
        Bills bills = new Bills(clock, floor);
        BookingStore shop = floor.shop;
        Response order = bills.ready(false);
        Response bill = bills.ok(bills.cashier(), bills.draw(order), "/finalise", null);
        bills.pay(bill, Map.of("tender", "CASH", "tendered", "300.00")).then().statusCode(200);
        Response released = bills.ok(bills.cashier(), bills.get(bill), "/release-note", null);
        bills.ok(bills.as(Roles.ADVISOR), released, "/delivery", Bills.delivery()); // Monday 23 Nov, store time

        clock.set(Instant.parse("2026-11-26T02:00:00Z")); // Thursday 10:00: the third day
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> followUps.run(shop.code, SHANGHAI)).calls());
        Response queue = shop.as(Roles.CUSTOMER_SERVICE).get(shop.path("/follow-up/queue"));
        queue.then().statusCode(200).body("offered.task.type", hasItem("FOLLOW_UP_CALL"), "offered.task.subject.id", hasItem((String) order.path("id")));
        String task = queue.path("offered.find { it.task.type == 'FOLLOW_UP_CALL' }.task.id");

        shop.as(Roles.CUSTOMER_SERVICE).get(shop.path("/follow-up/survey-template")).then().statusCode(200)
                .body("version", is(0), "questions.key", hasItems("RECEPTION_SPEED", "COMPLETION_SPEED", "CHECKOUT_SPEED", "PARTS_PRICE", "LABOUR_PRICE",
                        "QUOTED_PROACTIVELY", "EXPLAINED_ITEMS", "REPAIR_QUALITY", "PAINT_QUALITY", "CLEANLINESS", "ARRIVAL_EXPERIENCE", "OVERALL", "COMMENTS"));
        String survey = shop.path("/follow-up/tasks/" + task + "/survey");
        shop.as(Roles.CUSTOMER_SERVICE).body(Map.of("templateVersion", 0, "answers", List.of(answer("NOPE", 5), answer("REPAIR_QUALITY", true))))
                .post(survey).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("answers[0].questionKey", "answers[1].score", "answers"));
        shop.as(Roles.ADVISOR).body(Map.of("templateVersion", 0, "answers", List.of(answer("OVERALL", 9)))).post(survey).then().statusCode(403);

        Response recorded = shop.as(Roles.CUSTOMER_SERVICE).body(Map.of("templateVersion", 0, "answers", List.of(answer("RECEPTION_SPEED", 8),
                answer("REPAIR_QUALITY", 3), answer("QUOTED_PROACTIVELY", true), answer("OVERALL", 4), answer("COMMENTS", "刹车还有异响")))).post(survey);
        recorded.then().statusCode(201).body("overallScore", is(4), "comment", is("刹车还有异响"), "complaintId", notNullValue(),
                "answers.find { it.questionKey == 'REPAIR_QUALITY' }.department", is("WORKSHOP"),
                "answers.find { it.questionKey == 'REPAIR_QUALITY' }.attributedTo", is("TECHNICIANS"),
                "answers.find { it.questionKey == 'RECEPTION_SPEED' }.attributedTo", is("ADVISOR"), "technicianIds", hasSize(1));
        shop.as(Roles.CUSTOMER_SERVICE).body(Map.of("templateVersion", 0, "answers", List.of(answer("OVERALL", 9)))).post(survey).then().statusCode(409)
                .body("code", is("survey-recorded"));
        shop.as(Roles.CUSTOMER_SERVICE).get(shop.path("/tasks/" + task)).then().statusCode(200).body("status", is("DONE"), "closeReason", is("SURVEY_RECORDED"));

        shop.as(Roles.SERVICE_MANAGER).get(shop.path("/follow-up/survey-report")).then().statusCode(200)
                .body("responses", is(1), "averageOverall", is(4.0f),
                        "departments.find { it.key == 'WORKSHOP' }.averageScore", is(3.0f), "departments.find { it.key == 'RECEPTION' }.averageScore", is(8.0f),
                        "departments.find { it.key == 'SERVICE' }.averageScore", is(4.0f), "technicians", hasSize(1), "technicians[0].averageScore", is(3.0f),
                        "technicians[0].name", notNullValue(),
                        // the walk-in was received by a login that is no advisor of the store's set-up: nobody to attribute reception to
                        "advisors", empty());
        shop.as(Roles.SERVICE_MANAGER).queryParam("weeks", 1).get(shop.path("/follow-up/coverage")).then().statusCode(200)
                .body("weeks[0].delivered", is(1), "weeks[0].sampled", is(1), "weeks[0].surveyed", is(1), "weeks[0].coveragePercent", is(100.0f));

        Response c = complaint(shop, recorded.path("complaintId"));
        c.then().body("source", is("SURVEY"), "status", is("OPEN"), "department", is("WORKSHOP"), "category", is("REPAIR_QUALITY"),
                "technicianId", is((String) recorded.path("technicianIds[0]")), "repairOrderId", is((String) order.path("id")),
                "deadline", is("2026-11-28T02:00:00Z"), "availableActions", contains("start", "reassign"), "history.action", contains("opened"));
        act(shop, Roles.CUSTOMER_SERVICE, c, "resolve", Map.of("note", "x")).then().statusCode(409).body("code", is("complaint-state"));
        act(shop, Roles.CUSTOMER_SERVICE, c, "start", Map.of("deadline", "2026-11-26T01:00:00Z")).then().statusCode(400)
                .body("violations.field", contains("deadline"));
        Response started = act(shop, Roles.WORKSHOP, c, "start", Map.of("deadline", "2026-11-27T10:00:00Z", "note", "安排复查刹车"));
        started.then().statusCode(200).body("status", is("IN_PROGRESS"), "owner", is("workshop-user"), "deadline", is("2026-11-27T10:00:00Z"));
        Response resolved = act(shop, Roles.WORKSHOP, started, "resolve", Map.of("note", "免费重新调整刹车，试车无异响"));
        resolved.then().statusCode(200).body("status", is("RESOLVED"), "callbackTaskId", notNullValue(), "availableActions", contains("second-follow-up"));

        // R-FUP-5 / R-FUP-6: the second follow-up is the first call of the day.
        shop.as(Roles.CUSTOMER_SERVICE).get(shop.path("/follow-up/queue")).then().statusCode(200)
                .body("offered[0].task.type", is("COMPLAINT_CALLBACK"), "offered[0].task.id", is((String) resolved.path("callbackTaskId")),
                        "offered[0].rank", is(0));
        Response reopened = act(shop, Roles.CUSTOMER_SERVICE, resolved, "second-follow-up", Map.of("satisfied", false, "note", "客户说仍有异响"));
        reopened.then().statusCode(200).body("status", is("OPEN"), "round", is(2), "callbackTaskId", nullValue(),
                "history.action", contains("opened", "started", "resolved", "reopened"));
        shop.as(Roles.CUSTOMER_SERVICE).get(shop.path("/tasks/" + resolved.path("callbackTaskId"))).then().statusCode(200)
                .body("status", is("DONE"), "closeReason", is("COMPLAINT_REOPENED"));
        Response again = act(shop, Roles.WORKSHOP, act(shop, Roles.WORKSHOP, reopened, "start", Map.of("deadline", "2026-11-27T10:00:00Z")),
                "resolve", Map.of("note", "更换刹车片"));
        again.then().statusCode(200).body("status", is("RESOLVED"), "callbackTaskId", not(is((String) resolved.path("callbackTaskId"))));
        Response confirmed = act(shop, Roles.CUSTOMER_SERVICE, again, "second-follow-up", Map.of("satisfied", true, "note", "客户满意"));
        confirmed.then().statusCode(200).body("status", is("CONFIRMED"));
        act(shop, Roles.CUSTOMER_SERVICE, confirmed, "close", Map.of("note", "结案")).then().statusCode(403);
        act(shop, Roles.SERVICE_MANAGER, confirmed, "close", Map.of("note", "结案")).then().statusCode(200).body("status", is("CLOSED"),
                "history.action", contains("opened", "started", "resolved", "reopened", "started", "resolved", "confirmed", "closed"));
        shop.manager().queryParam("entityType", "complaint").queryParam("entityId", (String) c.path("id")).get(shop.path("/audit-entries")).then()
                .statusCode(200).body("items.action", hasItems("created", "started", "resolved", "reopened", "confirmed", "closed"));
    }

    @Test
    void anOverdueCaseEscalatesToTheServiceManagerAtItsDeadlineOncePerDeadline() {
        BookingStore shop = BookingStore.open();
        Response settings = shop.manager().get(shop.path("/follow-up/settings"));
        shop.manager().header("If-Match", settings.header("ETag")).body(Map.of("escalationEmail", "manager@example.com")).put(shop.path("/follow-up/settings"))
                .then().statusCode(200).body("escalationEmail", is("manager@example.com"), "complaintScoreThreshold", is(6), "followUpSamplePercent", is(50));
        String[] cv = shop.customerWithVehicle();
        Response created = shop.as(Roles.CUSTOMER_SERVICE).body(Map.of("customerId", cv[0], "vehicleId", cv[1], "details", Map.of("category", "WAITING_TIME",
                "department", "RECEPTION", "description", "等候时间太长", "owner", "advisor-user", "deadline", "2026-11-23T04:00:00Z"))).post(shop.path("/complaints"));
        created.then().statusCode(201).body("source", is("DESK"), "status", is("OPEN"), "owner", is("advisor-user"), "overdue", is(false));

        clock.set(Instant.parse("2026-11-23T03:59:59Z"));
        assertEquals(0, escalate(shop));
        clock.set(Instant.parse("2026-11-23T04:00:00Z"));
        // Two instances at once: the case is escalated by exactly one of them.
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.CompletableFuture<Integer>> runs = java.util.stream.IntStream.range(0, 2)
                .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return escalate(shop);
                })).toList();
        go.countDown();
        assertEquals(1, runs.stream().mapToInt(java.util.concurrent.CompletableFuture::join).sum());
        assertEquals(0, escalate(shop), "once per deadline");
        shop.as(Roles.SERVICE_MANAGER).queryParam("overdue", true).get(shop.path("/complaints")).then().statusCode(200)
                .body("items.id", contains((String) created.path("id")), "items[0].overdue", is(true), "items[0].escalatedAt", is("2026-11-23T04:00:00Z"),
                        "items[0].history.action", contains("opened", "escalated"));
        shop.manager().queryParam("type", "COMPLAINT_CALLBACK").queryParam("assigneeRole", "service-manager").queryParam("subjectId", (String) created.path("id")).get(shop.path("/tasks")).then()
                .statusCode(200).body("items", hasSize(1), "items[0].assignee.role", is("service-manager"), "items[0].priority", is("URGENT"),
                        "items[0].title", startsWith("投诉超期"));
        List<Map<String, Object>> mails = shop.manager().get(shop.path("/notifications")).then().statusCode(200).extract()
                .path("items.findAll { it.kind == 'COMPLAINT_ESCALATED' }");
        assertEquals(1, mails.size());
        assertEquals("MANAGER", mails.get(0).get("audience"));
        assertEquals("EMAIL", mails.get(0).get("channel"));

        // The owner commits to a new deadline: it is escalated again when that one passes.
        Response c = complaint(shop, created.path("id"));
        act(shop, Roles.ADVISOR, c, "reassign", Map.of("deadline", "2026-11-23T06:00:00Z", "note", "等配件")).then().statusCode(200)
                .body("overdue", is(false));
        clock.advance(Duration.ofHours(2));
        assertEquals(1, escalate(shop));
        shop.manager().queryParam("type", "COMPLAINT_CALLBACK").queryParam("assigneeRole", "service-manager").queryParam("subjectId", (String) created.path("id")).get(shop.path("/tasks")).then()
                .statusCode(200).body("items", hasSize(2));
        // A case being resolved is no longer escalated.
        Response started = act(shop, Roles.ADVISOR, complaint(shop, created.path("id")), "start", Map.of("deadline", "2026-11-23T09:00:00Z"));
        act(shop, Roles.ADVISOR, started, "resolve", Map.of("note", "已致歉并赠送保养券")).then().statusCode(200);
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
        assertEquals(0, escalate(shop));
    }

    int escalate(BookingStore shop) {
        return QuarkusTransaction.requiringNew().call(() -> complaints.escalateOverdue(shop.code, "system:test"));
    }

    @Test
    void theStoreEditsTheSurveyAsANewVersionThatKeepsTheOverallScore() {
        BookingStore shop = BookingStore.open();
        String path = shop.path("/follow-up/survey-template");
        List<Map<String, Object>> questions = List.of(
                Map.of("key", "REPAIR_QUALITY", "kind", "SCORE", "textZh", "维修质量", "textEn", "Repair quality", "department", "WORKSHOP", "attributedTo", "TECHNICIANS"),
                Map.of("key", "WIFI", "kind", "SCORE", "textZh", "休息室网络好用吗？", "textEn", "Was the lounge Wi-Fi fine?", "department", "RECEPTION",
                        "attributedTo", "ADVISOR"));
        shop.manager().body(Map.of("questions", questions)).put(path).then().statusCode(428);
        shop.manager().header("If-Match", "\"0\"").body(Map.of("questions", questions)).put(path).then().statusCode(400)
                .body("violations.field", hasItem("questions"));
        List<Map<String, Object>> withOverall = new java.util.ArrayList<>(questions);
        withOverall.add(Map.of("key", "OVERALL", "kind", "SCORE", "textZh", "总体评分", "textEn", "Overall", "department", "SERVICE"));
        shop.as(Roles.CUSTOMER_SERVICE).header("If-Match", "\"0\"").body(Map.of("questions", withOverall)).put(path).then().statusCode(403);
        shop.manager().header("If-Match", "\"0\"").body(Map.of("questions", withOverall)).put(path).then().statusCode(200)
                .header("ETag", is("\"1\"")).body("version", is(1), "questions.key", contains("REPAIR_QUALITY", "WIFI", "OVERALL"),
                        "questions.find { it.key == 'OVERALL' }.required", is(true));
        shop.manager().header("If-Match", "\"0\"").body(Map.of("questions", withOverall)).put(path).then().statusCode(412);
        shop.as(Roles.CUSTOMER_SERVICE).get(path).then().statusCode(200).body("version", is(1), "createdBy", is("service-manager-user"));

        // A call asked from version 1: answers are checked against it and counted for the order's advisor.
        String[] cv = shop.customerWithVehicle();
        java.util.UUID order = java.util.UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> delivered.record(new com.fours.dms.feedback.DeliveredOrders.Delivery(shop.code, order, "RO-V1",
                java.util.UUID.fromString(cv[0]), java.util.UUID.fromString(cv[1]), java.util.UUID.fromString(shop.advisorIds.get(0)), List.of(),
                "PRIVATE", "CUSTOMER", clock.instant())));
        clock.advance(Duration.ofDays(3));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> followUps.run(shop.code, SHANGHAI)).calls());
        String task = shop.manager().queryParam("type", "FOLLOW_UP_CALL").queryParam("subjectId", order.toString()).get(shop.path("/tasks")).then()
                .statusCode(200).extract().path("items[0].id");
        String survey = shop.path("/follow-up/tasks/" + task + "/survey");
        shop.as(Roles.CUSTOMER_SERVICE).body(Map.of("templateVersion", 1, "answers", List.of(answer("RECEPTION_SPEED", 9), answer("OVERALL", 9))))
                .post(survey).then().statusCode(400).body("violations.field", contains("answers[0].questionKey"));
        shop.as(Roles.CUSTOMER_SERVICE).body(Map.of("templateVersion", 1, "answers", List.of(answer("WIFI", 7), answer("OVERALL", 9))))
                .post(survey).then().statusCode(201).body("templateVersion", is(1), "complaintId", nullValue(), "advisorId", is(shop.advisorIds.get(0)));
        shop.manager().get(shop.path("/follow-up/survey-report")).then().statusCode(200).body("responses", is(1),
                "advisors.key", contains(shop.advisorIds.get(0)), "advisors[0].name", is("王顾问"), "advisors[0].averageScore", is(7.0f),
                "departments.key", contains("RECEPTION", "SERVICE"), "departments.averageScore", contains(7.0f, 9.0f));
    }
}
