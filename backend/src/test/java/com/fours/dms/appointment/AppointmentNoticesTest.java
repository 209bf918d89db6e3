package com.fours.dms.appointment;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.notification.Outbox;
import com.fours.dms.notification.OutboxDispatcher;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.GreenMailServer;
import com.fours.dms.support.MutableClock;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The booking's messages are really delivered, in the store's words and zone (R-APT-5, R-APT-6). */
@QuarkusTest
class AppointmentNoticesTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final String TUE_0900 = "2026-11-24T01:00:00Z";
    static final List<String> RAW_CODES = List.of("GENERAL", "MAINTENANCE_BOOKLET", "REGISTRATION", "LOCKING_WHEEL_KEY", "MOBILE", "MAINT");

    @Inject
    MutableClock clock;

    @Inject
    AppointmentJobs jobs;

    @Inject
    OutboxDispatcher dispatcher;

    @GreenMailServer.Inject
    GreenMail mail;

    BookingStore shop;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        shop = BookingStore.open();
    }

    private String[] emailCustomerWithVehicle(String email) {
        String customer = shop.as(Roles.ADVISOR).body(Fixtures.aCustomer().named("周敏").with("email", email).with("preferredContact", "EMAIL").body())
                .post(shop.path("/customers")).then().statusCode(201).extract().path("id");
        String vehicle = shop.as(Roles.ADVISOR).body(Fixtures.aVehicle(customer).body()).post(shop.path("/vehicles")).then().statusCode(201).extract().path("id");
        return new String[] {customer, vehicle};
    }

    @Test
    void theReminderEmailArrivesWithTheBookingsRealDocumentsInTheStoresTime() throws Exception {
        String email = Fixtures.unique("zhou") + "@example.com";
        Map<String, Object> b = shop.booking(emailCustomerWithVehicle(email), TUE_0900);
        b.put("documentsToBring", List.of("MAINTENANCE_BOOKLET", "REGISTRATION", "ANTI_THEFT_CODE", "LOCKING_WHEEL_KEY", "SERVICE_RECORDS"));
        Response booked = shop.as(Roles.ADVISOR).body(b).post(shop.path("/appointments"));
        booked.then().statusCode(201);
        String id = booked.path("id");
        String plate = booked.path("vehicle.plate");
        String advisor = booked.path("advisor.displayName");

        // 09:00 in Shanghai the day before: the reminder is queued, then the dispatcher sends it.
        clock.set(Instant.parse("2026-11-23T01:00:00Z"));
        jobs.queueReminders();
        reminder(id).then().body("items[0].status", is("PENDING"), "items[0].sentAt", nullValue());
        Outbox.drain(dispatcher);

        List<MimeMessage> mails = Outbox.mailsTo(mail, email);
        assertEquals(1, mails.size());
        MimeMessage m = mails.get(0);
        assertEquals("【测试预约店】预约到店提醒", m.getSubject());
        String text = Outbox.text(m);
        assertTrue(text.contains("周敏您好"), text);
        assertTrue(text.contains("11月24日 09:00"), text);
        assertTrue(text.contains(plate), text);
        assertTrue(text.contains("服务顾问：" + advisor), text);
        assertTrue(text.contains("定期保养"), text);
        assertTrue(text.contains("请携带：保养手册、行驶证、防盗码、防盗螺丝钥匙、维修记录。"), text);
        RAW_CODES.forEach(code -> assertFalse(text.contains(code), code + " in " + text));
        reminder(id).then().body("items", hasSize(1), "items[0].channel", is("EMAIL"), "items[0].recipient", is(email),
                "items[0].status", is("SENT"), "items[0].sentAt", is("2026-11-23T01:00:00Z"), "items[0].provider", is("smtp"),
                "items[0].title", is("【测试预约店】预约到店提醒"));
    }

    @Test
    void anSmsReminderGoesThroughTheLoggingProviderAndIsMarkedSent() {
        String id = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments"))
                .then().statusCode(201).extract().path("id");
        clock.set(Instant.parse("2026-11-23T01:00:00Z"));
        jobs.queueReminders();
        Outbox.drain(dispatcher);
        reminder(id).then().body("items", hasSize(1), "items[0].channel", is("SMS"), "items[0].status", is("SENT"),
                "items[0].provider", is("log"), "items[0].attempts", is(1), "items[0].body", containsString("保养手册、行驶证"));
    }

    @Test
    void customerMessagesDueInQuietHoursWaitUntilMorningWhileTheWorkshopIsToldAtOnce() {
        shop.manager().get(shop.path("/settings")).then().body("quietHoursStart", is("21:00:00"), "quietHoursEnd", is("08:00:00"));
        // Tuesday 16:00 in Shanghai; the reminder falls due on Monday 22:00, inside quiet hours.
        Response booked = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T08:00:00Z")).post(shop.path("/appointments"));
        String id = booked.path("id");
        Response other = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-25T02:00:00Z")).post(shop.path("/appointments"));
        clock.set(Instant.parse("2026-11-23T14:00:00Z"));
        jobs.queueReminders();
        Outbox.drain(dispatcher);
        reminder(id).then().body("items[0].status", is("HELD"), "items[0].nextAttemptAt", is("2026-11-24T00:00:00Z"), "items[0].sentAt", nullValue());

        // Internal messages are not held: a reschedule at 22:00 is on the workshop's board at once.
        Response moved = shop.as(Roles.ADVISOR).header("If-Match", other.header("ETag")).body(Map.of("arrivalAt", "2026-11-25T03:00:00Z"))
                .post(shop.path("/appointments/" + other.path("id") + "/reschedule"));
        moved.then().statusCode(200);
        shop.as(Roles.WORKSHOP).queryParam("appointmentId", (String) moved.path("id")).queryParam("audience", "WORKSHOP").get(shop.path("/notifications"))
                .then().body("items.kind", hasItem("APPOINTMENT_RESCHEDULED"), "items.status", everyItem(is("SENT")));

        clock.set(Instant.parse("2026-11-23T23:59:59Z"));
        Outbox.drain(dispatcher);
        reminder(id).then().body("items[0].status", is("HELD"));
        clock.set(Instant.parse("2026-11-24T00:00:00Z"));
        Outbox.drain(dispatcher);
        reminder(id).then().body("items[0].status", is("SENT"), "items[0].sentAt", is("2026-11-24T00:00:00Z"));
    }

    @Test
    void aReminderStillWaitingIsWithdrawnWhenTheAppointmentIsCancelledAndNeverSent() {
        String email = Fixtures.unique("storno") + "@example.com";
        String id = shop.as(Roles.ADVISOR).body(shop.booking(emailCustomerWithVehicle(email), TUE_0900)).post(shop.path("/appointments"))
                .then().statusCode(201).extract().path("id");
        clock.set(Instant.parse("2026-11-23T01:00:00Z"));
        jobs.queueReminders();
        reminder(id).then().body("items[0].status", is("PENDING"));
        String etag = shop.as(Roles.ADVISOR).get(shop.path("/appointments/" + id)).header("ETag");
        shop.as(Roles.ADVISOR).header("If-Match", etag).body(Map.of("reason", "客户取消")).post(shop.path("/appointments/" + id + "/cancel"))
                .then().statusCode(200);
        Outbox.drain(dispatcher);
        assertEquals(0, Outbox.mailsTo(mail, email).size());
        reminder(id).then().body("items[0].status", is("CANCELLED"), "items[0].lastError", is("appointment cancelled"), "items[0].sentAt", nullValue());
    }

    @Test
    void quietHoursAreAStoreSetting() {
        shop.changeSettings(s -> s.quietHoursStart(java.time.LocalTime.of(23, 0)).quietHoursEnd(java.time.LocalTime.of(7, 0)))
                .then().statusCode(200).body("quietHoursStart", is("23:00:00"), "quietHoursEnd", is("07:00:00"));
        String id = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-24T08:00:00Z")).post(shop.path("/appointments"))
                .then().statusCode(201).extract().path("id");
        clock.set(Instant.parse("2026-11-23T14:00:00Z"));
        jobs.queueReminders();
        Outbox.drain(dispatcher);
        reminder(id).then().body("items[0].status", is("SENT"));
    }

    @Test
    void rescheduleCancelNoShowAndAPaidDepositTellTheWorkshopAndParts() {
        Response a = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), TUE_0900)).post(shop.path("/appointments"));
        String plate = a.path("vehicle.plate");
        Response b = shop.as(Roles.ADVISOR).header("If-Match", a.header("ETag")).body(Map.of("arrivalAt", "2026-11-25T02:00:00Z"))
                .post(shop.path("/appointments/" + a.path("id") + "/reschedule"));
        b.then().statusCode(200);
        Response c = shop.as(Roles.ADVISOR).header("If-Match", b.header("ETag")).body(Map.of("arrivalAt", "2026-11-25T03:00:00Z"))
                .post(shop.path("/appointments/" + b.path("id") + "/reschedule"));
        c.then().statusCode(200);
        // Two reschedules are two messages each for the workshop and parts (the dedupe key includes the move).
        board(b.path("id"), "APPOINTMENT_RESCHEDULED").body("audience", containsInAnyOrder("WORKSHOP", "PARTS"),
                "find { it.audience == 'WORKSHOP' }.body", allOf(containsString(plate), containsString("由 11月24日 09:00 改至 11月25日 10:00"), containsString("机修工位")),
                "status", everyItem(is("SENT")), "provider", everyItem(is("board")));
        board(c.path("id"), "APPOINTMENT_RESCHEDULED").body("audience", containsInAnyOrder("WORKSHOP", "PARTS"),
                "find { it.audience == 'PARTS' }.body", containsString("由 11月25日 10:00 改至 11月25日 11:00"));

        shop.as(Roles.ADVISOR).header("If-Match", c.header("ETag")).body(Map.of("reason", "客户临时出差")).post(shop.path("/appointments/" + c.path("id") + "/cancel"))
                .then().statusCode(200);
        board(c.path("id"), "APPOINTMENT_CANCELLED").body("audience", containsInAnyOrder("WORKSHOP", "PARTS"),
                "find { it.audience == 'WORKSHOP' }.body", allOf(containsString("11月25日 11:00"), containsString("原因：客户临时出差")));

        Map<String, Object> withParts = shop.booking(shop.customerWithVehicle(), TUE_0900);
        withParts.put("parts", List.of(Map.of("partNumber", "5Q0407271", "description", "前减震器总成", "quantity", 2, "unitPrice", "1200.00", "highValue", true)));
        Response d = shop.as(Roles.ADVISOR).body(withParts).post(shop.path("/appointments"));
        d.then().statusCode(201).body("status", is("DEPOSIT_REQUIRED"));
        board(d.path("id"), "APPOINTMENT_BOOKED").body("find { it.audience == 'PARTS' }.body",
                allOf(containsString("5Q0407271 前减震器总成 ×2"), containsString("（部分配件待定金）")));
        shop.as(Roles.CASHIER).header("If-Match", d.header("ETag")).body(Map.of("amount", "1200.00", "method", "MOBILE"))
                .post(shop.path("/appointments/" + d.path("id") + "/deposit")).then().statusCode(200);
        board(d.path("id"), "APPOINTMENT_DEPOSIT_PAID").body("audience", containsInAnyOrder("WORKSHOP", "PARTS"),
                "find { it.audience == 'PARTS' }.body", allOf(containsString("1200.00"), containsString("移动支付"), containsString("请订购配件：5Q0407271 前减震器总成 ×2")));

        clock.set(Instant.parse("2026-11-24T01:30:01Z"));
        jobs.markNoShows();
        board(d.path("id"), "APPOINTMENT_NO_SHOW").body("audience", containsInAnyOrder("WORKSHOP", "PARTS"),
                "find { it.audience == 'WORKSHOP' }.body", allOf(containsString("客户爽约"), containsString("11月24日 09:00")));

        // No raw code reaches a zh-CN board.
        List<String> bodies = shop.manager().queryParam("limit", 100).get(shop.path("/notifications")).path("items.body");
        assertTrue(bodies.size() >= 12, bodies.toString());
        bodies.forEach(text -> RAW_CODES.forEach(code -> assertFalse(text.contains(code), code + " in " + text)));
    }

    private Response reminder(String appointmentId) {
        return shop.as(Roles.ADVISOR).queryParam("audience", "CUSTOMER").queryParam("appointmentId", appointmentId).get(shop.path("/notifications"));
    }

    /** The appointment's board messages of one kind, as {@code {"items": [...]}}. */
    private io.restassured.response.ValidatableResponse board(String appointmentId, String kind) {
        return shop.as(Roles.WORKSHOP).queryParam("appointmentId", appointmentId).queryParam("limit", 100).get(shop.path("/notifications"))
                .then().statusCode(200).rootPath("items.findAll { it.kind == '" + kind + "' }");
    }
}
