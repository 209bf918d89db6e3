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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-REM-1..3 with a moved clock: the next due date is the earlier of the date-based and the projected
 * mileage-based due (month ends, one visit at the store's default km/day, ties), the T-13 message and the
 * T-11 call are raised on the store's own day (Asia/Shanghai, UTC+8), once however often and however
 * many instances run the generator; the call's mileage re-projects; undecided gets one second call, no none.
 */
@QuarkusTest
class MaintenanceRemindersTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    MutableClock clock;

    @Inject
    MaintenanceReminders reminders;

    BookingStore shop;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-11-01T02:00:00Z"));
        shop = BookingStore.open();
    }

    /** A customer's vehicle with its last service and interval; returns {customerId, vehicleId}. */
    String[] vehicle(String lastServiceDate, int lastMileage, int months, int km, Map<String, Object> customerFields) {
        var c = Fixtures.aCustomer();
        customerFields.forEach(c::with);
        String customer = shop.as(Roles.ADVISOR).body(c.body()).post(shop.path("/customers")).then().statusCode(201).extract().path("id");
        String vehicle = shop.as(Roles.ADVISOR).body(Fixtures.aVehicle(customer).with("lastServiceDate", lastServiceDate).with("lastServiceMileage", lastMileage)
                .with("maintenanceIntervalMonths", months).with("maintenanceIntervalKm", km).body()).post(shop.path("/vehicles")).then().statusCode(201).extract().path("id");
        return new String[] {customer, vehicle};
    }

    MaintenanceReminders.Run runAt(String instant) {
        clock.set(Instant.parse(instant));
        return QuarkusTransaction.requiringNew().call(() -> reminders.run(shop.code, SHANGHAI));
    }

    Response cycle(String vehicle) {
        Response list = shop.as(Roles.CUSTOMER_SERVICE).queryParam("vehicleId", vehicle).get(shop.path("/reminders"));
        list.then().statusCode(200).body("items", hasSize(1));
        Response c = shop.as(Roles.CUSTOMER_SERVICE).get(shop.path("/reminders/" + list.path("items[0].id")));
        c.then().statusCode(200);
        return c;
    }

    List<String> messages(String cycleId) {
        return shop.manager().get(shop.path("/notifications")).then().statusCode(200).extract()
                .path("items.findAll { it.kind == 'MAINTENANCE_REMINDER' && it.subjectId == '" + cycleId + "' }.channel");
    }

    List<String> calls(String vehicle) {
        return shop.manager().queryParam("type", "SERVICE_REMINDER").queryParam("subjectId", vehicle).get(shop.path("/tasks")).then().statusCode(200)
                .extract().path("items.id");
    }

    Response call(String vehicle, Map<String, Object> body) {
        Response c = cycle(vehicle);
        return shop.as(Roles.CUSTOMER_SERVICE).header("If-Match", c.header("ETag")).body(body).post(shop.path("/reminders/" + c.path("id") + "/call"));
    }

    @Test
    void aDateDueAtTheMonthEndIsMessagedThirteenDaysAndCalledElevenDaysBeforeOnTheStoresDayOnce() {
        // 31 May + 6 months = 30 November; 100 000 km will not be reached first.
        String[] cv = vehicle("2026-05-31", 20000, 6, 100000, Map.of());
        assertEquals(0, runAt("2026-11-16T15:59:00Z").cycles(), "23:59 on 16 Nov in the store is T-14: nothing yet");
        MaintenanceReminders.Run first = runAt("2026-11-16T16:00:00Z"); // 00:00 on 17 Nov in the store: T-13
        Response c = cycle(cv[1]);
        c.then().body("dueDate", is("2026-11-30"), "dueBasis", is("DATE"), "status", is("OPEN"), "messageChannel", is("SMS"), "callTaskAt", nullValue());
        assertEquals(List.of("SMS"), messages(c.path("id")));
        assertEquals(List.of(), calls(cv[1]));
        assertEquals(1, first.cycles());

        MaintenanceReminders.Run again = runAt("2026-11-17T08:00:00Z");
        assertEquals(new MaintenanceReminders.Run(0, 0, 0, 0), again, "running again raises nothing new");
        runAt("2026-11-18T15:59:00Z"); // 23:59 on 18 Nov: T-12
        assertEquals(List.of(), calls(cv[1]));
        runAt("2026-11-18T16:00:00Z"); // T-11
        runAt("2026-11-19T01:00:00Z");
        assertEquals(1, calls(cv[1]).size());
        assertEquals(List.of("SMS"), messages(c.path("id")));
        clock.set(Instant.parse("2026-11-19T02:00:00Z")); // 10:00, inside the call window
        shop.as(Roles.CUSTOMER_SERVICE).get(shop.path("/follow-up/queue")).then().statusCode(200)
                .body("offered.task.type", hasItem("SERVICE_REMINDER"), "offered.script", hasItem("SERVICE_REMINDER"));
    }

    @Test
    void oneVisitProjectsAtTheStoreDefaultAndTheCallsMileageReprojects() {
        // One reading: 5 000 km at 40 km/day = 125 days after 1 Oct 2026 = 3 Feb 2027, before 1 Oct 2027 by date.
        String[] cv = vehicle("2026-10-01", 20000, 12, 5000, Map.of());
        runAt("2027-01-22T16:30:00Z"); // 23 Jan in the store: T-11, message and call at once
        Response c = cycle(cv[1]);
        c.then().body("dueDate", is("2027-02-03"), "dueBasis", is("MILEAGE"), "messageAt", notNullValue(), "callTaskAt", notNullValue());
        // The customer has driven 4 000 km in 114 days (35.1 km/day): 1 000 km more take 29 days, from 23 Jan: 21 Feb.
        call(cv[1], Map.of("mileage", 24000, "specialRequest", "顺便检查空调", "decision", "UNDECIDED")).then().statusCode(200)
                .body("dueDate", is("2027-02-21"), "dueBasis", is("MILEAGE"), "status", is("UNDECIDED"), "latestMileage", is(24000),
                        "specialRequest", is("顺便检查空调"));
        shop.manager().queryParam("type", "SERVICE_REMINDER").queryParam("subjectId", cv[1]).get(shop.path("/tasks")).then()
                .body("items[0].status", is("DONE"));
        // R-REM-3: a second call three days later (store setting), once.
        assertEquals(0, runAt("2027-01-25T16:29:00Z").secondCalls());
        assertEquals(1, runAt("2027-01-25T16:30:00Z").secondCalls());
        assertEquals(0, runAt("2027-01-27T16:30:00Z").secondCalls());
        assertEquals(2, calls(cv[1]).size());
        call(cv[1], Map.of("mileage", 23000, "decision", "DECLINED")).then().statusCode(422).body("code", is("R-REM-1"), "violations.field", hasItem("mileage"));
    }

    @Test
    void whenBothDueDatesFallOnTheSameDayItIsDateAndANoMeansNoSecondCall() {
        // 1 Jun + 6 months = 1 Dec 2026 = 183 days; 7 320 km at 40 km/day = 183 days too.
        String[] cv = vehicle("2026-06-01", 10000, 6, 7320, Map.of());
        runAt("2026-11-20T02:00:00Z");
        cycle(cv[1]).then().body("dueDate", is("2026-12-01"), "dueBasis", is("DATE"));
        call(cv[1], Map.of("decision", "BOOKED")).then().statusCode(400).body("violations.field", hasItem("appointmentId"));
        call(cv[1], Map.of("decision", "DECLINED")).then().statusCode(200).body("status", is("DECLINED"), "availableActions", empty());
        runAt("2026-11-28T02:00:00Z");
        assertEquals(1, calls(cv[1]).size(), "no second call after a no (R-REM-3)");
        call(cv[1], Map.of("decision", "UNDECIDED")).then().statusCode(409).body("code", is("reminder-decided"));
    }

    @Test
    void theReminderCallBooksADealerInitiatedAppointment() {
        String[] cv = vehicle("2026-06-01", 10000, 6, 100000, Map.of());
        runAt("2026-11-20T02:00:00Z");
        String task = calls(cv[1]).get(0);
        Map<String, Object> booking = new java.util.HashMap<>(shop.booking(cv, "2026-11-24T02:00:00Z"));
        booking.put("origin", "DEALER");
        booking.put("reminderTaskId", task);
        String appointment = shop.as(Roles.CUSTOMER_SERVICE).body(booking).post(shop.path("/appointments")).then().statusCode(201)
                .body("origin", is("DEALER")).extract().path("id");
        call(cv[1], Map.of("mileage", 15000, "decision", "BOOKED", "appointmentId", appointment)).then().statusCode(200)
                .body("status", is("BOOKED"), "appointmentId", is(appointment));
        shop.manager().get(shop.path("/tasks/" + task)).then().body("status", is("DONE"));
    }

    @Test
    void aCustomerWhoOptedOutOfSmsWithoutEmailGetsNoMessageButTheCycleSaysWhy() {
        String[] cv = vehicle("2026-06-01", 10000, 6, 100000, Map.of());
        shop.as(Roles.CUSTOMER_SERVICE).body(Map.of("allowed", false)).put(shop.path("/follow-up/customers/" + cv[0] + "/consent/SMS")).then().statusCode(200);
        runAt("2026-11-18T02:00:00Z");
        Response c = cycle(cv[1]);
        c.then().body("messageSkipped", is("NO_CHANNEL_CONSENT"), "messageChannel", nullValue());
        assertEquals(List.of(), messages(c.path("id")));
    }

    @Test
    void twoInstancesAtOnceRaiseEachReminderOnce() throws Exception {
        String[] cv = vehicle("2026-06-01", 10000, 6, 100000, Map.of());
        clock.set(Instant.parse("2026-11-20T02:00:00Z"));
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<MaintenanceReminders.Run>> both = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return QuarkusTransaction.requiringNew().call(() -> reminders.run(shop.code, SHANGHAI));
        })).toList();
        go.countDown();
        MaintenanceReminders.Run a = both.get(0).get();
        MaintenanceReminders.Run b = both.get(1).get();
        assertEquals(1, a.cycles() + b.cycles());
        assertEquals(1, a.messages() + b.messages());
        assertEquals(1, a.calls() + b.calls());
        assertEquals(1, calls(cv[1]).size());
        assertEquals(1, messages(cycle(cv[1]).path("id")).size());
    }
}
