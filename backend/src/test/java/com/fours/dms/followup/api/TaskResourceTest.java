package com.fours.dms.followup.api;

import static org.hamcrest.Matchers.*;

import com.fours.dms.appointment.AppointmentJobs;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The follow-up desk: tasks found by queue, person, type, subject and due time, worked by attempts, handed on with audit. */
@QuarkusTest
class TaskResourceTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final String TUE_0900 = "2026-11-24T01:00:00Z";

    @Inject
    MutableClock clock;

    @Inject
    AppointmentJobs jobs;

    BookingStore shop;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        shop = BookingStore.open();
    }

    /** Books a phone appointment and reports its parts as not ready: the advisor gets a task (R-PRE-4). Returns {appointmentId, customerId, vehicleId}. */
    String[] notReady(String arrivalAt) {
        String[] cv = shop.customerWithVehicle();
        String id = shop.as(Roles.ADVISOR).body(shop.booking(cv, arrivalAt)).post(shop.path("/appointments")).then().statusCode(201).extract().path("id");
        readiness(id, "\"0\"");
        return new String[] {id, cv[0], cv[1]};
    }

    Response readiness(String appointmentId, String etag) {
        Response r = shop.as(Roles.WORKSHOP).header("If-Match", etag)
                .body(Map.of("technician", "READY", "parts", "NOT_READY", "specialTools", "NOT_NEEDED", "technicalDocuments", "READY"))
                .put(shop.path("/appointments/" + appointmentId + "/readiness"));
        r.then().statusCode(200);
        return r;
    }

    Response taskOf(String subjectId) {
        Response list = shop.manager().queryParam("subjectId", subjectId).get(shop.path("/tasks"));
        list.then().statusCode(200).body("items", hasSize(1));
        Response t = shop.manager().get(shop.path("/tasks/" + list.path("items[0].id")));
        t.then().statusCode(200);
        return t;
    }

    Response act(String role, Response task, String action, Object body) {
        var req = shop.as(role).header("If-Match", task.header("ETag"));
        if (body != null) {
            req.body(body);
        }
        return req.post(shop.path("/tasks/" + task.path("id") + action));
    }

    @Test
    void theNotReadyTaskNamesTheCustomerTheirPhoneAndThePlateAndIsOpenedOnce() {
        String[] a = notReady(TUE_0900);
        // A second "not ready" for the same appointment is the same task (dedupe key), not a second one.
        readiness(a[0], "\"1\"");
        Response t = taskOf(a[0]);
        Response vehicle = shop.as(Roles.ADVISOR).get(shop.path("/vehicles/" + a[2]));
        t.then().body("type", is("TELL_CUSTOMER_NOT_READY"), "status", is("OPEN"), "priority", is("HIGH"),
                "subject.type", is("APPOINTMENT"), "subject.id", is(a[0]),
                "customer.id", is(a[1]), "customer.name", is(vehicle.<String>path("owner.name")), "customer.phone", is(vehicle.<String>path("owner.primaryPhone")),
                "vehicle.plate", is(vehicle.<String>path("plate")),
                "assignee.role", is("advisor"), "assignee.username", nullValue(),
                "dueFrom", is(NOW.toString()), "dueUntil", is(TUE_0900), "attempts", empty(),
                "availableActions", contains("record-attempt", "complete", "cancel", "assign"));
        shop.manager().queryParam("type", "TELL_CUSTOMER_NOT_READY").get(shop.path("/tasks")).then().body("items", hasSize(1));
    }

    @Test
    void aNoShowRunTwiceGivesCustomerServiceOneRebookTask() {
        String[] cv = shop.customerWithVehicle();
        String id = shop.as(Roles.ADVISOR).body(shop.booking(cv, TUE_0900)).post(shop.path("/appointments")).then().statusCode(201).extract().path("id");
        clock.set(Instant.parse("2026-11-24T02:00:00Z"));
        jobs.markNoShows();
        jobs.markNoShows();
        shop.as(Roles.CUSTOMER_SERVICE).queryParam("assigneeRole", "customer-service").get(shop.path("/tasks")).then().statusCode(200)
                .body("items", hasSize(1), "items[0].type", is("REBOOK_NO_SHOW"), "items[0].subject.id", is(id),
                        "items[0].customer.id", is(cv[0]), "items[0].vehicle.id", is(cv[1]),
                        "items[0].dueUntil", is("2026-11-25T02:00:00Z"), "items[0].createdBy", is("system:scheduler"));
    }

    @Test
    void aCallBackMovesTheTaskOutOfWhatIsDueNowAndDoneClosesIt() {
        String[] a = notReady(TUE_0900);
        Response t = taskOf(a[0]);
        shop.as(Roles.ADVISOR).queryParam("dueBefore", NOW.toString()).queryParam("assigneeRole", "advisor").get(shop.path("/tasks"))
                .then().body("items.id", hasItem(t.<String>path("id")));

        Response called = act(Roles.ADVISOR, t, "/attempts", Map.of("outcome", "CALL_BACK_AT", "callBackAt", "2026-11-23T07:00:00Z", "note", "客户下午三点后方便"));
        called.then().statusCode(200).body("status", is("IN_PROGRESS"), "dueFrom", is("2026-11-23T07:00:00Z"),
                "attempts", hasSize(1), "attempts[0].outcome", is("CALL_BACK_AT"), "attempts[0].recordedBy", is("advisor-user"),
                "attempts[0].recordedAt", is(NOW.toString()), "attempts[0].note", is("客户下午三点后方便"));
        shop.as(Roles.ADVISOR).queryParam("dueBefore", NOW.toString()).queryParam("assigneeRole", "advisor").get(shop.path("/tasks"))
                .then().body("items.id", not(hasItem(t.<String>path("id"))));
        shop.as(Roles.ADVISOR).queryParam("status", "IN_PROGRESS").queryParam("assigneeRole", "advisor").get(shop.path("/tasks"))
                .then().body("items.id", contains(t.<String>path("id")));

        clock.set(Instant.parse("2026-11-23T07:05:00Z"));
        Response done = act(Roles.ADVISOR, called, "/attempts", Map.of("outcome", "DONE", "note", "已改约"));
        done.then().statusCode(200).body("status", is("DONE"), "closedBy", is("advisor-user"), "attempts", hasSize(2), "availableActions", empty());
        act(Roles.ADVISOR, done, "/complete", null).then().statusCode(409)
                .contentType("application/problem+json").body("code", is("task-closed"));
        shop.as(Roles.ADVISOR).queryParam("status", "OPEN").queryParam("status", "IN_PROGRESS").queryParam("assigneeRole", "advisor")
                .get(shop.path("/tasks")).then().body("items.id", not(hasItem(t.<String>path("id"))));
    }

    @Test
    void badInputAndStaleVersionsAreProblems() {
        Response t = taskOf(notReady(TUE_0900)[0]);
        act(Roles.ADVISOR, t, "/attempts", Map.of("outcome", "CALL_BACK_AT")).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("callBackAt"));
        act(Roles.ADVISOR, t, "/attempts", Map.of("outcome", "MAYBE")).then().statusCode(400).contentType("application/problem+json");
        act(Roles.ADVISOR, t, "/cancel", Map.of("reason", " ")).then().statusCode(400).body("violations.field", hasItem(containsString("reason")));
        act(Roles.ADVISOR, t, "/assign", Map.of("role", "integrator")).then().statusCode(400).body("violations.field", hasItem(containsString("role")));
        act(Roles.ADVISOR, t, "/attempts", Map.of("outcome", "NO_ANSWER")).then().statusCode(200).body("status", is("IN_PROGRESS"));
        // The first ETag is stale now.
        act(Roles.ADVISOR, t, "/complete", null).then().statusCode(412).contentType("application/problem+json");
        shop.manager().get(shop.path("/tasks/00000000-0000-7000-8000-000000000000")).then().statusCode(404).contentType("application/problem+json");
        shop.manager().queryParam("status", "LATER").get(shop.path("/tasks")).then().statusCode(anyOf(is(400), is(404), is(422)))
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheQueueOrTheManagerWorksATaskAndHandingItOnIsAudited() {
        Response t = taskOf(notReady(TUE_0900)[0]);
        act(Roles.CUSTOMER_SERVICE, t, "/complete", null).then().statusCode(403)
                .contentType("application/problem+json").body("code", is("task-not-yours"));
        act(Roles.CUSTOMER_SERVICE, t, "/assign", Map.of("role", "customer-service")).then().statusCode(403).body("code", is("task-not-yours"));

        // An advisor (a member of the queue) hands it to one customer-service colleague.
        Response moved = act(Roles.ADVISOR, t, "/assign", Map.of("role", "customer-service", "username", "cs"));
        moved.then().statusCode(200).body("assignee.role", is("customer-service"), "assignee.username", is("cs"));
        shop.as(Roles.CUSTOMER_SERVICE).queryParam("assigneeUser", "cs").get(shop.path("/tasks")).then().body("items.id", contains(t.<String>path("id")));
        shop.as(Roles.ADVISOR).queryParam("assigneeRole", "advisor").get(shop.path("/tasks")).then().body("items", empty());
        act(Roles.ADVISOR, moved, "/complete", null).then().statusCode(403);

        Response cancelled = act(Roles.CUSTOMER_SERVICE, moved, "/cancel", Map.of("reason", "客户已到店"));
        cancelled.then().statusCode(200).body("status", is("CANCELLED"), "closeReason", is("客户已到店"), "closedBy", is("customer-service-user"));
        shop.manager().queryParam("entityId", t.<String>path("id")).get(shop.path("/audit-entries")).then().statusCode(200)
                .body("items.action", hasItems("created", "assigned", "cancelled"),
                        "items.find { it.action == 'assigned' }.actor", is("advisor-user"));
    }

    @Test
    void pagesAreKeysetAndFollowTheCursor() {
        String first = taskOf(notReady(TUE_0900)[0]).path("id");
        String second = taskOf(notReady("2026-11-24T03:00:00Z")[0]).path("id");
        Response page1 = shop.as(Roles.ADVISOR).queryParam("assigneeRole", "advisor").queryParam("limit", 1).get(shop.path("/tasks"));
        page1.then().statusCode(200).body("items.id", contains(first), "nextCursor", notNullValue());
        shop.as(Roles.ADVISOR).queryParam("assigneeRole", "advisor").queryParam("limit", 1).queryParam("cursor", page1.<String>path("nextCursor"))
                .get(shop.path("/tasks")).then().statusCode(200).body("items.id", contains(second), "nextCursor", nullValue());
    }
}
