package com.fours.dms.appointment.api;

import static org.hamcrest.Matchers.*;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R-APT-8: appointment customers are received first and visibly marked; today's walk-ins are on the board after them. */
@QuarkusTest
class WelcomeBoardTest {
    /** 10:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Inject
    MutableClock clock;

    BookingStore shop;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        shop = BookingStore.open();
    }

    String walkIn(String[] cv) {
        return shop.as(Roles.ADVISOR).body(Map.of("customerId", cv[0], "vehicleId", cv[1], "requestedWork", "左前轮异响", "advisorId", shop.advisorIds.get(0)))
                .post(shop.path("/repair-orders")).then().statusCode(201).extract().path("id");
    }

    @Test
    void anAppointmentCustomerComesBeforeAWalkInWhoArrivedEarlier() {
        // The walk-in arrives first (10:00), the booked customer is due at 14:00, another is booked for tomorrow.
        String[] walker = shop.customerWithVehicle();
        String order = walkIn(walker);
        String plate = shop.as(Roles.ADVISOR).get(shop.path("/vehicles/" + walker[1])).path("plate");
        clock.set(Instant.parse("2026-11-23T02:10:00Z"));
        String booked = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-23T06:00:00Z")).post(shop.path("/appointments"))
                .then().statusCode(201).extract().path("id");
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T01:00:00Z")).post(shop.path("/appointments")).then().statusCode(201);
        // A walk-in order that was cancelled has left: not on the board.
        String gone = walkIn(shop.customerWithVehicle());
        var r = shop.as(Roles.ADVISOR).get(shop.path("/repair-orders/" + gone));
        shop.as(Roles.ADVISOR).header("If-Match", r.header("ETag")).body(Map.of("reason", "客户离开")).post(shop.path("/repair-orders/" + gone + "/cancel"))
                .then().statusCode(200);

        shop.as(Roles.ADVISOR).get(shop.path("/welcome-board")).then().statusCode(200)
                .body("today", hasSize(2),
                        "today[0].kind", is("APPOINTMENT"), "today[0].appointmentId", is(booked), "today[0].priority", is(true),
                        "today[0].arrivalAt", is("2026-11-23T06:00:00Z"),
                        "today[1].kind", is("WALK_IN"), "today[1].priority", is(false), "today[1].appointmentId", nullValue(),
                        "today[1].repairOrderId", is(order), "today[1].arrivalAt", is(NOW.toString()), "today[1].plate", is(plate),
                        "today[1].customer", endsWith("**"), "today[1].advisor", is("王顾问"), "today[1].services", contains("左前轮异响"),
                        "today[1].status", nullValue(),
                        "tomorrow", hasSize(1), "tomorrow[0].kind", is("APPOINTMENT"), "tomorrow[0].priority", is(true));
    }

    @Test
    void yesterdaysWalkInIsNotOnTodaysBoard() {
        clock.set(Instant.parse("2026-11-22T08:00:00Z"));
        walkIn(shop.customerWithVehicle());
        clock.set(NOW);
        shop.as(Roles.ADVISOR).get(shop.path("/welcome-board")).then().statusCode(200).body("today", empty());
    }
}
