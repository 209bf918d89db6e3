package com.fours.dms.appointment.api;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Booking as an advisor and as an integrator would (R-APT-1..5, R-PRE-1..2). Store time is Asia/Shanghai (UTC+8). */
@QuarkusTest
class AppointmentResourceTest {
    /** Monday 2026-11-23 10:00 in Beijing. */
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    /** Tuesday 09:00 in Beijing. */
    static final String TUE_0900 = "2026-11-24T01:00:00Z";

    @Inject
    MutableClock clock;

    BookingStore shop;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        shop = BookingStore.open();
    }

    @Test
    void availabilityShowsFreeSlotsWithTheAdvisorsFreeThen() {
        Response r = shop.as(Roles.ADVISOR).queryParam("from", "2026-11-24").queryParam("to", "2026-11-24").queryParam("serviceTypes", "MAINT")
                .get(shop.path("/availability"));
        r.then().statusCode(200)
                .body("[0].start", is("2026-11-24T00:30:00Z"), "[0].end", is("2026-11-24T01:30:00Z"),
                        "[0].advisors.displayName", containsInAnyOrder("王顾问", "李顾问"), "[0].workshopFree", is(2));
        // Technicians work until 17:30, so a 60-minute job cannot start after 16:30 local (08:30Z).
        List<String> starts = r.path("start");
        assertEquals("2026-11-24T08:30:00Z", starts.get(starts.size() - 1));
        assertEquals(33, starts.size());
        // Nobody has the DIAGNOSIS skill: nothing is bookable for it.
        shop.as(Roles.ADVISOR).queryParam("from", "2026-11-24").queryParam("to", "2026-11-24").queryParam("serviceTypes", "DIAG")
                .get(shop.path("/availability")).then().statusCode(200).body("", empty());
    }

    @Test
    void advisorBooksWithEverythingR_APT_2Asks() {
        String[] cv = shop.customerWithVehicle();
        Response booked = shop.as(Roles.ADVISOR).body(shop.booking(cv, TUE_0900)).post(shop.path("/appointments"));
        booked.then().statusCode(201)
                .body("status", is("CONFIRMED"), "origin", is("CUSTOMER"), "channel", is("PHONE"),
                        "customer.id", is(cv[0]), "vehicle.id", is(cv[1]), "services.code", contains("MAINT"),
                        "durationMinutes", is(60), "tentativeDeliveryAt", is("2026-11-24T02:30:00Z"),
                        "documentsToBring", contains("MAINTENANCE_BOOKLET", "REGISTRATION"), "priceIndication", is(680.0f),
                        "deposit.required", is(0.0f), "repeatRepair", is(false), "repairOrderId", notNullValue(),
                        "availableActions", contains("check-in", "reschedule", "cancel"));
        String id = booked.path("id");
        // R-APT-5: workshop and parts are told the same day.
        shop.as(Roles.WORKSHOP).queryParam("appointmentId", id).get(shop.path("/notifications"))
                .then().statusCode(200).body("items.audience", containsInAnyOrder("WORKSHOP", "PARTS"),
                        "items.find { it.audience == 'WORKSHOP' }.body", containsString("11月24日 09:00"));
        // R-PRE-1: the draft repair order is prepared from the appointment.
        shop.as(Roles.ADVISOR).get(shop.path("/repair-orders/" + booked.path("repairOrderId")))
                .then().statusCode(200).body("status", is("DRAFT"), "appointmentId", is(id), "requestedWork", is("1万公里保养"),
                        "carriedFindings", empty());
    }

    @Test
    void integratorBooksANewCustomerAndVehicleInOneCallAsARequest() {
        Map<String, Object> b = shop.booking(new String[] {null, null}, TUE_0900);
        b.remove("customerId");
        b.remove("vehicleId");
        b.put("newCustomer", Fixtures.aCustomer().named("线上客户").body());
        b.put("newVehicle", Map.of("vin", Fixtures.randomVin(), "plate", Fixtures.randomPlate(), "brand", "大众", "model", "途观L",
                "vehicleType", "SUV", "powertrain", "ICE"));
        b.put("channel", "INTEGRATOR");
        shop.as(Roles.INTEGRATOR).header("Idempotency-Key", Fixtures.unique("k")).body(b).post(shop.path("/appointments"))
                .then().statusCode(201).body("status", is("REQUESTED"), "customer.name", is("线上客户"), "vehicle.model", is("大众 途观L"),
                        "repairOrderId", nullValue(), "availableActions", contains("confirm", "check-in", "reschedule", "cancel"));
    }

    @Test
    void highValuePartsNeedHalfTheirPriceAsDepositBeforeOrdering() {
        Map<String, Object> b = shop.booking(shop.customerWithVehicle(), TUE_0900);
        b.put("parts", List.of(
                Map.of("partNumber", "5Q0407271", "description", "前减震器总成", "quantity", 2, "unitPrice", "1200.00", "highValue", true),
                Map.of("partNumber", "06L115562B", "description", "机油滤清器", "quantity", 1, "unitPrice", "85.00", "highValue", false)));
        Response booked = shop.as(Roles.ADVISOR).body(b).post(shop.path("/appointments"));
        booked.then().statusCode(201).body("status", is("DEPOSIT_REQUIRED"), "deposit.required", is(1200.0f),
                "parts.orderStatus", contains("ON_HOLD", "TO_ORDER"), "repairOrderId", nullValue(),
                "availableActions", contains("record-deposit", "reschedule", "cancel"));
        String id = booked.path("id");
        String etag = booked.header("ETag");
        // The parts wait for the deposit, so the customer is not checked in before the cashier records it.
        shop.as(Roles.ADVISOR).header("If-Match", etag).post(shop.path("/appointments/" + id + "/check-in"))
                .then().statusCode(409).body("code", is("R-APT-4"));
        shop.as(Roles.ADVISOR).header("If-Match", etag).body(Map.of("amount", "1200.00", "method", "MOBILE")).post(shop.path("/appointments/" + id + "/deposit"))
                .then().statusCode(403);
        shop.as(Roles.CASHIER).header("If-Match", etag).body(Map.of("amount", "1199.99", "method", "MOBILE")).post(shop.path("/appointments/" + id + "/deposit"))
                .then().statusCode(422).body("code", is("R-APT-4"), "violations.field", contains("amount"));
        shop.as(Roles.CASHIER).header("If-Match", etag).body(Map.of("amount", "1200.00", "method", "MOBILE")).post(shop.path("/appointments/" + id + "/deposit"))
                .then().statusCode(200).body("status", is("CONFIRMED"), "deposit.paid", is(1200.0f), "deposit.method", is("MOBILE"),
                        "parts.orderStatus", everyItem(is("TO_ORDER")), "repairOrderId", notNullValue());
    }

    @Test
    void aRequestedBookingIsCheckedInOnANewDraft() {
        Map<String, Object> b = shop.booking(shop.customerWithVehicle(), TUE_0900);
        b.put("channel", "WEB");
        Response booked = shop.as(Roles.ADVISOR).body(b).post(shop.path("/appointments"));
        booked.then().statusCode(201).body("status", is("REQUESTED"), "repairOrderId", nullValue());
        Response in = shop.as(Roles.ADVISOR).header("If-Match", booked.header("ETag")).post(shop.path("/appointments/" + booked.path("id") + "/check-in"));
        in.then().statusCode(200).body("status", is("ARRIVED"), "repairOrderId", notNullValue());
        shop.as(Roles.ADVISOR).get(shop.path("/repair-orders/" + in.path("repairOrderId"))).then().body("status", is("DRAFT"), "appointmentId", is((String) booked.path("id")));
        shop.as(Roles.ADVISOR).header("If-Match", in.header("ETag")).post(shop.path("/appointments/" + booked.path("id") + "/check-in"))
                .then().statusCode(409).body("code", is("appointment-not-open"));
    }

    @Test
    void aPreparedDraftIsAVisitOnTheServiceCardOnlyOnceTheCustomerIsReceived() {
        String[] cv = shop.customerWithVehicle();
        Response booked = shop.as(Roles.ADVISOR).body(shop.booking(cv, TUE_0900)).post(shop.path("/appointments"));
        booked.then().statusCode(201).body("status", is("CONFIRMED"), "repairOrderId", notNullValue());
        // R-PRE-1: the draft is prepared, but the car has not come in: nothing on the service card yet (R-ARC-4).
        shop.as(Roles.ADVISOR).get(shop.path("/vehicles/" + cv[1] + "/service-history")).then().statusCode(200).body("items", hasSize(0));
        shop.as(Roles.ADVISOR).header("If-Match", booked.header("ETag")).post(shop.path("/appointments/" + booked.path("id") + "/check-in")).then().statusCode(200);
        shop.as(Roles.ADVISOR).get(shop.path("/vehicles/" + cv[1] + "/service-history")).then().statusCode(200)
                .body("items.repairOrderId", contains((String) booked.path("repairOrderId")), "items[0].status", is("DRAFT"));
    }

    @Test
    void aCheckedInCarThatLeavesEarlyGivesItsBookedBayTimeBack() {
        Response first = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments"));
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments")).then().statusCode(201);
        // Both general bays are booked 09:00-10:00.
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T01:15:00Z")).post(shop.path("/appointments"))
                .then().statusCode(409).body("code", is("R-APT-3"));
        clock.set(Instant.parse("2026-11-24T00:55:00Z"));
        Response in = shop.as(Roles.ADVISOR).header("If-Match", first.header("ETag")).post(shop.path("/appointments/" + first.path("id") + "/check-in"));
        in.then().statusCode(200);
        // The customer decides not to leave the car: the order is cancelled and the car leaves the shop.
        Response order = shop.as(Roles.ADVISOR).get(shop.path("/repair-orders/" + in.path("repairOrderId")));
        shop.as(Roles.ADVISOR).header("If-Match", order.header("ETag")).body(Map.of("reason", "客户改天再来"))
                .post(shop.path("/repair-orders/" + in.path("repairOrderId") + "/cancel")).then().statusCode(200);
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T01:15:00Z")).post(shop.path("/appointments")).then().statusCode(201);
        shop.as(Roles.ADVISOR).get(shop.path("/appointments/" + first.path("id"))).then().body("status", is("ARRIVED"));
    }

    @Test
    void theSameVehicleIsNotBookedTwiceAtOverlappingTimesWithoutAReason() {
        String[] cv = shop.customerWithVehicle();
        String first = shop.as(Roles.ADVISOR).body(shop.booking(cv, TUE_0900)).post(shop.path("/appointments")).then().statusCode(201).extract().path("id");
        // 09:30 falls inside the first booking (09:00 until its tentative delivery 10:30).
        shop.as(Roles.ADVISOR).body(shop.booking(cv, "2026-11-24T01:30:00Z")).post(shop.path("/appointments"))
                .then().statusCode(409).body("code", is("R-APT-2"), "detail", allOf(containsString(first), containsString(TUE_0900)),
                        "violations.field", contains("vehicleId"));
        Map<String, Object> forced = shop.booking(cv, "2026-11-24T01:30:00Z");
        forced.put("doubleBookingOverride", Map.of("reason", "客户要求两项分开登记"));
        Response second = shop.as(Roles.ADVISOR).body(forced).post(shop.path("/appointments"));
        second.then().statusCode(201).body("doubleBookingReason", is("客户要求两项分开登记"));
        shop.manager().queryParam("entityId", (String) second.path("id")).get(shop.path("/audit-entries"))
                .then().body("items.find { it.action == 'created' }.changes.doubleBookingReason.to", is("客户要求两项分开登记"));
        // After the first one's tentative delivery the vehicle is free again.
        shop.as(Roles.ADVISOR).body(shop.booking(cv, "2026-11-24T05:00:00Z")).post(shop.path("/appointments")).then().statusCode(201);
    }

    @Test
    void aFullSlotIsRefusedAndCancellingFreesIt() {
        Response firstBooked = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments"));
        String first = firstBooked.then().statusCode(201).extract().path("id");
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments")).then().statusCode(201);
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments"))
                .then().statusCode(409).body("code", is("R-APT-3"));
        // The 09:00 start is gone from availability; 10:00 (after both jobs) is there.
        shop.as(Roles.ADVISOR).queryParam("from", "2026-11-24").queryParam("to", "2026-11-24").queryParam("serviceTypes", "MAINT")
                .get(shop.path("/availability")).then().body("start", not(hasItem(TUE_0900)), "start", hasItem("2026-11-24T02:00:00Z"));
        String etag = shop.as(Roles.ADVISOR).get(shop.path("/appointments/" + first)).header("ETag");
        shop.as(Roles.ADVISOR).header("If-Match", etag).body(Map.of("reason", "客户临时出差")).post(shop.path("/appointments/" + first + "/cancel"))
                .then().statusCode(200).body("status", is("CANCELLED"), "cancelReason", is("客户临时出差"));
        // The prepared draft goes with it.
        shop.as(Roles.ADVISOR).get(shop.path("/repair-orders/" + firstBooked.path("repairOrderId"))).then().body("status", is("CANCELLED"));
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments")).then().statusCode(201);
    }

    @Test
    void closedOffGridAndPastTimesAreRefusedOnArrivalAt() {
        String[] cv = shop.customerWithVehicle();
        for (String when : List.of("2026-11-24T11:00:00Z", "2026-11-24T01:07:00Z", "2026-11-23T01:00:00Z")) {
            shop.as(Roles.ADVISOR).body(shop.booking(cv, when)).post(shop.path("/appointments"))
                    .then().statusCode(422).body("code", is("R-APT-3"), "violations.field", contains("arrivalAt"));
        }
    }

    @Test
    void rescheduleMovesTheBookingAndKeepsTheOldOne() {
        Response booked = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments"));
        String old = booked.path("id");
        Response moved = shop.as(Roles.CUSTOMER_SERVICE).header("If-Match", booked.header("ETag"))
                .body(Map.of("arrivalAt", "2026-11-25T02:00:00Z")).post(shop.path("/appointments/" + old + "/reschedule"));
        moved.then().statusCode(200).body("status", is("CONFIRMED"), "arrivalAt", is("2026-11-25T02:00:00Z"),
                "repairOrderId", is((String) booked.path("repairOrderId")));
        shop.as(Roles.ADVISOR).get(shop.path("/appointments/" + old)).then()
                .body("status", is("RESCHEDULED"), "rescheduledTo", is((String) moved.path("id")));
        shop.as(Roles.ADVISOR).get(shop.path("/repair-orders/" + booked.path("repairOrderId"))).then().body("appointmentId", is((String) moved.path("id")));
    }

    @Test
    void aSecondVisitForTheSameWorkWithinTheWindowIsARepeatRepair() {
        String[] cv = shop.customerWithVehicle();
        Response first = shop.as(Roles.ADVISOR).body(shop.booking(cv, TUE_0900)).post(shop.path("/appointments"));
        clock.set(Instant.parse("2026-11-24T00:55:00Z"));
        shop.as(Roles.ADVISOR).header("If-Match", first.header("ETag")).post(shop.path("/appointments/" + first.path("id") + "/check-in"))
                .then().statusCode(200).body("status", is("ARRIVED"));
        Map<String, Object> again = shop.booking(cv, "2026-12-01T01:00:00Z");
        Response second = shop.as(Roles.ADVISOR).body(again).post(shop.path("/appointments"));
        second.then().statusCode(201).body("repeatRepair", is(true));
        shop.as(Roles.ADVISOR).get(shop.path("/repair-orders/" + second.path("repairOrderId"))).then().body("repeatRepair", is(true));
    }

    @Test
    void theWelcomeBoardShowsTodayAndTomorrowWithSurnamesOnly() {
        String[] cv = shop.customerWithVehicle();
        shop.as(Roles.ADVISOR).body(shop.booking(cv, "2026-11-23T05:00:00Z")).post(shop.path("/appointments")).then().statusCode(201);
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments")).then().statusCode(201);
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-26T01:00:00Z")).post(shop.path("/appointments")).then().statusCode(201);
        shop.as(Roles.WORKSHOP).get(shop.path("/welcome-board")).then().statusCode(200)
                .body("date", is("2026-11-23"), "storeName", is("测试预约店"),
                        "today", hasSize(1), "tomorrow", hasSize(1),
                        "today[0].customer", matchesPattern("张\\*\\*"), "today[0].priority", is(true),
                        "tomorrow[0].arrivalAt", is(TUE_0900));
    }

    @Test
    void settingsCarryTheRuleDefaultsAndAreChangedWithIfMatch() {
        Response s = shop.manager().get(shop.path("/settings"));
        s.then().statusCode(200).body("slotMinutes", is(15), "noShowGraceMinutes", is(30), "depositSharePercent", is(50),
                "reminderLeadHours", is(24), "openingHours", hasSize(7), "holidays", empty());
        Map<String, Object> change = new java.util.HashMap<>(Map.of("slotMinutes", 30, "noShowGraceMinutes", 20, "depositSharePercent", 40,
                "reminderLeadHours", 12, "repeatRepairWindowDays", 15, "deliveryMarginMinutes", 45,
                "openingHours", List.of(Map.of("dayOfWeek", 1, "opens", "09:00:00", "closes", "17:00:00")),
                "holidays", List.of(Map.of("date", "2027-02-06", "name", "春节"))));
        shop.manager().body(change).put(shop.path("/settings")).then().statusCode(428);
        shop.as(Roles.ADVISOR).header("If-Match", s.header("ETag")).body(change).put(shop.path("/settings")).then().statusCode(403);
        shop.manager().header("If-Match", s.header("ETag")).body(change).put(shop.path("/settings"))
                .then().statusCode(200).body("slotMinutes", is(30), "openingHours", hasSize(1), "holidays[0].name", is("春节"));
        // Tuesday is now closed.
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments"))
                .then().statusCode(422).body("violations[0].message", containsString("closed"));
    }
}
