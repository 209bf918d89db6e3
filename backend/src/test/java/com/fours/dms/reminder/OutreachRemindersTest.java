package com.fours.dms.reminder;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 with a moved clock in the store's zone (Asia/Shanghai, UTC+8): first service for cars sold here last
 * month (R-REM-4, the month turning at the store's midnight, 31 Oct in October), the retention call from the
 * mid-month day after 3 months without a visit and the lost customer after 12 (R-REM-5) with the reason from the
 * list when the call is closed, insurance renewal and annual inspection for next month (R-REM-6); each raised once
 * however often and on however many instances the generator runs.
 */
@QuarkusTest
class OutreachRemindersTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    MutableClock clock;

    @Inject
    OutreachReminders outreach;

    BookingStore shop;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-11-02T02:00:00Z"));
        shop = BookingStore.open();
    }

    /** A vehicle with exactly these archive fields (sale, last visit, insurance, inspection); returns its id. */
    String vehicle(Map<String, Object> fields) {
        String customer = shop.as(Roles.ADVISOR).body(Fixtures.aCustomer().body()).post(shop.path("/customers")).then().statusCode(201).extract().path("id");
        Map<String, Object> body = new HashMap<>(Fixtures.aVehicle(customer).body());
        body.put("soldHere", false);
        body.put("purchaseDate", null);
        body.put("lastServiceDate", null);
        body.put("lastServiceMileage", null);
        body.putAll(fields);
        return shop.as(Roles.ADVISOR).body(body).post(shop.path("/vehicles")).then().statusCode(201).extract().path("id");
    }

    OutreachReminders.Run runAt(String instant) {
        clock.set(Instant.parse(instant));
        return QuarkusTransaction.requiringNew().call(() -> outreach.run(shop.code, SHANGHAI));
    }

    List<Map<String, Object>> outreachOf(String vehicle) {
        return shop.as(Roles.CUSTOMER_SERVICE).queryParam("vehicleId", vehicle).get(shop.path("/outreach")).then().statusCode(200).extract().path("items");
    }

    List<Map<String, Object>> calls(String vehicle) {
        return shop.manager().queryParam("type", "SERVICE_REMINDER").queryParam("subjectId", vehicle).get(shop.path("/tasks")).then().statusCode(200)
                .extract().path("items");
    }

    List<String> messages(String kind) {
        return shop.manager().get(shop.path("/notifications")).then().statusCode(200).extract()
                .path("items.findAll { it.kind == '" + kind + "' }.channel");
    }

    @Test
    void firstServiceIsForCarsSoldHereLastMonthByTheStoresCalendarOnce() {
        String october = vehicle(Map.of("soldHere", true, "purchaseDate", "2026-10-31"));
        String november = vehicle(Map.of("soldHere", true, "purchaseDate", "2026-11-30"));
        String servicedSince = vehicle(Map.of("soldHere", true, "purchaseDate", "2026-11-02", "lastServiceDate", "2026-11-20", "lastServiceMileage", 800));
        String boughtElsewhere = vehicle(Map.of("soldHere", false, "purchaseDate", "2026-11-10"));
        // 23:59 on 30 Nov in the store: last month is October
        OutreachReminders.Run nov30 = runAt("2026-11-30T15:59:00Z");
        assertEquals(1, nov30.raised(OutreachKind.FIRST_SERVICE));
        assertEquals(1, outreachOf(october).size());
        assertEquals(List.of(), outreachOf(november));
        // 00:00 on 1 Dec in the store (still 30 Nov in UTC): November's sales
        OutreachReminders.Run dec1 = runAt("2026-11-30T16:00:00Z");
        assertEquals(1, dec1.raised(OutreachKind.FIRST_SERVICE));
        assertEquals(1, dec1.calls());
        assertEquals(0, runAt("2026-12-10T02:00:00Z").total(), "running again raises nothing new");
        Map<String, Object> o = outreachOf(november).get(0);
        assertEquals("FIRST_SERVICE", o.get("kind"));
        assertEquals("2026-11-30", o.get("referenceDate"));
        assertEquals("SMS", o.get("messageChannel"));
        assertEquals(List.of(), outreachOf(servicedSince), "already serviced after the sale");
        assertEquals(List.of(), outreachOf(boughtElsewhere), "not sold here");
        assertEquals(List.of("SMS", "SMS"), messages("FIRST_SERVICE_REMINDER"));
        Map<String, Object> call = calls(november).get(0);
        assertEquals("FIRST_SERVICE", call.get("purpose"));
        org.hamcrest.MatcherAssert.assertThat((String) call.get("title"), containsString("2026-11-30"));
        clock.set(Instant.parse("2026-12-10T02:00:00Z"));
        shop.as(Roles.CUSTOMER_SERVICE).get(shop.path("/follow-up/queue")).then().statusCode(200)
                .body("offered.find { it.task.subject.id == '" + november + "' }.script", is("FIRST_SERVICE"));
    }

    @Test
    void retentionFromMidMonthAfterThreeMonthsLostAfterTwelveAndTheCallIsClosedWithAReasonFromTheList() {
        String absent = vehicle(Map.of("lastServiceDate", "2026-08-15", "lastServiceMileage", 20000));
        String notYet = vehicle(Map.of("lastServiceDate", "2026-08-16", "lastServiceMileage", 20000));
        String gone = vehicle(Map.of("lastServiceDate", "2025-11-30", "lastServiceMileage", 20000));
        String recent = vehicle(Map.of("lastServiceDate", "2026-10-20", "lastServiceMileage", 20000));
        // 23:59 on 14 Nov in the store: not mid-month yet; 23:59 on 29 Nov: 12 months not over for the one last seen 30 Nov 2025
        assertEquals(0, runAt("2026-11-14T15:59:00Z").raised(OutreachKind.RETENTION));
        OutreachReminders.Run mid = runAt("2026-11-14T16:00:00Z");
        assertEquals(2, mid.raised(OutreachKind.RETENTION), "15 Nov - 3 months = 15 Aug: the ones last seen 15 Aug and 30 Nov 2025 (not lost yet), not 16 Aug");
        assertEquals(0, mid.raised(OutreachKind.LOST));
        assertEquals(0, runAt("2026-11-29T15:59:00Z").raised(OutreachKind.LOST));
        OutreachReminders.Run lost = runAt("2026-11-29T16:00:00Z");
        assertEquals(1, lost.raised(OutreachKind.LOST));
        assertEquals(0, lost.raised(OutreachKind.RETENTION), "the lost one is not a retention call as well");
        assertEquals(List.of(), outreachOf(notYet));
        assertEquals(List.of(), outreachOf(recent));
        assertEquals(null, outreachOf(absent).get(0).get("messageChannel"), "retention and lost are calls only");
        assertEquals(null, outreachOf(absent).get(0).get("messageSkipped"));
        // 16 Aug comes next mid-month
        assertEquals(1, runAt("2026-12-14T16:00:00Z").raised(OutreachKind.RETENTION));
        assertEquals(1, outreachOf(notYet).size());

        // the retention call: LOST needs a reason from the list
        Map<String, Object> retention = outreachOf(absent).get(0);
        assertEquals("RETENTION", retention.get("kind"));
        assertEquals("RETENTION", calls(absent).get(0).get("purpose"));
        String path = shop.path("/outreach/" + retention.get("id"));
        String etag = shop.as(Roles.CUSTOMER_SERVICE).get(path).then().statusCode(200).extract().header("ETag");
        shop.as(Roles.CUSTOMER_SERVICE).header("If-Match", etag).body(Map.of("outcome", "LOST")).post(path + "/close").then().statusCode(400)
                .body("violations.field", hasItem("lostReason"));
        shop.as(Roles.CUSTOMER_SERVICE).header("If-Match", etag).body(Map.of("outcome", "LOST", "lostReason", "NOT_A_REASON")).post(path + "/close")
                .then().statusCode(400);
        Response closed = shop.as(Roles.CUSTOMER_SERVICE).header("If-Match", etag).body(Map.of("outcome", "LOST", "lostReason", "OTHER_DEALER", "note", "在其他4S店保养"))
                .post(path + "/close");
        closed.then().statusCode(200).body("status", is("LOST"), "lostReason", is("OTHER_DEALER"), "closedBy", notNullValue(), "availableActions", empty());
        assertEquals("DONE", calls(absent).get(0).get("status"));
        shop.as(Roles.CUSTOMER_SERVICE).header("If-Match", closed.header("ETag")).body(Map.of("outcome", "RETAINED")).post(path + "/close").then().statusCode(409)
                .body("code", is("outreach-closed"));
        // the lost call: won back
        Map<String, Object> lostOne = outreachOf(gone).get(0);
        assertEquals("LOST", lostOne.get("kind"));
        String lostPath = shop.path("/outreach/" + lostOne.get("id"));
        shop.as(Roles.CUSTOMER_SERVICE).header("If-Match", shop.as(Roles.CUSTOMER_SERVICE).get(lostPath).header("ETag")).body(Map.of("outcome", "RETAINED"))
                .post(lostPath + "/close").then().statusCode(200).body("status", is("RETAINED"));
        shop.as(Roles.SERVICE_MANAGER).queryParam("from", "2026-12-01").queryParam("to", "2026-12-31").get(shop.path("/outreach/lost-report")).then()
                .statusCode(200).body("retained", is(1), "lost", is(1), "byReason.OTHER_DEALER", is(1));
    }

    @Test
    void insuranceAndInspectionDueNextMonthAndTwoInstancesAtOnceRaiseEachOnce() {
        String car = vehicle(Map.of("insuranceExpiresOn", "2026-12-31", "insurer", "中国人保", "inspectionDueOn", "2027-01-01"));
        shop.as(Roles.ADVISOR).get(shop.path("/vehicles/" + car)).then().body("insuranceExpiresOn", is("2026-12-31"), "insurer", is("中国人保"),
                "inspectionDueOn", is("2027-01-01"));
        clock.set(Instant.parse("2026-11-30T15:59:00Z")); // 23:59 on 30 Nov in the store: next month is December
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<OutreachReminders.Run>> both = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return QuarkusTransaction.requiringNew().call(() -> outreach.run(shop.code, SHANGHAI));
        })).toList();
        go.countDown();
        OutreachReminders.Run a = both.get(0).join();
        OutreachReminders.Run b = both.get(1).join();
        assertEquals(1, a.raised(OutreachKind.INSURANCE_RENEWAL) + b.raised(OutreachKind.INSURANCE_RENEWAL));
        assertEquals(0, a.raised(OutreachKind.ANNUAL_INSPECTION) + b.raised(OutreachKind.ANNUAL_INSPECTION));
        assertEquals(1, a.messages() + b.messages());
        assertEquals(1, a.calls() + b.calls());
        assertEquals(List.of("SMS"), messages("INSURANCE_RENEWAL_REMINDER"));
        // 00:00 on 1 Dec in the store: January's inspection; the policy is not raised again
        OutreachReminders.Run dec = runAt("2026-11-30T16:00:00Z");
        assertEquals(1, dec.raised(OutreachKind.ANNUAL_INSPECTION));
        assertEquals(0, dec.raised(OutreachKind.INSURANCE_RENEWAL));
        assertEquals(2, calls(car).size());
        assertEquals(List.of("SMS"), messages("ANNUAL_INSPECTION_REMINDER"));
        // an update that does not know the dates keeps them
        Response v = shop.as(Roles.ADVISOR).get(shop.path("/vehicles/" + car));
        Map<String, Object> update = new HashMap<>(Fixtures.aVehicle(v.path("owner.id")).body());
        update.put("vin", v.path("vin"));
        update.put("plate", v.path("plate"));
        update.remove("insuranceExpiresOn");
        update.remove("inspectionDueOn");
        update.remove("insurer");
        shop.as(Roles.ADVISOR).header("If-Match", v.header("ETag")).body(update).put(shop.path("/vehicles/" + car)).then().statusCode(200)
                .body("insuranceExpiresOn", is("2026-12-31"), "inspectionDueOn", is("2027-01-01"));
    }
}
