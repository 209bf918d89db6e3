package com.fours.dms.appointment.api;

import static org.hamcrest.Matchers.*;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Integrator scope (issue 7, point 12), with client-credentials tokens of two different clients:
 * each books, reads, reschedules and cancels only its own appointments, reads availability and
 * service types, finds a vehicle by its exact plate or VIN — and cannot touch a phone booking,
 * another client's booking, or browse the customer archive.
 */
@QuarkusTest
class IntegratorScopeTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Inject
    MutableClock clock;

    BookingStore shop;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        shop = BookingStore.open();
    }

    RequestSpecification client(String clientId) {
        return Api.withToken(TestTokens.integrator(clientId, shop.code));
    }

    Response bookAs(RequestSpecification who, String arrivalAt) {
        Map<String, Object> body = shop.booking(shop.customerWithVehicle(), arrivalAt);
        body.put("channel", "INTEGRATOR");
        Response r = who.body(body).post(shop.path("/appointments"));
        r.then().statusCode(201);
        return r;
    }

    Response act(RequestSpecification who, Response appointment, String action, Map<String, Object> body) {
        return who.header("If-Match", appointment.header("ETag")).body(body).post(shop.path("/appointments/" + appointment.path("id") + action));
    }

    @Test
    void aClientReschedulesAndCancelsWhatItBookedButNotAnotherClientsBooking() {
        Response mine = bookAs(client("partner-a"), "2026-11-24T01:00:00Z");
        client("partner-a").get(shop.path("/appointments/" + mine.path("id"))).then().statusCode(200);

        for (String action : new String[] {"/cancel", "/reschedule"}) {
            act(client("partner-b"), mine, action, Map.of("reason", "x", "arrivalAt", "2026-11-25T01:00:00Z")).then().statusCode(403)
                    .contentType("application/problem+json").body("code", is("integrator-scope"));
        }
        client("partner-b").get(shop.path("/appointments/" + mine.path("id"))).then().statusCode(403).body("code", is("integrator-scope"));

        Response moved = act(client("partner-a"), mine, "/reschedule", Map.of("arrivalAt", "2026-11-25T01:00:00Z"));
        moved.then().statusCode(200).body("arrivalAt", is("2026-11-25T01:00:00Z"));
        // The new appointment is still partner A's: A cancels it, B could not.
        act(client("partner-b"), moved, "/cancel", Map.of("reason", "x")).then().statusCode(403);
        act(client("partner-a"), moved, "/cancel", Map.of("reason", "客户取消")).then().statusCode(200).body("status", is("CANCELLED"));
    }

    @Test
    void aClientReadsWhereTheOrdersOfTheVehicleItBookedStandAndNoOtherVehicle() {
        String[] cv = shop.customerWithVehicle();
        Map<String, Object> body = shop.booking(cv, "2026-11-24T01:00:00Z");
        body.put("channel", "INTEGRATOR");
        Response mine = client("partner-a").body(body).post(shop.path("/appointments"));
        mine.then().statusCode(201);
        client("partner-a").get(shop.path("/vehicles/" + cv[1] + "/order-status")).then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
        // Confirmed, the appointment prepares the draft order (R-PRE-1): the partner's app sees it.
        Response confirmed = shop.as(Roles.ADVISOR).header("If-Match", mine.header("ETag")).post(shop.path("/appointments/" + mine.path("id") + "/confirm"));
        confirmed.then().statusCode(200);
        String order = confirmed.path("repairOrderId");
        client("partner-a").get(shop.path("/vehicles/" + cv[1] + "/order-status")).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains(order), "[0].status", is("DRAFT"), "[0].number", org.hamcrest.Matchers.notNullValue());
        client("partner-b").get(shop.path("/vehicles/" + cv[1] + "/order-status")).then().statusCode(403).body("code", is("integrator-scope"));
        String[] other = shop.customerWithVehicle();
        client("partner-a").get(shop.path("/vehicles/" + other[1] + "/order-status")).then().statusCode(403);
        shop.as(Roles.ADVISOR).get(shop.path("/vehicles/" + cv[1] + "/order-status")).then().statusCode(200).body("id", org.hamcrest.Matchers.contains(order));
        // Without the orders scope the partner is refused, naming it.
        Api.withToken(TestTokens.integrator("partner-a", java.util.List.of("dms:book"), Map.of(), shop.code)).get(shop.path("/vehicles/" + cv[1] + "/order-status"))
                .then().statusCode(403).body("detail", org.hamcrest.Matchers.containsString("dms:orders"));
    }

    @Test
    void aClientCannotCancelAPhoneBookingWhileStaffCanCancelAClientsBooking() {
        Response phone = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T01:00:00Z")).post(shop.path("/appointments"));
        phone.then().statusCode(201).body("channel", is("PHONE"));
        act(client("partner-a"), phone, "/cancel", Map.of("reason", "x")).then().statusCode(403).body("code", is("integrator-scope"));
        act(client("partner-a"), phone, "/reschedule", Map.of("arrivalAt", "2026-11-25T01:00:00Z")).then().statusCode(403);
        shop.as(Roles.ADVISOR).get(shop.path("/appointments/" + phone.path("id"))).then().body("status", not("CANCELLED"));

        Response theirs = bookAs(client("partner-a"), "2026-11-24T03:00:00Z");
        act(shop.as(Roles.CUSTOMER_SERVICE), theirs, "/cancel", Map.of("reason", "客户来电取消")).then().statusCode(200).body("status", is("CANCELLED"));
    }

    @Test
    void aClientReadsAvailabilityAndServiceTypesAndFindsAVehicleOnlyByItsExactPlateOrVin() {
        client("partner-a").queryParam("from", "2026-11-24").queryParam("to", "2026-11-24").queryParam("serviceTypes", "MAINT")
                .get(shop.path("/availability")).then().statusCode(200);
        client("partner-a").get(shop.path("/service-types")).then().statusCode(200).body("code", hasItem("MAINT"));

        String[] cv = shop.customerWithVehicle();
        Response v = shop.as(Roles.ADVISOR).get(shop.path("/vehicles/" + cv[1]));
        String plate = v.path("plate");
        client("partner-a").queryParam("plate", plate).get(shop.path("/vehicles/lookup")).then().statusCode(200)
                .body("", hasSize(1), "[0].id", is(cv[1]), "[0].owner.id", is(cv[0]));
        client("partner-a").queryParam("vin", v.<String>path("vin").toLowerCase()).get(shop.path("/vehicles/lookup")).then().statusCode(200)
                .body("[0].id", is(cv[1]));
        // A prefix is not a look-up.
        client("partner-a").queryParam("plate", plate.substring(0, 4)).get(shop.path("/vehicles/lookup")).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("plate"));
        client("partner-a").queryParam("vin", v.<String>path("vin").substring(0, 10)).get(shop.path("/vehicles/lookup")).then().statusCode(400);
        client("partner-a").get(shop.path("/vehicles/lookup")).then().statusCode(400);

        // With what it found, the client books for that customer and vehicle.
        Map<String, Object> body = shop.booking(cv, "2026-11-24T05:00:00Z");
        client("partner-a").body(body).post(shop.path("/appointments")).then().statusCode(201);
    }

    @Test
    void aClientMayNotListOrBrowseTheCustomerArchive() {
        String[] cv = shop.customerWithVehicle();
        for (String path : new String[] {"/customers", "/customers/" + cv[0], "/customers/" + cv[0] + "/vehicles", "/vehicles",
                "/vehicles/" + cv[1] + "/ownerships", "/vehicles/" + cv[1] + "/service-history"}) {
            client("partner-a").get(shop.path(path)).then().statusCode(403).contentType("application/problem+json");
        }
        client("partner-a").queryParam("q", "A").get(shop.path("/vehicles")).then().statusCode(403);
        // the day's appointments list answers a client with only what it booked itself (issue 12, ChangeFeedTest): none here
        shop.as(Roles.ADVISOR).body(shop.booking(cv, "2026-11-24T02:00:00Z")).post(shop.path("/appointments")).then().statusCode(201);
        client("partner-a").get(shop.path("/appointments?from=2026-11-24&to=2026-11-24")).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        shop.as(Roles.ADVISOR).get(shop.path("/customers")).then().statusCode(200);
    }
}
