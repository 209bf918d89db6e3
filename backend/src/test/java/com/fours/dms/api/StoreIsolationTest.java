package com.fours.dms.api;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.fours.dms.inspection.api.Inspections;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Store isolation through the one check (shared/security StoreAccess): a record of store A is a 404
 * not-found for a user of store B, whether B asks its own store's path for A's id or A's path
 * itself, exactly as for a record that does not exist. One endpoint per context at least.
 */
@QuarkusTest
class StoreIsolationTest {
    static final Instant MONDAY = Instant.parse("2026-11-23T02:00:00Z");
    static final String TUESDAY_0900 = "2026-11-24T01:00:00Z";

    @Inject
    MutableClock clock;

    BookingStore a;
    BookingStore b;
    String[] customerAndVehicle;

    @BeforeEach
    void twoStores() {
        clock.set(MONDAY);
        a = BookingStore.open();
        b = BookingStore.open();
        customerAndVehicle = a.customerWithVehicle();
    }

    /** The record is there for store A, and not there for a manager of store B, by either path. */
    void onlyStoreASees(String rest, Function<RequestSpecification, io.restassured.response.Response> call) {
        call.apply(a.manager().basePath(a.path(""))).then().statusCode(200);
        call.apply(b.manager().basePath(b.path(""))).then().statusCode(404).contentType("application/problem+json").body("code", is("not-found"));
        call.apply(b.manager().basePath(a.path(""))).then().statusCode(404).contentType("application/problem+json").body("code", is("not-found"));
    }

    void onlyStoreASees(String rest) {
        onlyStoreASees(rest, r -> r.get(rest));
    }

    String walkIn() {
        return a.as(Roles.ADVISOR).body(Map.of("customerId", customerAndVehicle[0], "vehicleId", customerAndVehicle[1], "requestedWork", "保养"))
                .post(a.path("/repair-orders")).then().statusCode(201).extract().path("id");
    }

    @Test
    void customerContext() {
        onlyStoreASees("/customers/" + customerAndVehicle[0]);
        onlyStoreASees("/vehicles/" + customerAndVehicle[1]);
    }

    @Test
    void repairOrderContext() {
        onlyStoreASees("/repair-orders/" + walkIn());
        onlyStoreASees("/vehicles/" + customerAndVehicle[1] + "/service-history");
    }

    @Test
    void inspectionContext() {
        String order = walkIn();
        a.as(Roles.ADVISOR).body(Inspections.body(null, null)).post(a.path("/repair-orders/" + order + "/inspection")).then().statusCode(201);
        onlyStoreASees("/repair-orders/" + order + "/inspection");
    }

    @Test
    void appointmentContext() {
        String id = a.as(Roles.ADVISOR).body(a.booking(customerAndVehicle, TUESDAY_0900)).post(a.path("/appointments"))
                .then().statusCode(201).extract().path("id");
        onlyStoreASees("/appointments/" + id);
        onlyStoreASees("/appointments/" + id + "/readiness");
    }

    @Test
    void followUpContext() {
        String appointment = a.as(Roles.ADVISOR).body(a.booking(customerAndVehicle, TUESDAY_0900)).post(a.path("/appointments"))
                .then().statusCode(201).extract().path("id");
        a.as(Roles.WORKSHOP).header("If-Match", "\"0\"")
                .body(Map.of("technician", "READY", "parts", "NOT_READY", "specialTools", "NOT_NEEDED", "technicalDocuments", "READY"))
                .put(a.path("/appointments/" + appointment + "/readiness")).then().statusCode(200);
        String task = a.manager().queryParam("subjectId", appointment).get(a.path("/tasks")).then().statusCode(200).body("items", hasSize(1))
                .extract().path("items[0].id");
        onlyStoreASees("/tasks/" + task);
    }

    @Test
    void workshopContext() {
        Map<String, Object> advisor = Map.of("username", "adv-iso", "displayName", "王顾问", "receptionCapacity", 2, "active", true);
        onlyStoreASees("/advisors/" + a.advisorIds.get(0),
                r -> r.header("If-Match", "\"0\"").body(advisor).put("/advisors/" + a.advisorIds.get(0)));
    }

    @Test
    void catalogueContext() {
        com.fours.dms.catalogue.api.Catalogue cat = com.fours.dms.catalogue.api.Catalogue.of(a);
        String part = cat.part(com.fours.dms.catalogue.api.Catalogue.oilFilter());
        String operation = cat.operation(com.fours.dms.catalogue.api.Catalogue.brakePadsJob());
        onlyStoreASees("/catalogue/parts/" + part);
        onlyStoreASees("/catalogue/operations/" + operation);
        String imported = cat.upload("PARTS", true, "p.csv", "part_number,name_zh,list_price\nISO-1,隔离,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .then().statusCode(200).extract().path("id");
        onlyStoreASees("/catalogue/imports/" + imported);
        onlyStoreASees("/catalogue/parts/" + part, r -> r.header("If-Match", "\"0\"").body(com.fours.dms.support.Json.body(
                com.fours.dms.catalogue.api.Catalogue.oilFilter().build())).put("/catalogue/parts/" + part));
    }

    @Test
    void storeNotificationAndAuditContexts() {
        // store-wide resources: store B's manager cannot reach store A at all
        for (String rest : new String[] {"", "/settings", "/notifications", "/notification-templates", "/audit-entries", "/events",
                "/supplementary-items/awaiting-decision"}) {
            a.manager().get(a.path(rest)).then().statusCode(200);
            b.manager().get(a.path(rest)).then().statusCode(404).contentType("application/problem+json").body("code", is("not-found"));
        }
    }
}
