package com.fours.dms.appointment;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.inspection.api.Inspections;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reminders, no-shows and readiness happen on their own at the right time (R-APT-6, R-APT-7, R-PRE-4); time is moved, never slept on. */
@QuarkusTest
class AppointmentJobsTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final String TUE_0900 = "2026-11-24T01:00:00Z";

    @Inject
    MutableClock clock;

    @Inject
    AppointmentJobs jobs;

    @Inject
    PreparationService preparation;

    BookingStore shop;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        shop = BookingStore.open();
    }

    @Test
    void theReminderGoesOutOneDayBeforeAndOnlyOnce() {
        String id = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments"))
                .then().statusCode(201).extract().path("id");
        clock.set(Instant.parse("2026-11-23T00:59:00Z"));
        jobs.queueReminders();
        reminders(id).then().body("items", empty());
        clock.set(Instant.parse("2026-11-23T01:00:00Z"));
        jobs.queueReminders();
        jobs.queueReminders();
        reminders(id).then().body("items", hasSize(1), "items[0].channel", is("SMS"), "items[0].recipient", startsWith("139"),
                "items[0].body", allOf(containsString("测试预约店"), containsString("11月24日 09:00")));
    }

    @Test
    void aCustomerMoreThanThirtyMinutesLateIsANoShowWithARebookTaskAndTheSlotIsFreed() {
        String[] cv = shop.customerWithVehicle();
        Response booked = shop.as(Roles.ADVISOR).body(shop.booking(cv, TUE_0900)).post(shop.path("/appointments"));
        String id = booked.then().statusCode(201).extract().path("id");
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments")).then().statusCode(201);

        clock.set(Instant.parse("2026-11-24T01:30:00Z"));
        jobs.markNoShows();
        shop.as(Roles.ADVISOR).get(shop.path("/appointments/" + id)).then().body("status", is("CONFIRMED"));
        clock.set(Instant.parse("2026-11-24T01:30:01Z"));
        jobs.markNoShows();
        shop.as(Roles.ADVISOR).get(shop.path("/appointments/" + id)).then().body("status", is("NO_SHOW"), "availableActions", empty());
        // Its prepared draft is cancelled too, by the scheduler (audited).
        String draft = booked.path("repairOrderId");
        shop.as(Roles.ADVISOR).get(shop.path("/repair-orders/" + draft)).then().body("status", is("CANCELLED"), "availableActions", empty());
        shop.manager().queryParam("entityId", draft).get(shop.path("/audit-entries"))
                .then().body("items.find { it.action == 'cancelled' }.actor", is("system:scheduler"));
        shop.as(Roles.CUSTOMER_SERVICE).queryParam("assigneeRole", "customer-service").queryParam("status", "OPEN").get(shop.path("/tasks"))
                .then().statusCode(200).body("items.type", hasItem("REBOOK_NO_SHOW"), "items.find { it.subject.id == '" + id + "' }.customer.id", is(cv[0]));
        // The capacity came back: a third customer can take the 09:00 slot for another appointment later that day.
        clock.set(NOW);
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments")).then().statusCode(201);
        shop.manager().queryParam("entityId", id).get(shop.path("/audit-entries"))
                .then().body("items.action", hasItem("no-show"), "items.find { it.action == 'no-show' }.actor", is("system:scheduler"));
    }

    @Test
    void aCustomerWhoseCheckInStartedIsNeverMarkedANoShow() {
        Response atTheDesk = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments"));
        Response atTheCar = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments"));
        Response nobody = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T02:00:00Z")).post(shop.path("/appointments"));
        clock.set(Instant.parse("2026-11-24T00:55:00Z"));
        // One is checked in from the appointment at the desk ...
        shop.as(Roles.ADVISOR).header("If-Match", atTheDesk.header("ETag")).post(shop.path("/appointments/" + atTheDesk.path("id") + "/check-in"))
                .then().statusCode(200).body("status", is("ARRIVED"), "repairOrderId", is((String) atTheDesk.path("repairOrderId")), "availableActions", empty());
        // ... the other's walk-around starts straight from the prepared draft.
        Response draft = shop.as(Roles.ADVISOR).get(shop.path("/repair-orders/" + atTheCar.path("repairOrderId")));
        Inspections.in(shop).start(draft, Inspections.body(null, null));
        shop.as(Roles.ADVISOR).get(shop.path("/appointments/" + atTheCar.path("id"))).then().body("status", is("ARRIVED"));

        clock.set(Instant.parse("2026-11-24T03:00:00Z"));
        jobs.markNoShows();
        for (Response a : List.of(atTheDesk, atTheCar)) {
            shop.as(Roles.ADVISOR).get(shop.path("/appointments/" + a.path("id"))).then().body("status", is("ARRIVED"));
            shop.as(Roles.ADVISOR).get(shop.path("/repair-orders/" + a.path("repairOrderId"))).then().body("status", is("DRAFT"));
            shop.manager().queryParam("entityId", (String) a.path("id")).get(shop.path("/audit-entries"))
                    .then().body("items.action", hasItem("checked-in"), "items.action", not(hasItem("no-show")));
        }
        shop.as(Roles.ADVISOR).get(shop.path("/appointments/" + nobody.path("id"))).then().body("status", is("NO_SHOW"));
        shop.as(Roles.CUSTOMER_SERVICE).queryParam("status", "OPEN").get(shop.path("/tasks"))
                .then().body("items.appointmentId", contains((String) nobody.path("id")));
    }

    @Test
    void twoInstancesRunningTheJobsAtOnceDoubleNothing() throws Exception {
        String a = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments")).then().statusCode(201).extract().path("id");
        String b = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T03:00:00Z")).post(shop.path("/appointments")).then().statusCode(201).extract().path("id");
        clock.set(Instant.parse("2026-11-23T03:00:00Z"));
        runTwice(() -> jobs.queueReminders());
        reminders(a).then().body("items", hasSize(1));
        reminders(b).then().body("items", hasSize(1));

        clock.set(Instant.parse("2026-11-24T05:00:00Z"));
        runTwice(() -> jobs.markNoShows());
        shop.as(Roles.CUSTOMER_SERVICE).queryParam("status", "OPEN").get(shop.path("/tasks")).then().body("items.type", contains("REBOOK_NO_SHOW", "REBOOK_NO_SHOW"));
        // Capacity was released exactly once: 09:00 takes two bookings again, not three.
        clock.set(NOW);
        for (int i = 0; i < 2; i++) {
            shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments")).then().statusCode(201);
        }
        shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments")).then().statusCode(409);
    }

    @Test
    void readinessChecklistsOpenTheDayBeforeAndAnythingNotReadyTellsTheAdvisor() {
        Response booked = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-25T01:00:00Z")).post(shop.path("/appointments"));
        String id = booked.path("id");
        preparation.openChecklistsForTomorrow();
        shop.as(Roles.ADVISOR).get(shop.path("/readiness-checklists")).then().statusCode(200).body("", empty());
        clock.set(Instant.parse("2026-11-24T02:00:00Z"));
        preparation.openChecklistsForTomorrow();
        shop.as(Roles.ADVISOR).get(shop.path("/readiness-checklists")).then().statusCode(200)
                .body("appointment.id", contains(id), "[0].readiness.technician", is("PENDING"));

        Response checklist = shop.as(Roles.WORKSHOP).get(shop.path("/appointments/" + id + "/readiness"));
        checklist.then().statusCode(200).body("parts", is("PENDING"));
        shop.as(Roles.WORKSHOP).header("If-Match", checklist.header("ETag"))
                .body(Map.of("technician", "READY", "parts", "NOT_READY", "specialTools", "NOT_NEEDED", "technicalDocuments", "READY", "note", "减震器需调货"))
                .put(shop.path("/appointments/" + id + "/readiness"))
                .then().statusCode(200).body("parts", is("NOT_READY"), "checkedBy", is("workshop-user"));
        shop.as(Roles.ADVISOR).queryParam("assigneeRole", "advisor").get(shop.path("/tasks"))
                .then().body("items.type", contains("TELL_CUSTOMER_NOT_READY"), "items[0].title", containsString("配件"));
    }

    private Response reminders(String appointmentId) {
        return shop.as(Roles.ADVISOR).queryParam("audience", "CUSTOMER").queryParam("appointmentId", appointmentId).get(shop.path("/notifications"));
    }

    /** Runs the job in two threads at the same moment, as two backend instances would; returns the total work done. */
    private static int runTwice(Callable<Integer> job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Integer> gated = () -> {
            go.await();
            return job.call();
        };
        Future<Integer> one = pool.submit(gated);
        Future<Integer> two = pool.submit(gated);
        go.countDown();
        int total = one.get() + two.get();
        pool.shutdown();
        return total;
    }
}
