package com.fours.dms.reminder;

import static com.fours.dms.repairorder.api.RepairOrders.job;
import static com.fours.dms.repairorder.api.RepairOrders.part;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.repairorder.api.RepairOrders;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, declined work comes back, with a moved clock: work the customer declined on store day D (Asia/Shanghai,
 * UTC+8, so 00:30 in the store is still the day before in UTC) gets one message and one call on D + the store's
 * days (default 30, across the month end), however often and on however many instances the generator runs; the
 * report shows the declined amount and what a later order of the vehicle sold again, and selling the last open
 * item finishes the call.
 */
@QuarkusTest
class DeclinedWorkFollowUpsTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 00:30 on Monday 2 Nov 2026 in the store, 1 Nov in UTC. */
    static final Instant DECLINED = Instant.parse("2026-11-01T16:30:00Z");

    @Inject
    MutableClock clock;

    @Inject
    DeclinedWorkFollowUps followUps;

    BookingStore shop;
    RepairOrders orders;

    @BeforeEach
    void setUp() {
        clock.set(DECLINED);
        shop = BookingStore.open();
        orders = RepairOrders.in(shop);
    }

    Response decide(Response order, String lineId, String action) {
        return shop.as(Roles.ADVISOR).header("If-Match", order.header("ETag")).body(Map.of()).post(orders.path(order, "/lines/" + lineId + "/" + action));
    }

    /** Oil change accepted; the 1.5 h brake job (225.00) and a 420.00 part declined at signing. */
    Response signedWithTwoDeclined() {
        Response o = orders.with(orders.with(orders.walkIn(), job("更换机油及机滤", "1.0")), job("更换前刹车片", "1.5"));
        o = orders.with(o, part("1K0698151", "1", "420.00", "DEALER", "OEM", false));
        o = orders.ok(o, "submit-for-signature", null);
        o = decide(o, o.path("lines[1].id"), "decline");
        o.then().statusCode(200);
        o = decide(o, o.path("lines[2].id"), "decline");
        o.then().statusCode(200);
        Response signed = orders.ok(o, "sign", RepairOrders.signature("张伟"));
        signed.then().body("findings", hasSize(2));
        return signed;
    }

    DeclinedWorkFollowUps.Run runAt(String instant) {
        clock.set(Instant.parse(instant));
        return QuarkusTransaction.requiringNew().call(() -> followUps.run(shop.code, SHANGHAI));
    }

    List<Map<String, Object>> calls(String orderId) {
        return shop.manager().queryParam("type", "SERVICE_REMINDER").queryParam("subjectId", orderId).get(shop.path("/tasks")).then().statusCode(200)
                .extract().path("items");
    }

    List<String> messages() {
        return shop.manager().get(shop.path("/notifications")).then().statusCode(200).extract()
                .path("items.findAll { it.kind == 'DECLINED_WORK_REMINDER' }.channel");
    }

    Response report(String from, String to) {
        Response r = shop.as(Roles.CUSTOMER_SERVICE).queryParam("from", from).queryParam("to", to).get(shop.path("/declined-work/report"));
        r.then().statusCode(200);
        return r;
    }

    @Test
    void declinedWorkComesBackThirtyStoreDaysLaterOnceAndTheReportCountsWhatALaterOrderSold() {
        Response signed = signedWithTwoDeclined();
        String orderId = signed.path("id");
        // declined on 2 Nov in the store: due on 2 Dec, i.e. from 16:00 UTC on 1 Dec, not a minute before
        assertEquals(new DeclinedWorkFollowUps.Run(0, 0, 0), runAt("2026-12-01T15:59:00Z"), "23:59 on 1 Dec in the store is day 29");
        assertEquals(new DeclinedWorkFollowUps.Run(1, 1, 1), runAt("2026-12-01T16:00:00Z"));
        assertEquals(new DeclinedWorkFollowUps.Run(0, 0, 0), runAt("2026-12-02T02:00:00Z"), "running again raises nothing new");
        assertEquals(List.of("SMS"), messages());
        List<Map<String, Object>> calls = calls(orderId);
        assertEquals(1, calls.size());
        assertEquals("DECLINED_WORK", calls.get(0).get("purpose"));
        assertEquals("OPEN", calls.get(0).get("status"));
        org.hamcrest.MatcherAssert.assertThat((String) calls.get(0).get("title"),
                allOf(containsString("更换前刹车片"), containsString("配件 1K0698151"), containsString("645.00"), containsString("2026-11-02")));
        // at 10:00 in the store the call is in customer service's queue with the declined-work script
        shop.as(Roles.CUSTOMER_SERVICE).get(shop.path("/follow-up/queue")).then().statusCode(200)
                .body("offered.find { it.task.subject.id == '" + orderId + "' }.script", is("DECLINED_WORK"));
        report("2026-11-01", "2026-11-30").then().body("declinedItems", is(2), "declinedAmount", is(645.0f), "recapturedItems", is(0),
                "recapturedAmount", is(0.0f), "followUps", is(1), "openItems", is(2));
        report("2026-11-03", "2026-11-30").then().body("declinedItems", is(0), "followUps", is(0));

        // the customer comes back (the first car is still in the shop, so with a reason) and has the brakes done
        Map<String, Object> visit = Map.of("customerId", signed.path("customerId"), "vehicleId", signed.path("vehicleId"), "requestedWork", "更换刹车片",
                "secondOrderOverride", Map.of("reason", "客户回来更换刹车片"));
        Response second = shop.as(Roles.ADVISOR).body(visit).post(shop.path("/repair-orders"));
        second.then().statusCode(201);
        String brakes = second.path("carriedFindings.find { it.description == '更换前刹车片' }.id");
        Response fixed = shop.as(Roles.ADVISOR).header("If-Match", second.header("ETag")).body(job("更换前刹车片", "2.0"))
                .post(orders.path(second, "/carried-findings/" + brakes + "/fix"));
        fixed.then().statusCode(200);
        // what the later order sold it at (2.0 h x 150.00), not what it was declined at
        report("2026-11-01", "2026-11-30").then().body("declinedItems", is(2), "declinedAmount", is(645.0f), "recapturedItems", is(1),
                "recapturedAmount", is(300.0f), "recapturedPercent", is(46.5f), "openItems", is(1));
        assertEquals("OPEN", calls(orderId).get(0).get("status"), "the part is still open: the call stays");
        String pads = fixed.path("carriedFindings.find { it.description == '配件 1K0698151' }.id");
        shop.as(Roles.ADVISOR).header("If-Match", fixed.header("ETag")).body(part("1K0698151", "1", "420.00", "DEALER", "OEM", false))
                .post(orders.path(fixed, "/carried-findings/" + pads + "/fix")).then().statusCode(200);
        assertEquals("DONE", calls(orderId).get(0).get("status"), "everything declined was sold: nobody calls about it");
        report("2026-11-01", "2026-11-30").then().body("recapturedItems", is(2), "recapturedAmount", is(720.0f), "openItems", is(0));
        // nothing is raised again for the sold work
        assertEquals(new DeclinedWorkFollowUps.Run(0, 0, 0), runAt("2026-12-03T02:00:00Z"));
    }

    @Test
    void theStoresDaysCountAndTwoInstancesAtOnceRaiseOneMessageAndOneCall() {
        shop.manager().get(shop.path("/follow-up/settings")).then().statusCode(200).body("declinedWorkFollowUpDays", is(30));
        String etag = shop.manager().get(shop.path("/follow-up/settings")).header("ETag");
        shop.manager().header("If-Match", etag).body(Map.of("declinedWorkFollowUpDays", 7)).put(shop.path("/follow-up/settings")).then().statusCode(200)
                .body("declinedWorkFollowUpDays", is(7));
        String orderId = signedWithTwoDeclined().path("id");
        assertEquals(0, runAt("2026-11-08T15:59:00Z").followUps(), "day 6 in the store");
        clock.set(Instant.parse("2026-11-08T16:00:00Z")); // 00:00 on 9 Nov in the store: day 7
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<DeclinedWorkFollowUps.Run>> both = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return QuarkusTransaction.requiringNew().call(() -> followUps.run(shop.code, SHANGHAI));
        })).toList();
        go.countDown();
        DeclinedWorkFollowUps.Run a = both.get(0).join();
        DeclinedWorkFollowUps.Run b = both.get(1).join();
        assertEquals(1, a.followUps() + b.followUps());
        assertEquals(1, a.messages() + b.messages());
        assertEquals(1, a.calls() + b.calls());
        assertEquals(1, calls(orderId).size());
        assertEquals(1, messages().size());
        shop.manager().header("If-Match", shop.manager().get(shop.path("/follow-up/settings")).header("ETag"))
                .body(Map.of("declinedWorkFollowUpDays", 0)).put(shop.path("/follow-up/settings")).then().statusCode(400)
                .body("violations.field", hasItem("declinedWorkFollowUpDays"));
    }

    @Test
    void aCustomerWhoOptedOutOfEveryMessageChannelStillGetsTheCallButNoMessage() {
        Response signed = signedWithTwoDeclined();
        String customer = signed.path("customerId");
        for (String channel : List.of("SMS", "EMAIL")) {
            shop.as(Roles.CUSTOMER_SERVICE).body(Map.of("allowed", false)).put(shop.path("/follow-up/customers/" + customer + "/consent/" + channel))
                    .then().statusCode(200);
        }
        assertEquals(new DeclinedWorkFollowUps.Run(1, 0, 1), runAt("2026-12-02T02:00:00Z"));
        assertEquals(List.of(), messages());
        report("2026-11-01", "2026-11-30").then().body("followUps", is(1));
        shop.as(Roles.CUSTOMER_SERVICE).queryParam("from", "2026-11-30").queryParam("to", "2026-11-01").get(shop.path("/declined-work/report"))
                .then().statusCode(400).body("violations.field", hasItem("to"));
    }
}
