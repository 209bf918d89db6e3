package com.fours.dms.dispatch.api;

import static com.fours.dms.support.WorkshopFloor.job;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.dispatch.ProgressCheckJobs;
import com.fours.dms.notification.Outbox;
import com.fours.dms.notification.OutboxDispatcher;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.GreenMailServer;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.WorkshopFloor;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-REP-2 through the API: the scheduler raises one PROGRESS_CHECK task per job when 75 % of its
 * sold hours have elapsed since the first clock-on; the order's advisor answers it; a later expected
 * completion moves the promise (reason, history, audit) and the customer gets exactly one message,
 * read back from GreenMail after the outbox ran; late orders are flagged on the board, the list and
 * the order. The clock starts on Monday 2026-11-23 09:00 Asia/Shanghai and is moved.
 */
@QuarkusTest
class ProgressCheckResourceTest {
    static final Instant MON_0900 = Instant.parse("2026-11-23T01:00:00Z");

    @Inject
    MutableClock clock;

    @Inject
    ProgressCheckJobs jobs;

    @Inject
    OutboxDispatcher dispatcher;

    @GreenMailServer.Inject
    GreenMail mail;

    WorkshopFloor floor;
    String advisorId;
    String advisorLogin;

    @BeforeEach
    void floor() {
        clock.set(MON_0900);
        floor = WorkshopFloor.open();
        advisorId = floor.shop.advisorIds.get(0);
        List<Map<String, Object>> advisors = floor.manager().get(floor.path("/advisors")).then().statusCode(200).extract().path("");
        advisorLogin = (String) advisors.stream().filter(a -> advisorId.equals(a.get("id"))).findFirst().orElseThrow().get("username");
    }

    @AfterEach
    void drainTheOutbox() {
        Outbox.drain(dispatcher);
    }

    /**
     * The outbox sends what is due; an SMTP session the busy test server dropped (421) is retried
     * after the dispatcher's backoff (1 minute), so the clock moves on past it once.
     */
    void deliver() {
        Outbox.drain(dispatcher);
        clock.advance(Duration.ofMinutes(2));
        Outbox.drain(dispatcher);
    }

    /** A customer who prefers e-mail, with a car; returns {customerId, vehicleId}. */
    String[] emailCustomer(String email) {
        String customer = floor.shop.as(Roles.ADVISOR).body(Fixtures.aCustomer().named("周敏").with("email", email).with("preferredContact", "EMAIL").body())
                .post(floor.path("/customers")).then().statusCode(201).extract().path("id");
        String vehicle = floor.shop.as(Roles.ADVISOR).body(Fixtures.aVehicle(customer).body()).post(floor.path("/vehicles")).then().statusCode(201).extract().path("id");
        return new String[] {customer, vehicle};
    }

    /** A signed order of the shop's first advisor with one job of these sold hours, handed to 周技师. */
    Response order(String[] cv, String hours) {
        return floor.handedOver(floor.zhou, List.of(job("更换变速箱油", hours, null)),
                Map.of("customerId", cv[0], "vehicleId", cv[1], "advisorId", advisorId, "requestedWork", "变速箱换油"));
    }

    /** An order whose job 周技师 clocked on now; returns the order (as handed over). */
    Response clockedOn(String email, String hours) {
        Response o = order(emailCustomer(email), hours);
        floor.punch("zhou", "clock-on", Map.of("jobId", floor.firstJob(o).get("id"))).then().statusCode(200);
        return o;
    }

    /** Runs the scheduler until nothing more is due (other tests' jobs share the database). */
    void raise() {
        for (int i = 0; i < 100 && jobs.raiseDue() > 0; i++) {
            // keep going
        }
    }

    RequestSpecification advisor() {
        return floor.shop.as(Roles.ADVISOR);
    }

    List<Map<String, Object>> tasksOf(Response order) {
        return floor.manager().queryParam("subjectId", (String) order.path("id")).queryParam("type", "PROGRESS_CHECK").get(floor.path("/tasks"))
                .then().statusCode(200).extract().path("items");
    }

    Response checkOf(Response order) {
        Response page = advisor().queryParam("repairOrderId", (String) order.path("id")).get(floor.path("/progress-checks"));
        page.then().statusCode(200).body("items.size()", is(1));
        Response check = advisor().get(floor.path("/progress-checks/" + page.path("items[0].id")));
        check.then().statusCode(200);
        return check;
    }

    Response complete(Response check, Map<String, Object> body) {
        return advisor().header("If-Match", check.header("ETag")).body(body).post(floor.path("/progress-checks/" + check.path("id") + "/complete"));
    }

    static Map<String, Object> answer(Instant expected, Object... more) {
        Map<String, Object> m = new HashMap<>();
        m.put("expectedCompletionAt", expected.toString());
        m.put("workshopAsked", true);
        m.put("workshopPerson", "周技师");
        for (int i = 0; i < more.length; i += 2) {
            m.put((String) more[i], more[i + 1]);
        }
        return m;
    }

    Response repairOrder(Response order) {
        return floor.manager().get(floor.path("/repair-orders/" + order.path("id")));
    }

    List<Map<String, Object>> customerMessagesAbout(Response order) {
        List<Map<String, Object>> all = floor.manager().queryParam("audience", "CUSTOMER").queryParam("limit", 100).get(floor.path("/notifications"))
                .then().statusCode(200).extract().path("items");
        return all.stream().filter(m -> order.path("id").equals(m.get("subjectId"))).toList();
    }

    @Test
    void theCheckFallsDueAtSeventyFivePercentAndOneTaskIsRaisedForTheOrdersAdvisor() {
        Response o = clockedOn(Fixtures.unique("due") + "@example.com", "2.00");
        // 75 % of 2 h after the clock-on at 09:00 is 10:30.
        clock.set(MON_0900.plus(Duration.ofMinutes(90)).minusSeconds(1));
        raise();
        assertEquals(0, tasksOf(o).size(), "10:29:59 is not yet 75 %");

        clock.set(MON_0900.plus(Duration.ofMinutes(90)));
        raise();
        raise();
        clock.advance(Duration.ofHours(1));
        raise();
        List<Map<String, Object>> tasks = tasksOf(o);
        assertEquals(1, tasks.size(), "exactly one task per job, whatever the runs: " + tasks);
        Map<String, Object> t = tasks.get(0);
        assertEquals("HIGH", t.get("priority"));
        assertEquals("OPEN", t.get("status"));
        assertEquals(Map.of("role", "advisor", "username", advisorLogin), t.get("assignee"));
        assertEquals("2026-11-23T02:30:00Z", t.get("dueFrom"));
        Instant promised = Instant.parse(o.path("promisedDeliveryAt"));
        Instant dueUntil = Instant.parse((String) t.get("dueUntil"));
        assertEquals(promised.isBefore(Instant.parse("2026-11-23T03:00:00Z")) ? promised : Instant.parse("2026-11-23T03:00:00Z"), dueUntil,
                "30 minutes to answer, or until the promised time if that is sooner");
        assertTrue(((String) t.get("title")).contains(o.path("number")), (String) t.get("title"));
        assertEquals(List.of("record-progress-check", "assign"), t.get("availableActions"));

        Response check = checkOf(o);
        check.then().body("status", is("OPEN"), "taskId", is(t.get("id")), "jobId", is(floor.firstJob(o).get("id")), "jobDescription", is("更换变速箱油"),
                "orderNumber", is((String) o.path("number")), "plate", is((String) o.path("vehicle.plate")), "startedFrom", is("2026-11-23T01:00:00Z"),
                "soldHours", is(2.0f), "percent", is(75), "dueAt", is("2026-11-23T02:30:00Z"), "raisedAt", is("2026-11-23T02:30:00Z"),
                "availableActions", is(List.of("complete")), "expectedCompletionAt", nullValue());
        advisor().queryParam("taskId", (String) t.get("id")).get(floor.path("/progress-checks")).then().statusCode(200)
                .body("items.size()", is(1), "items[0].id", is((String) check.path("id")));
        floor.manager().queryParam("entityType", "job-progress-check").queryParam("entityId", (String) check.path("id")).get(floor.path("/audit-entries"))
                .then().statusCode(200).body("items.action", is(List.of("raised")), "items[0].actor", is("system:progress-check"));
    }

    @Test
    void aPlannedJobNobodyStartedCountsFromItsPlannedStartWithTheStoresShare() {
        floor.shop.changeSettings(s -> s.progressCheckPercent(85)).then().statusCode(400).body("violations[0].field", containsString("progressCheckPercent"));
        floor.shop.changeSettings(s -> s.progressCheckPercent(80)).then().statusCode(200).body("progressCheckPercent", is(80));
        Response o = floor.handedOver("FOREMAN_QUEUE", List.of(job("四轮定位", "1.00", null)), orderBody());
        floor.assigned(floor.firstJob(o), floor.zhou, floor.b01, "2026-11-23T01:00:00Z", "2026-11-23T02:00:00Z");
        // 80 % of 1 h from the planned 09:00 is 09:48; nobody has clocked on.
        clock.set(MON_0900.plus(Duration.ofMinutes(48)).minusSeconds(1));
        raise();
        assertEquals(0, tasksOf(o).size());
        clock.set(MON_0900.plus(Duration.ofMinutes(48)));
        raise();
        assertEquals(1, tasksOf(o).size());
        checkOf(o).then().body("percent", is(80), "startedFrom", is("2026-11-23T01:00:00Z"), "dueAt", is("2026-11-23T01:48:00Z"));
    }

    /** An order body for the shop's first advisor with a fresh customer and car. */
    Map<String, Object> orderBody() {
        String[] cv = emailCustomer(Fixtures.unique("plan") + "@example.com");
        return Map.of("customerId", cv[0], "vehicleId", cv[1], "advisorId", advisorId, "requestedWork", "四轮定位");
    }

    @Test
    void aLaterExpectedCompletionMovesThePromiseWithItsReasonAndTellsTheCustomerExactlyOnce() throws Exception {
        String email = Fixtures.unique("late") + "@example.com";
        Response o = clockedOn(email, "2.00");
        clock.set(MON_0900.plus(Duration.ofMinutes(90)));
        raise();
        Response check = checkOf(o);
        Instant promised = Instant.parse(o.path("promisedDeliveryAt"));
        Instant expected = promised.plus(Duration.ofHours(2));

        complete(check, answer(expected)).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", is(List.of("revisionReason")), "violations[0].message", containsString("R-REP-2"));
        complete(check, answer(expected, "revisionReason", "变速箱油到货延迟", "revisedPromisedAt", expected.minusSeconds(60).toString()))
                .then().statusCode(400).body("violations.field", is(List.of("revisedPromisedAt")));

        Response done = complete(check, answer(expected, "anomalies", "变速箱油到货延迟，供应商下午送到", "revisionReason", "变速箱油到货延迟"));
        done.then().statusCode(200).body("status", is("RECORDED"), "late", is(true), "expectedCompletionAt", is(expected.toString()),
                "promisedBefore", is(promised.toString()), "promisedAfter", is(expected.toString()), "promisedDeliveryAt", is(expected.toString()),
                "orderLate", is(false), "workshopAsked", is(true), "workshopPerson", is("周技师"), "anomalies", is("变速箱油到货延迟，供应商下午送到"),
                "revisionReason", is("变速箱油到货延迟"), "recordedBy", is("advisor-user"), "customerMessage.channel", is("EMAIL"),
                "customerMessage.recipient", is(email), "customerMessage.status", is("PENDING"), "availableActions", is(List.of()));

        // The order: the promise moved, the move is in its history with the reason, the workshop's answer is on it, audited.
        repairOrder(o).then().statusCode(200).body("promisedDeliveryAt", is(expected.toString()), "promisedDeliverySource", is("REVISED"),
                "promisedDeliveryReason", is(List.of("PROGRESS_CHECK")), "expectedCompletionAt", is(expected.toString()), "late", is(false),
                "promiseRevisions.size()", is(1), "promiseRevisions[0].previousAt", is(promised.toString()),
                "promiseRevisions[0].revisedTo", is(expected.toString()), "promiseRevisions[0].reason", is("PROGRESS_CHECK"),
                "promiseRevisions[0].note", is("变速箱油到货延迟"), "promiseRevisions[0].reference", is((String) check.path("id")),
                "promiseRevisions[0].revisedBy", is("advisor-user"));
        floor.manager().queryParam("entityType", "repair-order").queryParam("entityId", (String) o.path("id")).get(floor.path("/audit-entries"))
                .then().statusCode(200).body("items.action", hasItem("delivery-revised"), "items.action", hasItem("completion-expected"));
        // The task is done; the board card shows the workshop's answer and keeps the new promise.
        assertEquals("DONE", tasksOf(o).get(0).get("status"));
        Map<String, Object> card = floor.firstJob(o);
        assertEquals(expected.toString(), card.get("expectedCompletionAt"));
        assertEquals("ON_TIME", card.get("lateness"));

        // Exactly one customer message, really sent by the outbox.
        assertEquals(1, customerMessagesAbout(o).size());
        deliver();
        List<MimeMessage> mails = Outbox.mailsTo(mail, email);
        assertEquals(1, mails.size());
        assertEquals("【测试预约店】交车时间调整", mails.get(0).getSubject());
        String text = Outbox.text(mails.get(0));
        assertTrue(text.contains("周敏您好"), text);
        assertTrue(text.contains((String) o.path("vehicle.plate")), text);
        assertTrue(text.contains("原因：变速箱油到货延迟"), text);
        assertTrue(text.contains(storeTime(expected, "M月d日 HH:mm")) && text.contains(storeTime(promised, "M月d日 HH:mm")), text);
        checkOf(o).then().body("customerMessage.status", is("SENT"));

        // Answered once: a second answer is refused, a stale one too.
        Response again = checkOf(o);
        complete(again, answer(expected.plusSeconds(600), "revisionReason", "再次")).then().statusCode(409).body("code", is("R-REP-2"));
        advisor().header("If-Match", "\"0\"").body(answer(expected)).post(floor.path("/progress-checks/" + check.path("id") + "/complete"))
                .then().statusCode(412);
        assertEquals(1, customerMessagesAbout(o).size());
    }

    static String storeTime(Instant at, String pattern) {
        return java.time.format.DateTimeFormatter.ofPattern(pattern).format(at.atZone(java.time.ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void anAnswerWithinThePromiseMovesNothingAndTellsNobody() {
        Response o = clockedOn(Fixtures.unique("ontime") + "@example.com", "2.00");
        clock.set(MON_0900.plus(Duration.ofMinutes(90)));
        raise();
        Response check = checkOf(o);
        Instant promised = Instant.parse(o.path("promisedDeliveryAt"));
        Instant expected = clock.instant().plus(Duration.ofMinutes(20));
        assertTrue(!expected.isAfter(promised), "the fixture promises more than 20 minutes from 10:30: " + promised);

        complete(check, answer(expected, "revisedPromisedAt", promised.plusSeconds(3600).toString())).then().statusCode(400)
                .body("violations.field", is(List.of("revisedPromisedAt")));
        complete(check, answer(expected, "revisionReason", "无")).then().statusCode(400).body("violations.field", is(List.of("revisionReason")));
        complete(check, answer(expected, "workshopAsked", false, "workshopPerson", null)).then().statusCode(200)
                .body("late", is(false), "promisedBefore", is(promised.toString()), "promisedAfter", is(promised.toString()), "customerMessage", nullValue(),
                        "workshopAsked", is(false), "workshopPerson", nullValue());
        repairOrder(o).then().body("promisedDeliveryAt", is(promised.toString()), "promiseRevisions.size()", is(0),
                "expectedCompletionAt", is(expected.toString()), "late", is(false));
        assertEquals(0, customerMessagesAbout(o).size());
        assertEquals("DONE", tasksOf(o).get(0).get("status"));
    }

    @Test
    void badAnswersAreProblemsNamingTheFieldAndTheTaskDeskCannotCloseTheCheck() {
        Response o = clockedOn(Fixtures.unique("bad") + "@example.com", "2.00");
        clock.set(MON_0900.plus(Duration.ofMinutes(90)));
        raise();
        Response check = checkOf(o);
        Map<String, Object> noTime = answer(clock.instant());
        noTime.remove("expectedCompletionAt");
        complete(check, noTime).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("expectedCompletionAt")));
        complete(check, answer(clock.instant().minusSeconds(60))).then().statusCode(400).body("violations.field", is(List.of("expectedCompletionAt")));
        complete(check, answer(clock.instant().plusSeconds(600), "workshopPerson", " ")).then().statusCode(400)
                .body("violations.field", is(List.of("workshopPerson")));
        complete(check, answer(clock.instant().plusSeconds(600), "language", "de")).then().statusCode(400)
                .body("violations.field", hasItem(containsString("language")));
        advisor().body(answer(clock.instant().plusSeconds(600))).post(floor.path("/progress-checks/" + check.path("id") + "/complete"))
                .then().statusCode(428);
        advisor().get(floor.path("/progress-checks/" + java.util.UUID.randomUUID())).then().statusCode(404).contentType("application/problem+json");
        floor.shop.as(Roles.WORKSHOP).header("If-Match", check.header("ETag")).body(answer(clock.instant().plusSeconds(600)))
                .post(floor.path("/progress-checks/" + check.path("id") + "/complete")).then().statusCode(403);

        // The task desk's own actions would leave the check unanswered.
        Map<String, Object> task = tasksOf(o).get(0);
        Response t = advisor().get(floor.path("/tasks/" + task.get("id")));
        advisor().header("If-Match", t.header("ETag")).post(floor.path("/tasks/" + task.get("id") + "/complete")).then().statusCode(409)
                .body("code", is("R-REP-2"));
        advisor().header("If-Match", t.header("ETag")).body(Map.of("outcome", "DONE")).post(floor.path("/tasks/" + task.get("id") + "/attempts"))
                .then().statusCode(409).body("code", is("R-REP-2"));
        checkOf(o).then().body("status", is("OPEN"));
    }

    @Test
    void aJobFinishedBeforeAnyoneAnsweredCancelsTheCheckAndItsTask() {
        Response o = clockedOn(Fixtures.unique("fin") + "@example.com", "2.00");
        clock.set(MON_0900.plus(Duration.ofMinutes(90)));
        raise();
        floor.punch("zhou", "finish", Map.of("jobId", floor.firstJob(o).get("id"))).then().statusCode(200);
        Response check = checkOf(o);
        check.then().body("status", is("CANCELLED"), "closedReason", containsString("finished"), "availableActions", is(List.of()));
        Map<String, Object> task = tasksOf(o).get(0);
        assertEquals("CANCELLED", task.get("status"));
        complete(check, answer(clock.instant().plusSeconds(600))).then().statusCode(409).body("code", is("R-REP-2"));
    }

    @Test
    void lateOrdersAreFlaggedOnTheBoardInTheAdvisorsListAndOnTheOrder() {
        Response late = clockedOn(Fixtures.unique("l1") + "@example.com", "2.00");
        Instant promised = Instant.parse(late.path("promisedDeliveryAt"));
        clock.set(promised.plusSeconds(60));
        Response onTime = order(emailCustomer(Fixtures.unique("l2") + "@example.com"), "0.50");
        String onTimeId = onTime.path("id");
        assertTrue(Instant.parse(onTime.path("promisedDeliveryAt")).isAfter(clock.instant()), "the second order is promised later");

        assertEquals("LATE", floor.firstJob(late).get("lateness"));
        repairOrder(late).then().body("late", is(true));
        List<String> lateIds = advisor().queryParam("late", true).queryParam("limit", 100).get(floor.path("/repair-orders")).then().statusCode(200)
                .body("items.late", not(hasItem(false))).extract().path("items.id");
        assertTrue(lateIds.contains((String) late.path("id")), lateIds.toString());
        assertTrue(!lateIds.contains(onTimeId), lateIds.toString());
        advisor().queryParam("limit", 100).get(floor.path("/repair-orders")).then().statusCode(200)
                .body("items.find { it.id == '" + onTimeId + "' }.late", is(false), "items.find { it.id == '" + late.path("id") + "' }.late", is(true));
    }

    @Test
    void quietHoursHoldTheCustomersMessageUntilMorningInTheLanguageAsked() throws Exception {
        String email = Fixtures.unique("quiet") + "@example.com";
        Response o = clockedOn(email, "2.00");
        clock.set(MON_0900.plus(Duration.ofMinutes(90)));
        raise();
        // Answered at 22:00 in Shanghai: quiet hours (21:00-08:00) hold the e-mail until 08:00.
        clock.set(Instant.parse("2026-11-23T14:00:00Z"));
        Response check = checkOf(o);
        Instant expected = Instant.parse("2026-11-24T03:00:00Z");
        complete(check, answer(expected, "revisionReason", "Gearbox oil delivered late", "language", "en")).then().statusCode(200).body("late", is(true));
        Outbox.drain(dispatcher);
        assertEquals(0, Outbox.mailsTo(mail, email).size());
        checkOf(o).then().body("customerMessage.status", is("HELD"));
        clock.set(Instant.parse("2026-11-24T00:00:00Z"));
        deliver();
        List<MimeMessage> mails = Outbox.mailsTo(mail, email);
        assertEquals(1, mails.size());
        assertEquals("[测试预约店] Your car will be ready later", mails.get(0).getSubject());
        String text = Outbox.text(mails.get(0));
        assertTrue(text.contains("Reason: Gearbox oil delivered late") && text.contains("24 Nov 11:00"), text);
    }

    @Test
    void twoInstancesRaisingAtOnceOpenOneCheckAndOneTaskPerJob() throws Exception {
        List<Response> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Response o = order(emailCustomer(Fixtures.unique("race") + "@example.com"), "1.00");
            floor.assigned(floor.firstJob(o), floor.zhou, floor.b01, "2026-11-23T0" + (1 + i) + ":00:00Z", "2026-11-23T0" + (1 + i) + ":30:00Z");
            orders.add(o);
        }
        clock.set(Instant.parse("2026-11-23T05:00:00Z"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return jobs.raiseDue();
                }));
            }
            start.countDown();
            for (Future<Integer> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        raise();
        for (Response o : orders) {
            assertEquals(1, tasksOf(o).size(), "one task for " + o.path("number"));
            checkOf(o);
        }
    }
}
