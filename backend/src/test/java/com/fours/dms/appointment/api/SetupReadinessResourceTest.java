package com.fours.dms.appointment.api;

import static org.hamcrest.Matchers.*;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 8: the manager's checklist says, from the store's real data, what a new store still lacks before it can take bookings. */
@QuarkusTest
class SetupReadinessResourceTest {
    String store = Fixtures.unique("R").toUpperCase();

    RequestSpecification manager() {
        return Api.withToken(TestTokens.token("manager", Set.of(Roles.SERVICE_MANAGER), store));
    }

    String path(String rest) {
        return "/api/stores/" + store + rest;
    }

    /** An advisor, a general bay, a maintenance technician, MAINT; and ALIGN, which nobody can do (no alignment bay, nobody with the skill). */
    void staffMaintenanceButNotAlignment() {
        manager().body(Map.of("username", Fixtures.unique("adv"), "displayName", "王顾问", "receptionCapacity", 2, "active", true))
                .post(path("/advisors")).then().statusCode(201);
        manager().body(Map.of("code", "B01", "name", "机修工位", "bayType", "GENERAL", "active", true)).post(path("/bays")).then().statusCode(201);
        manager().body(Map.of("name", "赵师傅", "skills", List.of("MAINTENANCE"), "workStart", "08:30:00", "workEnd", "17:30:00", "active", true))
                .post(path("/technicians")).then().statusCode(201);
        manager().body(Map.of("code", "MAINT", "name", "定期保养", "durationMinutes", 60, "bayType", "GENERAL", "skill", "MAINTENANCE", "active", true))
                .post(path("/service-types")).then().statusCode(201);
        manager().body(Map.of("code", "ALIGN", "name", "四轮定位", "durationMinutes", 45, "bayType", "ALIGNMENT", "skill", "ALIGNMENT", "active", true))
                .post(path("/service-types")).then().statusCode(201);
    }

    @Test
    void aNewStoreLacksPeopleBaysAndServiceTypesUntilTheManagerAddsThem() {
        manager().body(Map.of("code", store, "name", "新店", "timezone", "Asia/Shanghai")).post("/api/stores").then().statusCode(201);

        // A new store opens every day by default; everything else is missing.
        manager().get(path("/setup-readiness")).then().statusCode(200)
                .body("store", is(store))
                .body("readyForBookings", is(false))
                .body("items.key", contains("OPENING_HOURS", "ADVISOR", "BAY", "TECHNICIAN", "SERVICE_TYPE", "SERVICE_TYPES_STAFFED", "CANNED_JOB"))
                .body("items.find { it.key == 'OPENING_HOURS' }.done", is(true))
                .body("items.find { it.key == 'OPENING_HOURS' }.count", is(7))
                .body("items.find { it.key == 'ADVISOR' }.done", is(false))
                .body("items.find { it.key == 'CANNED_JOB' }.required", is(false));

        // An inactive bay does not count.
        manager().body(Map.of("code", "B09", "name", "停用工位", "bayType", "GENERAL", "active", false)).post(path("/bays")).then().statusCode(201);
        staffMaintenanceButNotAlignment();

        manager().get(path("/setup-readiness")).then().statusCode(200)
                .body("readyForBookings", is(false))
                .body("items.find { it.key == 'ADVISOR' }.done", is(true))
                .body("items.find { it.key == 'BAY' }.count", is(1))
                .body("items.find { it.key == 'TECHNICIAN' }.done", is(true))
                .body("items.find { it.key == 'SERVICE_TYPE' }.count", is(2))
                .body("items.find { it.key == 'SERVICE_TYPES_STAFFED' }.done", is(false))
                .body("items.find { it.key == 'SERVICE_TYPES_STAFFED' }.missing", contains("ALIGN"));

        String align = manager().get(path("/service-types")).jsonPath().getString("find { it.code == 'ALIGN' }.id");
        String etag = manager().get(path("/service-types")).jsonPath().getString("find { it.code == 'ALIGN' }.version");
        manager().header("If-Match", "\"" + etag + "\"")
                .body(Map.of("code", "ALIGN", "name", "四轮定位", "durationMinutes", 45, "bayType", "ALIGNMENT", "skill", "ALIGNMENT", "active", false))
                .put(path("/service-types/" + align)).then().statusCode(200);

        manager().get(path("/setup-readiness")).then().statusCode(200)
                .body("readyForBookings", is(true))
                .body("items.find { it.key == 'SERVICE_TYPES_STAFFED' }.missing", empty())
                .body("items.find { it.key == 'CANNED_JOB' }.done", is(false));

        manager().body(Map.of("code", "OIL", "name", "更换机油", "active", true, "lines", List.of(Map.of("kind", "JOB", "description", "保养工时", "hours", "1.0"))))
                .post(path("/canned-jobs")).then().statusCode(201);
        manager().get(path("/setup-readiness")).then().body("items.find { it.key == 'CANNED_JOB' }.done", is(true));
    }

    Map<String, Object> booking(String service) {
        RequestSpecification advisor = Api.withToken(TestTokens.token("advisor", Set.of(Roles.ADVISOR), store));
        String customer = advisor.body(Fixtures.aCustomer().body()).post(path("/customers")).then().statusCode(201).extract().path("id");
        String vehicle = advisor.body(Fixtures.aVehicle(customer).body()).post(path("/vehicles")).then().statusCode(201).extract().path("id");
        return Map.of("customerId", customer, "vehicleId", vehicle, "serviceTypeCodes", List.of(service), "arrivalAt", "2030-01-07T02:00:00Z",
                "mileage", 12000, "requestedWork", "保养", "origin", "CUSTOMER", "channel", "PHONE");
    }

    @Test
    void aBookingInAStoreNotSetUpIsRefusedNamingWhatIsMissing() {
        manager().body(Map.of("code", store, "name", "新店", "timezone", "Asia/Shanghai")).post("/api/stores").then().statusCode(201);
        RequestSpecification advisor = Api.withToken(TestTokens.token("advisor", Set.of(Roles.ADVISOR), store));

        advisor.body(booking("MAINT")).post(path("/appointments")).then().statusCode(409)
                .contentType(containsString("problem+json"))
                .body("code", is("store-not-ready"))
                .body("detail", containsString("R-APT-3"))
                .body("violations.field", contains("setup.ADVISOR", "setup.BAY", "setup.TECHNICIAN", "setup.SERVICE_TYPE"))
                .body("violations[0].message", is("the store has no active advisor"));

        staffMaintenanceButNotAlignment();

        // The unstaffed service type cannot be booked; the staffed one can, though the checklist still shows ALIGN.
        advisor.body(booking("ALIGN")).post(path("/appointments")).then().statusCode(409)
                .body("code", is("store-not-ready"))
                .body("violations.field", contains("serviceTypeCodes"))
                .body("violations[0].message", containsString("SERVICE_TYPES_STAFFED: ALIGN"));
        advisor.body(booking("MAINT")).post(path("/appointments")).then().statusCode(201);
    }

    @Test
    void onlyTheServiceManagerOfTheStoreReadsIt() {
        manager().body(Map.of("code", store, "name", "新店", "timezone", "Asia/Shanghai")).post("/api/stores").then().statusCode(201);
        Api.withToken(TestTokens.token("advisor", Set.of(Roles.ADVISOR), store)).get(path("/setup-readiness")).then().statusCode(403);
        Api.withToken(TestTokens.token("manager", Set.of(Roles.SERVICE_MANAGER), "ZZ99")).get(path("/setup-readiness")).then().statusCode(anyOf(is(403), is(404)))
                .contentType(containsString("problem+json"));
    }
}
