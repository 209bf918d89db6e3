package com.fours.dms.workshop;

import static org.hamcrest.Matchers.*;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workshop's load is real (R-APT-3, R-CHK-8): walk-ins in the shop hold bay time like bookings,
 * technicians are people with shifts and leave, and the promised delivery waits for a bay of the
 * job's type on the store's grid. Store time is Asia/Shanghai (UTC+8).
 */
@QuarkusTest
class WorkshopLoadTest {
    /** Tuesday 2026-11-24 09:00 in Beijing. */
    static final Instant TUE_0900 = Instant.parse("2026-11-24T01:00:00Z");

    @Inject
    MutableClock clock;

    BookingStore shop;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        shop = BookingStore.open();
    }

    @Test
    void aSignedWalkInTakesTheOnlyBayNowSoABookingCannotHaveThatTime() {
        onlyOneGeneralBay();
        clock.set(TUE_0900);
        Response walkIn = signedWalkIn("1.0", "MECHANICAL");
        // The walk-in holds 09:00-10:00: a booking at 09:15 (which would run into it) is not offered and is refused.
        shop.as(Roles.ADVISOR).queryParam("from", "2026-11-24").queryParam("to", "2026-11-24").queryParam("serviceTypes", "MAINT")
                .get(shop.path("/availability")).then().statusCode(200)
                .body("start", not(hasItem("2026-11-24T01:15:00Z")), "start", not(hasItem("2026-11-24T01:45:00Z")), "start", hasItem("2026-11-24T02:00:00Z"));
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T01:15:00Z")).post(shop.path("/appointments"))
                .then().statusCode(409).body("code", is("R-APT-3"), "detail", containsString("GENERAL bay"));
        // The car leaves the shop (the order is cancelled): its bay time is free again.
        shop.as(Roles.ADVISOR).header("If-Match", walkIn.header("ETag")).body(Map.of("reason", "客户改天再来"))
                .post(shop.path("/repair-orders/" + walkIn.path("id") + "/cancel")).then().statusCode(200);
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T01:15:00Z")).post(shop.path("/appointments")).then().statusCode(201);
    }

    /** Issue 7 point 2: a walk-in takes what a booking of its work would, technician time included, so the next booking is offered one less. */
    @Test
    void aSignedWalkInTakesATechnicianTooSoTheNextBookingSeesOneLess() {
        // two general bays, but on Tuesday only one technician works (the other is on leave)
        List<Map<String, Object>> techs = shop.manager().get(shop.path("/technicians")).jsonPath().getList("");
        update(techs.get(1), Map.of("absences", List.of(Map.of("from", "2026-11-24", "to", "2026-11-24", "reason", "年假"))));
        availability("2026-11-24").then().body("find { it.start == '2026-11-24T01:15:00Z' }.workshopFree", is(1));
        clock.set(TUE_0900);
        Response walkIn = signedWalkIn("1.0", "MECHANICAL");
        // the one technician works on the walk-in 09:00-10:00: a bay is free, but no booking is offered until 10:00
        availability("2026-11-24").then().statusCode(200)
                .body("start", not(hasItem("2026-11-24T01:15:00Z")), "start", not(hasItem("2026-11-24T01:45:00Z")),
                        "find { it.start == '2026-11-24T02:00:00Z' }.workshopFree", is(1));
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T01:15:00Z")).post(shop.path("/appointments"))
                .then().statusCode(409).body("code", is("R-APT-3"), "detail", containsString("technician"));
        // a walk-in signed before the shift starts is worked on from 08:30, not in the night
        clock.set(Instant.parse("2026-11-24T23:00:00Z"));
        signedWalkIn("0.5", "MECHANICAL");
        availability("2026-11-25").then().body("find { it.start == '2026-11-25T00:30:00Z' }.workshopFree", is(1),
                "find { it.start == '2026-11-25T01:00:00Z' }.workshopFree", is(2));
        // the first car leaves the shop: its technician time is free again
        clock.set(TUE_0900);
        shop.as(Roles.ADVISOR).header("If-Match", walkIn.header("ETag")).body(Map.of("reason", "客户改天再来"))
                .post(shop.path("/repair-orders/" + walkIn.path("id") + "/cancel")).then().statusCode(200);
        availability("2026-11-24").then().body("find { it.start == '2026-11-24T01:15:00Z' }.workshopFree", is(1));
    }

    @Test
    void promisedDeliveryWaitsForABayOfTheJobsTypeOnTheStoresGrid() {
        onlyOneGeneralBay();
        shop.changeSettings(s -> s.slotMinutes(30)).then().statusCode(200);
        // Tuesday 09:10: a signed walk-in with 2 h of mechanical work holds the only general bay 09:00-11:00 (30-minute grid).
        clock.set(TUE_0900.plusSeconds(600));
        signedWalkIn("2.0", "MECHANICAL");
        // The next mechanical job waits for 11:00: 11:00 + 1 h + 30 min margin = 12:30.
        Response next = draftWithJob("1.0", "MECHANICAL");
        submit(next).then().body("promisedDeliveryAt", is("2026-11-24T04:30:00Z"), "promisedDeliveryReason", hasItem("WORKSHOP_LOAD"));
        // Body work does not wait for a general bay (this store has no body & paint bay to wait for): 09:10 + 1 h + 30 min.
        Response body = draftWithJob("1.0", "BODY");
        submit(body).then().body("promisedDeliveryAt", is("2026-11-24T02:40:00Z"), "promisedDeliveryReason", not(hasItem("WORKSHOP_LOAD")));
    }

    @Test
    void aTechnicianIsOnePersonWhateverTheirSkills() {
        List<Map<String, Object>> techs = shop.manager().get(shop.path("/technicians")).jsonPath().getList("");
        // The first technician can also diagnose; the second leaves: one person for both kinds of work.
        update(techs.get(0), Map.of("skills", List.of("MAINTENANCE", "DIAGNOSIS")));
        update(techs.get(1), Map.of("active", false));
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900.toString())).post(shop.path("/appointments")).then().statusCode(201);
        Map<String, Object> diagnosis = shop.booking(shop.customerWithVehicle(), TUE_0900.toString());
        diagnosis.put("serviceTypeCodes", List.of("DIAG"));
        shop.as(Roles.ADVISOR).body(diagnosis).post(shop.path("/appointments"))
                .then().statusCode(409).body("code", is("R-APT-3"), "detail", containsString("technician"));
    }

    @Test
    void shiftsPerWeekdayAndLeaveDecideWhoGivesCapacity() {
        List<Map<String, Object>> techs = shop.manager().get(shop.path("/technicians")).jsonPath().getList("");
        // One is on leave Tuesday; the other works Mondays only.
        update(techs.get(0), Map.of("absences", List.of(Map.of("from", "2026-11-24", "to", "2026-11-24", "reason", "年假"))))
                .then().body("absences[0].reason", is("年假"), "shifts", hasSize(7));
        update(techs.get(1), Map.of("shifts", List.of(Map.of("dayOfWeek", 1, "start", "08:30:00", "end", "17:30:00"))))
                .then().body("shifts.dayOfWeek", contains(1));
        availability("2026-11-24").then().body("", empty());
        availability("2026-11-25").then().body("", not(empty()), "[0].workshopFree", is(1));
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900.toString())).post(shop.path("/appointments"))
                .then().statusCode(409).body("code", is("R-APT-3"));
    }

    @Test
    void badShiftsAndLeaveAreValidationProblemsNamingTheField() {
        Map<String, Object> t = new LinkedHashMap<>(Map.of("name", "孙师傅", "skills", List.of("MAINTENANCE"), "workStart", "08:30:00", "workEnd", "17:30:00", "active", true));
        t.put("shifts", List.of(Map.of("dayOfWeek", 2, "start", "12:00:00", "end", "09:00:00"), Map.of("dayOfWeek", 2, "start", "08:00:00", "end", "09:00:00")));
        t.put("absences", List.of(Map.of("from", "2026-12-09", "to", "2026-12-07", "reason", "病假")));
        shop.manager().body(t).post(shop.path("/technicians")).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("shifts[0].end", "shifts[1].dayOfWeek", "absences[0].to"));
        t.put("shifts", List.of(Map.of("dayOfWeek", 8, "start", "08:00:00", "end", "09:00:00")));
        t.put("absences", List.of(Map.of("from", "2026-12-07", "to", "2026-12-09", "reason", " ")));
        shop.manager().body(t).post(shop.path("/technicians")).then().statusCode(400).body("violations", hasSize(2));
    }

    private Response availability(String day) {
        return shop.as(Roles.ADVISOR).queryParam("from", day).queryParam("to", day).queryParam("serviceTypes", "MAINT").get(shop.path("/availability"));
    }

    private Response update(Map<String, Object> tech, Map<String, Object> change) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String k : List.of("name", "skills", "workStart", "workEnd", "active", "shifts", "absences")) {
            body.put(k, tech.get(k));
        }
        body.putAll(change);
        Response r = shop.manager().header("If-Match", "\"" + tech.get("version") + "\"").body(body).put(shop.path("/technicians/" + tech.get("id")));
        r.then().statusCode(200);
        return r;
    }

    private void onlyOneGeneralBay() {
        Map<String, Object> bay = shop.manager().get(shop.path("/bays")).jsonPath().getMap("[1]");
        shop.manager().header("If-Match", "\"" + bay.get("version") + "\"")
                .body(Map.of("code", bay.get("code"), "name", bay.get("name"), "bayType", bay.get("bayType"), "active", false))
                .put(shop.path("/bays/" + bay.get("id"))).then().statusCode(200);
    }

    private Response draftWithJob(String hours, String team) {
        String[] cv = shop.customerWithVehicle();
        Response o = shop.as(Roles.ADVISOR).body(Map.of("customerId", cv[0], "vehicleId", cv[1], "requestedWork", "到店维修")).post(shop.path("/repair-orders"));
        o.then().statusCode(201);
        Map<String, Object> job = new LinkedHashMap<>(Map.of("kind", "JOB", "payType", "CUSTOMER", "description", "维修工时", "hours", hours, "team", team));
        Response r = shop.as(Roles.ADVISOR).header("If-Match", o.header("ETag")).body(job).post(shop.path("/repair-orders/" + o.path("id") + "/lines"));
        r.then().statusCode(200);
        return r;
    }

    private Response submit(Response o) {
        Response r = shop.as(Roles.ADVISOR).header("If-Match", o.header("ETag")).body(Map.of()).post(shop.path("/repair-orders/" + o.path("id") + "/submit-for-signature"));
        r.then().statusCode(200);
        return r;
    }

    /** A walk-in with one job, submitted and signed by the customer now. */
    private Response signedWalkIn(String hours, String team) {
        Response o = submit(draftWithJob(hours, team));
        Response r = shop.as(Roles.ADVISOR).header("If-Match", o.header("ETag")).body(Map.of("signerName", "张伟", "signaturePng", java.util.Base64.getEncoder().encodeToString(com.fours.dms.inspection.Images.png(120, 40))))
                .post(shop.path("/repair-orders/" + o.path("id") + "/sign"));
        r.then().statusCode(200).body("status", is("OPEN"));
        return r;
    }
}
