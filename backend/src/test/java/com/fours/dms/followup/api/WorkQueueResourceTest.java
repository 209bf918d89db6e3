package com.fours.dms.followup.api;

import static org.hamcrest.Matchers.*;

import com.fours.dms.followup.NewTask;
import com.fours.dms.followup.SubjectType;
import com.fours.dms.followup.TaskPriority;
import com.fours.dms.followup.TaskService;
import com.fours.dms.followup.TaskType;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer-service work queue (issue 11): today's calls in calling order (complaint second
 * follow-ups, club members, R-FUP-6), only inside the store's call window (R-FUP-4), never to a
 * customer who opted out of calls; a no-answer comes back later, then the next day, then becomes a message.
 * The store is in Asia/Shanghai (UTC+8); the default call window is 09:30-20:00 store time.
 */
@QuarkusTest
class WorkQueueResourceTest {
    /** Monday 10:00 in the store. */
    static final Instant MON_1000 = Instant.parse("2026-11-23T02:00:00Z");

    @Inject
    MutableClock clock;

    @Inject
    TaskService tasks;

    BookingStore shop;

    @BeforeEach
    void setUp() {
        clock.set(MON_1000);
        shop = BookingStore.open();
    }

    RequestSpecification cs() {
        return shop.as(Roles.CUSTOMER_SERVICE);
    }

    String customer(boolean club, String email) {
        var b = Fixtures.aCustomer().with("clubMember", club);
        if (email != null) {
            b.with("email", email).with("preferredContact", "EMAIL");
        }
        return shop.as(Roles.ADVISOR).body(b.body()).post(shop.path("/customers")).then().statusCode(201).extract().path("id");
    }

    String vehicle(String customer) {
        return shop.as(Roles.ADVISOR).body(Fixtures.aVehicle(customer).body()).post(shop.path("/vehicles")).then().statusCode(201).extract().path("id");
    }

    /** A desk call as a generator opens it (in customer service's queue, due from {@code dueFrom}). */
    String call(TaskType type, String customer, TaskPriority priority, Instant dueFrom) {
        UUID subject = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> tasks.open(new NewTask(shop.code, type, SubjectType.CUSTOMER, subject, UUID.fromString(customer),
                UUID.fromString(vehicle(customer)), "回访 " + type, Roles.CUSTOMER_SERVICE, priority, dueFrom, null, type + ":test:" + subject, "system:test")));
        return shop.manager().queryParam("subjectId", subject.toString()).get(shop.path("/tasks")).then().statusCode(200).extract().path("items[0].id");
    }

    Response queue(RequestSpecification who) {
        Response r = who.get(shop.path("/follow-up/queue"));
        r.then().statusCode(200);
        return r;
    }

    Response attempt(String taskId, String outcome) {
        Response t = shop.manager().get(shop.path("/tasks/" + taskId));
        Response r = cs().header("If-Match", t.header("ETag")).body(Map.of("outcome", outcome)).post(shop.path("/tasks/" + taskId + "/attempts"));
        r.then().statusCode(200);
        return r;
    }

    @Test
    void complaintSecondFollowUpsThenClubMembersThenTheRestAndOptedOutCustomersAreListedWithWhy() {
        String plain = call(TaskType.FOLLOW_UP_CALL, customer(false, null), TaskPriority.HIGH, MON_1000.minusSeconds(3600));
        String club = call(TaskType.SERVICE_REMINDER, customer(true, null), TaskPriority.NORMAL, MON_1000);
        String complaint = call(TaskType.COMPLAINT_CALLBACK, customer(false, null), TaskPriority.NORMAL, MON_1000);
        String noCalls = customer(false, null);
        String optedOut = call(TaskType.FOLLOW_UP_CALL, noCalls, TaskPriority.URGENT, MON_1000);
        String tomorrow = call(TaskType.FOLLOW_UP_CALL, customer(false, null), TaskPriority.URGENT, Instant.parse("2026-11-23T16:00:00Z"));
        cs().body(Map.of("allowed", false, "reason", "客户要求不要来电")).put(shop.path("/follow-up/customers/" + noCalls + "/consent/CALL"))
                .then().statusCode(200).body("channels.find { it.channel == 'CALL' }.allowed", is(false),
                        "channels.find { it.channel == 'CALL' }.changedBy", is("customer-service-user"),
                        "channels.find { it.channel == 'SMS' }.allowed", is(true));

        queue(cs()).then().body("day", is("2026-11-23"), "callWindowOpen", is(true),
                "offered.task.id", contains(complaint, club, plain),
                "offered.script", contains("COMPLAINT_CALLBACK", "SERVICE_REMINDER_CLUB", "FOLLOW_UP_CALL"),
                "offered[1].clubMember", is(true), "offered[0].task.customer.phone", notNullValue(),
                "notOffered.task.id", contains(optedOut), "notOffered[0].notOfferedBecause", contains("CALL_OPTED_OUT"),
                "notOffered[0].optedOut", contains("CALL"),
                "offered.task.id", not(hasItem(tomorrow)));
    }

    @Test
    void outsideTheCallWindowNothingIsOfferedAndTheStoreDayTurnsAtItsOwnMidnight() {
        String task = call(TaskType.FOLLOW_UP_CALL, customer(false, null), TaskPriority.NORMAL, MON_1000);
        clock.set(Instant.parse("2026-11-23T13:00:00Z")); // 21:00 in the store
        queue(cs()).then().body("callWindowOpen", is(false), "offered", empty(), "notOffered.task.id", contains(task),
                "notOffered[0].notOfferedBecause", contains("OUTSIDE_CALL_WINDOW"), "notOffered[0].callableFrom", is("2026-11-24T01:30:00Z"));
        // 00:30 on Tuesday in Shanghai is still Monday in UTC: the queue is Tuesday's.
        clock.set(Instant.parse("2026-11-23T16:30:00Z"));
        String tuesday = call(TaskType.FOLLOW_UP_CALL, customer(false, null), TaskPriority.NORMAL, Instant.parse("2026-11-24T10:00:00Z"));
        queue(cs()).then().body("day", is("2026-11-24"), "notOffered.task.id", hasItems(task, tuesday));
        // The manager narrows the window to 10:00-12:00: at 09:45 the call waits until 10:00.
        Response s = shop.manager().get(shop.path("/follow-up/settings"));
        s.then().statusCode(200).body("callWindowStart", is("09:30:00"), "reminderMessageDays", is(13), "reminderCallDays", is(11));
        shop.manager().header("If-Match", s.header("ETag")).body(Map.of("callWindowStart", "10:00:00", "callWindowEnd", "12:00:00"))
                .put(shop.path("/follow-up/settings")).then().statusCode(200).body("callWindowEnd", is("12:00:00"), "version", is(1));
        clock.set(Instant.parse("2026-11-24T01:45:00Z"));
        queue(cs()).then().body("offered", empty(), "notOffered[0].callableFrom", is("2026-11-24T02:00:00Z"));
        clock.set(Instant.parse("2026-11-24T02:00:00Z"));
        queue(cs()).then().body("offered.task.id", contains(task));
    }

    @Test
    void aNoAnswerComesBackLaterTodayThenTomorrowThenTheDeskWritesInstead() {
        String task = call(TaskType.FOLLOW_UP_CALL, customer(false, null), TaskPriority.NORMAL, MON_1000);
        attempt(task, "NO_ANSWER").then().body("status", is("IN_PROGRESS"), "dueFrom", is("2026-11-23T04:00:00Z"));
        queue(cs()).then().body("offered", empty(), "notOffered[0].notOfferedBecause", contains("LATER_TODAY"), "notOffered[0].unanswered", is(1));
        clock.set(Instant.parse("2026-11-23T11:00:00Z")); // 19:00: two hours later is past the window
        attempt(task, "NO_ANSWER").then().body("dueFrom", is("2026-11-24T01:30:00Z"));
        queue(cs()).then().body("offered", empty(), "notOffered", empty());
        clock.set(Instant.parse("2026-11-24T01:30:00Z"));
        queue(cs()).then().body("offered.task.id", contains(task));
        Response third = attempt(task, "NO_ANSWER");
        third.then().body("status", is("DONE"), "closeReason", is("SWITCHED_TO_SMS"));
        shop.manager().get(shop.path("/notifications")).then().statusCode(200)
                .body("items.findAll { it.kind == 'FOLLOW_UP_MISSED_CALL' }.recipient", contains(third.<String>path("customer.phone")));
    }

    @Test
    void aCustomerWhoOptedOutOfSmsGetsAnEmailAndOneWhoOptedOutOfEverythingGetsNothing() {
        String withMail = customer(false, "kehu@example.com");
        String nothing = customer(false, null);
        for (String c : List.of(withMail, nothing)) {
            cs().body(Map.of("allowed", false)).put(shop.path("/follow-up/customers/" + c + "/consent/SMS")).then().statusCode(200);
        }
        shop.manager().header("If-Match", shop.manager().get(shop.path("/follow-up/settings")).header("ETag")).body(Map.of("noAnswerMaxAttempts", 1))
                .put(shop.path("/follow-up/settings")).then().statusCode(200);
        attempt(call(TaskType.SERVICE_REMINDER, withMail, TaskPriority.NORMAL, MON_1000), "NO_ANSWER").then().body("closeReason", is("SWITCHED_TO_EMAIL"));
        attempt(call(TaskType.SERVICE_REMINDER, nothing, TaskPriority.NORMAL, MON_1000), "NO_ANSWER").then().body("closeReason", is("NO_CHANNEL_CONSENT"));
        shop.manager().get(shop.path("/notifications")).then()
                .body("items.findAll { it.kind == 'FOLLOW_UP_MISSED_CALL' }.recipient", contains("kehu@example.com"));
    }

    @Test
    void doNotCallClosesTheCallAndOptsTheCustomerOutOfCallsForTheNextOne() {
        String c = customer(false, null);
        attempt(call(TaskType.FOLLOW_UP_CALL, c, TaskPriority.NORMAL, MON_1000), "DO_NOT_CALL").then().body("status", is("CANCELLED"));
        cs().get(shop.path("/follow-up/customers/" + c + "/consent")).then().statusCode(200)
                .body("channels.find { it.channel == 'CALL' }.allowed", is(false), "channels.find { it.channel == 'CALL' }.source", is("DESK"));
        String next = call(TaskType.SERVICE_REMINDER, c, TaskPriority.NORMAL, MON_1000);
        queue(cs()).then().body("offered", empty(), "notOffered.task.id", contains(next));
    }

    @Test
    void aSupervisorHandsACallToOnePersonAndOnlyTheySeeIt() {
        String task = call(TaskType.FOLLOW_UP_CALL, customer(false, null), TaskPriority.NORMAL, MON_1000);
        Response t = shop.manager().get(shop.path("/tasks/" + task));
        shop.manager().header("If-Match", t.header("ETag")).body(Map.of("username", "cs-two")).post(shop.path("/tasks/" + task + "/assign"))
                .then().statusCode(200).body("assignee.username", is("cs-two"));
        queue(cs()).then().body("offered", empty());
        queue(Api.withToken(TestTokens.token("cs-two", Set.of(Roles.CUSTOMER_SERVICE), shop.code))).then().body("offered.task.id", contains(task));
    }

    @Test
    void settingsAreTheManagersAndBadOnesNameTheirField() {
        Response s = shop.manager().get(shop.path("/follow-up/settings"));
        shop.manager().body(Map.of("callWindowEnd", "08:00:00")).put(shop.path("/follow-up/settings")).then().statusCode(428);
        shop.manager().header("If-Match", s.header("ETag")).body(Map.of("callWindowEnd", "08:00:00")).put(shop.path("/follow-up/settings"))
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("callWindowEnd"));
        cs().header("If-Match", s.header("ETag")).body(Map.of("noAnswerMaxAttempts", 2)).put(shop.path("/follow-up/settings")).then().statusCode(403);
    }
}
