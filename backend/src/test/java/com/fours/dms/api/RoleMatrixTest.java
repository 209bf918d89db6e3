package com.fours.dms.api;

import static com.fours.dms.shared.security.Roles.*;
import static com.fours.dms.support.Fixtures.aCustomer;
import static com.fours.dms.support.Fixtures.aVehicle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.approval.api.Approvals;
import com.fours.dms.inspection.Images;
import com.fours.dms.inspection.api.Inspections;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.SseClient;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import com.fours.dms.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the committed contract × every role (and anonymous): allowed roles get the
 * operation's success status, others 403, anonymous 401. An operation in the spec without an
 * entry here fails the build, so no endpoint ships without a decision on who may call it.
 */
@QuarkusTest
class RoleMatrixTest {
    static final String S = "/api/stores/" + Fixtures.STORE;
    static final List<String> STAFF = List.of(ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER);
    static final Set<String> READ = Set.of(ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR);
    /** The archive: staff read it, an integrator may not list or browse it (issue 7, point 12). */
    static final Set<String> ARCHIVE = Set.of(ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER);
    static final String MATRIX_CLIENT = "matrix-integrator";
    static final Set<String> WRITE = Set.of(ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER);
    static final Set<String> CREATE = Set.of(ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR);

    /** How to call one operation as a caller (given() already carries the caller's token); an open operation answers anonymous callers too. */
    record Case(Set<String> allowed, int success, Function<Caller, Response> call, boolean open) {
        Case(Set<String> allowed, int success, Function<Caller, Response> call) {
            this(allowed, success, call, false);
        }

        /** A public operation (the customer's approval link): no token needed, any token ignored. */
        static Case open(int success, Function<Caller, Response> call) {
            return new Case(Set.copyOf(Roles.ALL), success, call, true);
        }
    }

    /** A caller: a role (null = anonymous) that can add stores to its token. */
    record Caller(String role) {
        RequestSpecification given(String... extraStores) {
            return role == null ? Api.anonymous() : Api.withToken(token(extraStores));
        }

        /** The caller's bearer token (null for anonymous). */
        String token(String... extraStores) {
            if (role == null) {
                return null;
            }
            List<String> stores = new ArrayList<>(List.of(Fixtures.STORE, Fixtures.OTHER_STORE, shop.code));
            stores.addAll(List.of(extraStores));
            String[] codes = stores.toArray(String[]::new);
            return INTEGRATOR.equals(role) ? TestTokens.integrator(MATRIX_CLIENT, codes) : TestTokens.token(role + "-user", Set.of(role), codes);
        }
    }

    static String customer;
    static String otherCustomer;
    static String vehicle;
    static BookingStore shop;
    static String matrixTechnician;
    static String matrixBay;
    static final AtomicInteger plan = new AtomicInteger();
    static final AtomicInteger slot = new AtomicInteger();

    @Inject
    MutableClock clock;

    @BeforeEach
    void fixtures() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        matrixClock = clock;
        Fixtures.stores();
        if (shop == null) {
            shop = BookingStore.open();
            // R-REP-1: the workshop caller is a foreman technician of the shop, so it may dispatch and clock.
            matrixTechnician = shop.manager().body(Map.of("name", "矩阵工长", "skills", List.of("MAINTENANCE"), "workStart", "08:30:00", "workEnd", "17:30:00",
                    "active", true, "username", WORKSHOP + "-user", "foreman", true)).post(shop.path("/technicians")).then().statusCode(201).extract().path("id");
            List<Map<String, Object>> bays = shop.manager().get(shop.path("/bays")).then().statusCode(200).extract().path("");
            matrixBay = (String) bays.get(0).get("id");
            matrixWorker = shop.manager().body(Map.of("name", "矩阵技师", "skills", List.of("MAINTENANCE"), "workStart", "08:30:00", "workEnd", "17:30:00",
                    "active", true, "username", "matrix-worker", "foreman", false)).post(shop.path("/technicians")).then().statusCode(201).extract().path("id");
        }
        if (customer == null) {
            customer = aCustomer().create();
            otherCustomer = aCustomer().create();
            vehicle = aVehicle(customer).create();
        }
    }

    static Map<String, Case> matrix() {
        Map<String, Case> m = new LinkedHashMap<>();
        Set<String> everyone = Set.copyOf(Roles.ALL);
        m.put("GET /api/me", new Case(everyone, 200, c -> c.given().get("/api/me")));
        m.put("GET /api/stores", new Case(everyone, 200, c -> c.given().get("/api/stores")));
        m.put("GET /api/stores/{store}", new Case(everyone, 200, c -> c.given().get(S)));
        m.put("POST /api/stores", new Case(Set.of(SERVICE_MANAGER), 201, c -> {
            String code = Fixtures.unique("M").toUpperCase();
            return c.given(code).body(Map.of("code", code, "name", "矩阵店")).post("/api/stores");
        }));
        m.put("PUT /api/stores/{store}", new Case(Set.of(SERVICE_MANAGER), 200, c -> {
            String etag = c.given().get(S).header("ETag");
            return c.given().header("If-Match", etag == null ? "\"0\"" : etag)
                    .body(Map.of("name", Fixtures.STORE + " test store", "timezone", "Asia/Shanghai")).put(S);
        }));
        m.put("GET /api/stores/{store}/customers", new Case(ARCHIVE, 200, c -> c.given().get(S + "/customers")));
        m.put("POST /api/stores/{store}/customers", new Case(CREATE, 201, c -> c.given().body(aCustomer().body()).post(S + "/customers")));
        m.put("GET /api/stores/{store}/customers/{id}", new Case(ARCHIVE, 200, c -> c.given().get(S + "/customers/" + customer)));
        m.put("PUT /api/stores/{store}/customers/{id}", new Case(WRITE, 200, c -> {
            String etag = c.given().get(S + "/customers/" + customer).header("ETag");
            return c.given().header("If-Match", etag == null ? "\"0\"" : etag).body(aCustomer().named("矩阵客户").body())
                    .put(S + "/customers/" + customer);
        }));
        m.put("GET /api/stores/{store}/customers/{id}/vehicles", new Case(ARCHIVE, 200, c -> c.given().get(S + "/customers/" + customer + "/vehicles")));
        m.put("GET /api/stores/{store}/vehicles", new Case(ARCHIVE, 200, c -> c.given().get(S + "/vehicles")));
        m.put("GET /api/stores/{store}/vehicles/lookup", new Case(READ, 200, c -> c.given()
                .queryParam("plate", Api.as(SERVICE_MANAGER).get(S + "/vehicles/" + vehicle).<String>path("plate")).get(S + "/vehicles/lookup")));
        m.put("POST /api/stores/{store}/vehicles", new Case(CREATE, 201, c -> c.given().body(aVehicle(customer).body()).post(S + "/vehicles")));
        m.put("GET /api/stores/{store}/vehicles/{id}", new Case(READ, 200, c -> c.given().get(S + "/vehicles/" + vehicle)));
        m.put("PUT /api/stores/{store}/vehicles/{id}", new Case(WRITE, 200, c -> {
            Response current = Api.as(SERVICE_MANAGER).get(S + "/vehicles/" + vehicle);
            Map<String, Object> body = aVehicle(current.path("owner.id")).vin(current.path("vin")).plate(current.path("plate")).body();
            return c.given().header("If-Match", current.header("ETag")).body(body).put(S + "/vehicles/" + vehicle);
        }));
        m.put("POST /api/stores/{store}/vehicles/{id}/transfer-ownership", new Case(WRITE, 200, c -> {
            Response current = Api.as(SERVICE_MANAGER).get(S + "/vehicles/" + vehicle);
            String next = customer.equals(current.path("owner.id")) ? otherCustomer : customer;
            return c.given().header("If-Match", current.header("ETag")).body(Map.of("newOwnerId", next))
                    .post(S + "/vehicles/" + vehicle + "/transfer-ownership");
        }));
        m.put("GET /api/stores/{store}/vehicles/{id}/ownerships", new Case(ARCHIVE, 200, c -> c.given().get(S + "/vehicles/" + vehicle + "/ownerships")));
        m.put("GET /api/stores/{store}/vehicles/{id}/service-history", new Case(ARCHIVE, 200, c -> c.given().get(S + "/vehicles/" + vehicle + "/service-history")));
        m.put("GET /api/stores/{store}/audit-entries", new Case(Set.of(SERVICE_MANAGER), 200, c -> c.given().get(S + "/audit-entries")));

        // Store settings and workshop set-up (issue: appointments).
        Set<String> staff = Set.of(ADVISOR, WORKSHOP, CASHIER, CUSTOMER_SERVICE, SERVICE_MANAGER);
        Set<String> manager = Set.of(SERVICE_MANAGER);
        m.put("GET /api/stores/{store}/settings", new Case(everyone, 200, c -> c.given().get(shop.path("/settings"))));
        m.put("PUT /api/stores/{store}/settings", new Case(manager, 200, c -> {
            Response cur = shop.manager().get(shop.path("/settings"));
            Map<String, Object> body = new java.util.HashMap<>(cur.jsonPath().getMap(""));
            body.remove("version");
            return c.given().header("If-Match", cur.header("ETag")).body(body).put(shop.path("/settings"));
        }));
        m.put("GET /api/stores/{store}/setup-readiness", new Case(manager, 200, c -> c.given().get(shop.path("/setup-readiness"))));
        m.put("GET /api/stores/{store}/advisors", new Case(READ, 200, c -> c.given().get(shop.path("/advisors"))));
        m.put("POST /api/stores/{store}/advisors", new Case(manager, 201, c -> c.given()
                .body(Map.of("username", Fixtures.unique("a"), "displayName", "矩阵顾问", "receptionCapacity", 1, "active", false)).post(shop.path("/advisors"))));
        m.put("PUT /api/stores/{store}/advisors/{id}", new Case(manager, 200, c -> {
            Response created = shop.manager().body(Map.of("username", Fixtures.unique("a"), "displayName", "矩阵顾问", "receptionCapacity", 1, "active", false)).post(shop.path("/advisors"));
            return c.given().header("If-Match", created.header("ETag")).body(Map.of("username", created.path("username"), "displayName", "改名", "receptionCapacity", 2, "active", false))
                    .put(shop.path("/advisors/" + created.path("id")));
        }));
        m.put("GET /api/stores/{store}/bays", new Case(staff, 200, c -> c.given().get(shop.path("/bays"))));
        m.put("POST /api/stores/{store}/bays", new Case(manager, 201, c -> c.given()
                .body(Map.of("code", Fixtures.unique("X"), "name", "矩阵工位", "bayType", "ALIGNMENT", "active", false)).post(shop.path("/bays"))));
        m.put("PUT /api/stores/{store}/bays/{id}", new Case(manager, 200, c -> {
            Response created = shop.manager().body(Map.of("code", Fixtures.unique("X"), "name", "矩阵工位", "bayType", "ALIGNMENT", "active", false)).post(shop.path("/bays"));
            return c.given().header("If-Match", created.header("ETag")).body(Map.of("code", created.path("code"), "name", "改", "bayType", "EV", "active", false))
                    .put(shop.path("/bays/" + created.path("id")));
        }));
        m.put("GET /api/stores/{store}/technicians", new Case(staff, 200, c -> c.given().get(shop.path("/technicians"))));
        Map<String, Object> tech = Map.of("name", "矩阵师傅", "skills", List.of("PAINT"), "workStart", "09:00:00", "workEnd", "18:00:00", "active", false);
        m.put("POST /api/stores/{store}/technicians", new Case(manager, 201, c -> c.given().body(tech).post(shop.path("/technicians"))));
        m.put("PUT /api/stores/{store}/technicians/{id}", new Case(manager, 200, c -> {
            Response created = shop.manager().body(tech).post(shop.path("/technicians"));
            return c.given().header("If-Match", created.header("ETag")).body(tech).put(shop.path("/technicians/" + created.path("id")));
        }));
        m.put("GET /api/stores/{store}/service-types", new Case(READ, 200, c -> c.given().get(shop.path("/service-types"))));
        m.put("POST /api/stores/{store}/service-types", new Case(manager, 201, c -> c.given().body(serviceType()).post(shop.path("/service-types"))));
        m.put("PUT /api/stores/{store}/service-types/{id}", new Case(manager, 200, c -> {
            Map<String, Object> body = serviceType();
            Response created = shop.manager().body(body).post(shop.path("/service-types"));
            return c.given().header("If-Match", created.header("ETag")).body(body).put(shop.path("/service-types/" + created.path("id")));
        }));

        // Appointments.
        Set<String> booking = Set.of(ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR);
        m.put("GET /api/stores/{store}/availability", new Case(booking, 200, c -> c.given()
                .queryParam("from", "2026-11-24").queryParam("to", "2026-11-24").queryParam("serviceTypes", "MAINT").get(shop.path("/availability"))));
        m.put("POST /api/stores/{store}/appointments", new Case(booking, 201, c -> c.given().body(shop.booking(shop.customerWithVehicle(), nextSlot()))
                .post(shop.path("/appointments"))));
        m.put("GET /api/stores/{store}/appointments", new Case(READ, 200, c -> c.given()
                .queryParam("from", "2026-11-24").queryParam("to", "2026-11-30").get(shop.path("/appointments"))));
        m.put("GET /api/stores/{store}/appointments/{id}", new Case(READ, 200, c -> c.given().get(shop.path("/appointments/" + bookedFor(c).path("id")))));
        // Where a booked vehicle's orders stand (issue 12): staff, and an integrator for the vehicles it booked.
        m.put("GET /api/stores/{store}/vehicles/{vehicleId}/order-status", new Case(READ, 200,
                c -> c.given().get(shop.path("/vehicles/" + bookedFor(c).path("vehicle.id") + "/order-status"))));
        // Their change feed: staff every order of the store, an integrator those of the vehicles it booked.
        m.put("GET /api/stores/{store}/order-statuses", new Case(READ, 200,
                c -> c.given().queryParam("updatedSince", "2026-11-01T00:00:00+08:00").get(shop.path("/order-statuses"))));
        m.put("POST /api/stores/{store}/appointments/{id}/confirm", new Case(Set.of(ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER), 200,
                c -> transition(c, appointment("WEB", false), "/confirm", null)));
        m.put("POST /api/stores/{store}/appointments/{id}/deposit", new Case(Set.of(CASHIER, SERVICE_MANAGER), 200,
                c -> transition(c, appointment("PHONE", true), "/deposit", Map.of("amount", "500.00", "method", "CASH"))));
        m.put("POST /api/stores/{store}/appointments/{id}/check-in", new Case(Set.of(ADVISOR, SERVICE_MANAGER), 200,
                c -> transition(c, appointment("PHONE", false), "/check-in", null)));
        m.put("POST /api/stores/{store}/appointments/{id}/cancel", new Case(booking, 200,
                c -> transition(c, bookedFor(c), "/cancel", Map.of("reason", "矩阵"))));
        m.put("POST /api/stores/{store}/appointments/{id}/reschedule", new Case(booking, 200,
                c -> transition(c, bookedFor(c), "/reschedule", Map.of("arrivalAt", nextSlot()))));
        Set<String> prep = Set.of(ADVISOR, WORKSHOP, CUSTOMER_SERVICE, SERVICE_MANAGER);
        m.put("GET /api/stores/{store}/appointments/{id}/readiness", new Case(prep, 200,
                c -> c.given().get(shop.path("/appointments/" + appointment("PHONE", false).path("id") + "/readiness"))));
        m.put("PUT /api/stores/{store}/appointments/{id}/readiness", new Case(Set.of(ADVISOR, WORKSHOP, SERVICE_MANAGER), 200, c -> {
            String id = appointment("PHONE", false).path("id");
            return c.given().header("If-Match", "\"0\"").body(readiness("READY")).put(shop.path("/appointments/" + id + "/readiness"));
        }));
        m.put("GET /api/stores/{store}/readiness-checklists", new Case(prep, 200, c -> c.given().get(shop.path("/readiness-checklists"))));
        m.put("GET /api/stores/{store}/welcome-board", new Case(staff, 200, c -> c.given().get(shop.path("/welcome-board"))));
        m.put("GET /api/stores/{store}/repair-orders/{id}", new Case(staff, 200,
                c -> c.given().get(shop.path("/repair-orders/" + appointment("PHONE", false).path("repairOrderId")))));
        // Repair orders and the estimate (issue 4): advisors and the service manager write, staff read, integrators nothing.
        Set<String> ro = Set.of(ADVISOR, SERVICE_MANAGER);
        m.put("POST /api/stores/{store}/repair-orders", new Case(ro, 201, c -> {
            String[] cv = shop.customerWithVehicle();
            return c.given().body(Map.of("customerId", cv[0], "vehicleId", cv[1], "requestedWork", "矩阵")).post(shop.path("/repair-orders"));
        }));
        m.put("GET /api/stores/{store}/repair-orders", new Case(staff, 200, c -> c.given().get(shop.path("/repair-orders"))));
        m.put("POST /api/stores/{store}/repair-orders/{id}/lines", new Case(ro, 200, c -> roAction(c, walkIn(), "/lines", roJob())));
        m.put("PUT /api/stores/{store}/repair-orders/{id}/lines/{lineId}", new Case(ro, 200, c -> {
            Response o = withJob(walkIn());
            return c.given().header("If-Match", o.header("ETag")).body(roJob()).put(shop.path("/repair-orders/" + o.path("id") + "/lines/" + o.path("lines[0].id")));
        }));
        m.put("DELETE /api/stores/{store}/repair-orders/{id}/lines/{lineId}", new Case(ro, 200, c -> {
            Response o = withJob(walkIn());
            return c.given().header("If-Match", o.header("ETag")).delete(shop.path("/repair-orders/" + o.path("id") + "/lines/" + o.path("lines[0].id")));
        }));
        m.put("POST /api/stores/{store}/repair-orders/{id}/lines/{lineId}/decline", new Case(ro, 200, c -> {
            Response o = withJob(walkIn());
            return c.given().header("If-Match", o.header("ETag")).body(Map.of("safetyCritical", true)).post(shop.path("/repair-orders/" + o.path("id") + "/lines/" + o.path("lines[0].id") + "/decline"));
        }));
        m.put("POST /api/stores/{store}/repair-orders/{id}/lines/{lineId}/accept", new Case(ro, 200, c -> {
            Response o = withJob(walkIn());
            return c.given().header("If-Match", o.header("ETag")).post(shop.path("/repair-orders/" + o.path("id") + "/lines/" + o.path("lines[0].id") + "/accept"));
        }));
        m.put("POST /api/stores/{store}/repair-orders/{id}/canned-jobs", new Case(ro, 200,
                c -> roAction(c, walkIn(), "/canned-jobs", Map.of("cannedJobId", cannedJob(), "payType", "CUSTOMER"))));
        m.put("POST /api/stores/{store}/repair-orders/{id}/diagnosis-consent", new Case(ro, 200,
                c -> roAction(c, walkIn(), "/diagnosis-consent", Map.of("givenBy", "矩阵客户", "channel", "PHONE"))));
        m.put("POST /api/stores/{store}/repair-orders/{id}/promised-delivery", new Case(ro, 200,
                c -> roAction(c, withJob(walkIn()), "/promised-delivery", Map.of("promisedAt", "2026-11-23T09:00:00Z"))));
        m.put("POST /api/stores/{store}/repair-orders/{id}/submit-for-signature", new Case(ro, 200,
                c -> roAction(c, withJob(walkIn()), "/submit-for-signature", Map.of())));
        m.put("POST /api/stores/{store}/repair-orders/{id}/sign", new Case(ro, 200,
                c -> roAction(c, roAdvisor(withJob(walkIn()), "/submit-for-signature", Map.of()), "/sign", roSignature())));
        m.put("GET /api/stores/{store}/repair-orders/{id}/signatures", new Case(staff, 200, c -> c.given().get(shop.path("/repair-orders/" + signedOrder().path("id") + "/signatures"))));
        m.put("GET /api/stores/{store}/repair-orders/{id}/signatures/{signatureId}/image", new Case(staff, 200, c -> {
            Response o = signedOrder();
            return c.given().accept("*/*").get(shop.path("/repair-orders/" + o.path("id") + "/signatures/" + o.path("signature.id") + "/image"));
        }));
        m.put("GET /api/stores/{store}/handover-receivers", new Case(Set.of(ADVISOR, WORKSHOP, SERVICE_MANAGER), 200, c -> c.given().get(shop.path("/handover-receivers"))));
        m.put("POST /api/stores/{store}/repair-orders/{id}/decline", new Case(ro, 200, c -> roAction(c, withJob(walkIn()), "/decline", Map.of("reason", "矩阵"))));
        m.put("POST /api/stores/{store}/repair-orders/{id}/cancel", new Case(ro, 200, c -> roAction(c, walkIn(), "/cancel", Map.of("reason", "矩阵"))));
        m.put("POST /api/stores/{store}/repair-orders/{id}/release", new Case(ro, 200,
                c -> roAction(c, roAdvisor(withJob(walkIn()), "/decline", Map.of("reason", "矩阵")), "/release", Map.of())));
        m.put("POST /api/stores/{store}/repair-orders/{id}/findings", new Case(ro, 200,
                c -> roAction(c, walkIn(), "/findings", Map.of("description", "矩阵发现", "disposition", "DEFERRED"))));
        m.put("POST /api/stores/{store}/repair-orders/{id}/carried-findings/{findingId}/fix", new Case(ro, 200, c -> {
            Response first = roAdvisor(walkIn(), "/findings", Map.of("description", "矩阵发现", "disposition", "DECLINED"));
            Response next = shop.as(ADVISOR).body(Map.of("customerId", first.path("customerId"), "vehicleId", first.path("vehicleId"), "requestedWork", "矩阵",
                    "secondOrderOverride", Map.of("reason", "矩阵")))
                    .post(shop.path("/repair-orders"));
            return c.given().header("If-Match", next.header("ETag")).body(roJob())
                    .post(shop.path("/repair-orders/" + next.path("id") + "/carried-findings/" + next.path("carriedFindings[0].id") + "/fix"));
        }));
        m.put("POST /api/stores/{store}/repair-orders/{id}/hand-over", new Case(ro, 200, c -> {
            return roAction(c, signedOrder(), "/hand-over", Map.of("receiver", "FOREMAN_QUEUE"));
        }));
        // Check-in inspection and its photos (issue 4, R-CHK-1/2): advisors and the service manager write, staff read, integrators nothing.
        String I = "/api/stores/{store}/repair-orders/{id}/inspection";
        m.put("POST " + I, new Case(ro, 201, c -> c.given().body(Inspections.body(null, null)).post(inspectionPath(walkIn(), ""))));
        m.put("GET " + I, new Case(staff, 200, c -> c.given().get(inspectionPath(inspected(), ""))));
        m.put("PUT " + I, new Case(ro, 200, c -> {
            Response o = walkIn();
            Response i = inspect(o);
            return c.given().header("If-Match", i.header("ETag")).body(Inspections.body(null, null)).put(inspectionPath(o, ""));
        }));
        m.put("POST " + I + "/damage-marks", new Case(ro, 200, c -> {
            Response o = walkIn();
            return c.given().header("If-Match", inspect(o).header("ETag")).body(Map.of("zone", "BONNET", "type", "CHIP")).post(inspectionPath(o, "/damage-marks"));
        }));
        m.put("DELETE " + I + "/damage-marks/{markId}", new Case(ro, 200, c -> {
            Response o = walkIn();
            Response i = inspections().addMark(inspect(o), o);
            return c.given().header("If-Match", i.header("ETag")).delete(inspectionPath(o, "/damage-marks/" + i.path("damageMarks[0].id")));
        }));
        m.put("POST " + I + "/sign", new Case(ro, 200, c -> {
            Response o = walkIn();
            return c.given().header("If-Match", inspect(o).header("ETag"))
                    .body(Map.of("signerName", "矩阵客户", "signaturePng", java.util.Base64.getEncoder().encodeToString(Images.png(60, 20))))
                    .post(inspectionPath(o, "/sign"));
        }));
        m.put("POST " + I + "/corrections", new Case(ro, 201, c -> {
            Response o = walkIn();
            Response signed = inspections().sign(inspect(o), o);
            return c.given().header("If-Match", signed.header("ETag")).post(inspectionPath(o, "/corrections"));
        }));
        m.put("GET " + I + "/signature", new Case(staff, 200, c -> {
            Response o = walkIn();
            inspections().sign(inspect(o), o);
            return c.given().accept("*/*").get(inspectionPath(o, "/signature"));
        }));
        m.put("GET " + I + "/versions", new Case(staff, 200, c -> c.given().get(inspectionPath(inspected(), "/versions"))));
        m.put("POST " + I + "/photos", new Case(ro, 201, c -> {
            Response o = walkIn();
            inspect(o);
            return inspections().uploading(c.given(), "m.jpg", Images.jpeg(16, 16), "image/jpeg").post(inspectionPath(o, "/photos"));
        }));
        m.put("GET " + I + "/photos", new Case(staff, 200, c -> c.given().get(inspectionPath(inspected(), "/photos"))));
        m.put("GET " + I + "/photos/{photoId}", new Case(staff, 200, c -> c.given().accept("*/*").get(photo(""))));
        m.put("GET " + I + "/photos/{photoId}/thumbnail", new Case(staff, 200, c -> c.given().accept("*/*").get(photo("/thumbnail"))));
        m.put("DELETE " + I + "/photos/{photoId}", new Case(ro, 204, c -> c.given().delete(photo(""))));
        m.put("GET /api/stores/{store}/canned-jobs", new Case(staff, 200, c -> c.given().get(shop.path("/canned-jobs"))));
        m.put("POST /api/stores/{store}/canned-jobs", new Case(manager, 201, c -> c.given().body(cannedJobBody()).post(shop.path("/canned-jobs"))));
        m.put("PUT /api/stores/{store}/canned-jobs/{id}", new Case(manager, 200, c -> {
            Map<String, Object> body = cannedJobBody();
            Response created = shop.manager().body(body).post(shop.path("/canned-jobs"));
            return c.given().header("If-Match", created.header("ETag")).body(body).put(shop.path("/canned-jobs/" + created.path("id")));
        }));
        m.put("GET /api/stores/{store}/notifications", new Case(staff, 200, c -> c.given().get(shop.path("/notifications"))));
        m.put("GET /api/stores/{store}/notification-templates", new Case(Set.of(ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER), 200,
                c -> c.given().get(shop.path("/notification-templates"))));
        m.put("PUT /api/stores/{store}/notification-templates/{kind}/{audience}/{language}", new Case(manager, 200,
                c -> c.given().body(Map.of("title", "【{{store}}】预约提醒", "body", "{{customer}}您好，请于{{arrival}}到店，携带{{documents}}。"))
                        .put(shop.path("/notification-templates/APPOINTMENT_REMINDER/CUSTOMER/zh-CN"))));
        m.put("GET /api/stores/{store}/tasks", new Case(staff, 200, c -> c.given().get(shop.path("/tasks"))));
        String T = "/api/stores/{store}/tasks/{id}";
        m.put("GET " + T, new Case(staff, 200, c -> c.given().get(shop.path("/tasks/" + taskFor(c).path("id")))));
        m.put("POST " + T + "/attempts", new Case(staff, 200, c -> taskAction(c, "/attempts", Map.of("outcome", "NO_ANSWER"))));
        m.put("POST " + T + "/complete", new Case(staff, 200, c -> taskAction(c, "/complete", null)));
        m.put("POST " + T + "/cancel", new Case(staff, 200, c -> taskAction(c, "/cancel", Map.of("reason", "矩阵"))));
        m.put("POST " + T + "/assign", new Case(staff, 200, c -> taskAction(c, "/assign", Map.of("role", "service-manager"))));
        // Dispatch and clocking (issue 9, R-REP-1): the board for advisors and the workshop; foremen (workshop) and the manager dispatch; technicians clock.
        Set<String> boardReaders = Set.of(ADVISOR, WORKSHOP, SERVICE_MANAGER);
        Set<String> dispatchers = Set.of(WORKSHOP, SERVICE_MANAGER);
        Set<String> technicians = Set.of(WORKSHOP);
        String W = "/api/stores/{store}/workshop";
        m.put("GET " + W + "/board", new Case(boardReaders, 200, c -> c.given().get(shop.path("/workshop/board"))));
        m.put("GET " + W + "/hours", new Case(dispatchers, 200, c -> c.given().get(shop.path("/workshop/hours"))));
        m.put("GET " + W + "/jobs/{id}", new Case(boardReaders, 200, c -> c.given().get(shop.path("/workshop/jobs/" + workshopJob("FOREMAN_QUEUE").get("id")))));
        m.put("POST " + W + "/jobs/{id}/assign", new Case(dispatchers, 200, c -> assignJob(c.given(), workshopJob("FOREMAN_QUEUE"))));
        m.put("POST " + W + "/jobs/{id}/unassign", new Case(dispatchers, 200, c -> {
            Response assigned = assignJob(shop.manager(), workshopJob("FOREMAN_QUEUE"));
            return c.given().header("If-Match", assigned.header("ETag")).post(shop.path("/workshop/jobs/" + assigned.path("id") + "/unassign"));
        }));
        m.put("GET " + W + "/my/jobs", new Case(technicians, 200, c -> c.given().get(shop.path("/workshop/my/jobs"))));
        m.put("POST " + W + "/my/clock-on", new Case(technicians, 200, c -> punch(c.given(), "clock-on", Map.of("jobId", workshopJob(matrixTechnician).get("id")))));
        m.put("POST " + W + "/my/clock-off", new Case(technicians, 200, c -> punch(clockedOn(c), "clock-off", null)));
        m.put("POST " + W + "/my/pause", new Case(technicians, 200, c -> punch(clockedOn(c), "pause", Map.of("reason", "WAITING_PARTS"))));
        m.put("POST " + W + "/my/finish", new Case(technicians, 200, c -> {
            Map<String, Object> job = workshopJob(matrixTechnician);
            punch(new Caller(WORKSHOP).given(), "clock-on", Map.of("jobId", job.get("id"))).then().statusCode(200);
            return punch(c.given(), "finish", Map.of("jobId", job.get("id")));
        }));
        m.put("POST " + W + "/my/non-productive", new Case(technicians, 200, c -> punch(clockedOn(c), "non-productive", Map.of("code", "CLEANING"))));
        // Domain events (issue 9): the feed for the manager and integrators; the live stream for everyone who watches a screen of the store.
        m.put("GET /api/stores/{store}/events", new Case(Set.of(SERVICE_MANAGER, INTEGRATOR), 200, c -> c.given().get(shop.path("/events"))));
        m.put("GET /api/stores/{store}/events/stream", new Case(READ, 200, RoleMatrixTest::openStream));
        // Webhook subscriptions (issue 12): integrators subscribe; they and the store's service manager manage them.
        String WH = "/api/stores/{store}/webhook-subscriptions";
        Set<String> hookers = Set.of(INTEGRATOR, SERVICE_MANAGER);
        m.put("POST " + WH, new Case(Set.of(INTEGRATOR), 201, c -> c.given().body(Map.of("url", "https://127.0.0.1:9/matrix", "eventTypes", List.of("RepairOrderSigned")))
                .post(shop.path("/webhook-subscriptions"))));
        m.put("GET " + WH, new Case(hookers, 200, c -> c.given().get(shop.path("/webhook-subscriptions"))));
        m.put("GET " + WH + "/{id}", new Case(hookers, 200, c -> c.given().get(shop.path("/webhook-subscriptions/" + webhookSubscription()))));
        m.put("DELETE " + WH + "/{id}", new Case(hookers, 204, c -> c.given().delete(shop.path("/webhook-subscriptions/" + webhookSubscription()))));
        m.put("POST " + WH + "/{id}/pause", new Case(hookers, 200, c -> c.given().post(shop.path("/webhook-subscriptions/" + webhookSubscription() + "/pause"))));
        m.put("POST " + WH + "/{id}/resume", new Case(hookers, 200, c -> {
            String id = webhookSubscription();
            shop.manager().post(shop.path("/webhook-subscriptions/" + id + "/pause")).then().statusCode(200);
            return c.given().post(shop.path("/webhook-subscriptions/" + id + "/resume"));
        }));
        m.put("GET " + WH + "/{id}/deliveries", new Case(hookers, 200, c -> c.given().get(shop.path("/webhook-subscriptions/" + webhookSubscription() + "/deliveries"))));
        m.put("POST " + WH + "/{id}/deliveries/{deliveryId}/replay", new Case(hookers, 200, c -> {
            String id = webhookSubscription();
            com.fours.dms.repairorder.api.RepairOrders.in(shop).signed();
            io.quarkus.arc.Arc.container().instance(com.fours.dms.webhook.WebhookDispatcher.class).get().dispatch();
            String delivery = shop.manager().get(shop.path("/webhook-subscriptions/" + id + "/deliveries")).then().statusCode(200).extract().path("items[0].id");
            return c.given().post(shop.path("/webhook-subscriptions/" + id + "/deliveries/" + delivery + "/replay"));
        }));
        m.put("GET /api/stores/{store}/supplementary-items/awaiting-decision", new Case(ARCHIVE, 200,
                c -> c.given().get(shop.path("/supplementary-items/awaiting-decision"))));
        // The progress check (issue 9, R-REP-2): advisors, the workshop and the manager read; advisors and the manager answer.
        String PC = "/api/stores/{store}/progress-checks";
        m.put("GET " + PC, new Case(boardReaders, 200, c -> c.given().get(shop.path("/progress-checks"))));
        m.put("GET " + PC + "/{id}", new Case(boardReaders, 200, c -> c.given().get(shop.path("/progress-checks/" + progressCheck().path("id")))));
        m.put("POST " + PC + "/{id}/complete", new Case(Set.of(ADVISOR, SERVICE_MANAGER), 200, c -> {
            Response check = progressCheck();
            return c.given().header("If-Match", check.header("ETag"))
                    .body(Map.of("expectedCompletionAt", Instant.parse("2026-11-23T02:01:00Z").toString(), "workshopAsked", false))
                    .post(shop.path("/progress-checks/" + check.path("id") + "/complete"));
        }));
        // The quality check (issue 9, R-QC-1..4, R-REP-5/6): the workshop signs off and inspects; advisors, the workshop and the manager read and hand over.
        Set<String> qcReaders = Set.of(ADVISOR, WORKSHOP, SERVICE_MANAGER);
        String QC = "/api/stores/{store}/quality-check";
        m.put("GET " + QC + "/checklists", new Case(qcReaders, 200, c -> c.given().get(shop.path("/quality-check/checklists"))));
        m.put("GET " + QC + "/queue", new Case(qcReaders, 200, c -> c.given().get(shop.path("/quality-check/queue"))));
        m.put("GET " + QC + "/my-self-checks", new Case(technicians, 200, c -> c.given().get(shop.path("/quality-check/my-self-checks"))));
        m.put("GET " + QC + "/jobs/{jobId}", new Case(qcReaders, 200, c -> c.given().get(shop.path("/quality-check/jobs/" + workshopJob("FOREMAN_QUEUE").get("id")))));
        m.put("POST " + QC + "/jobs/{jobId}/self-check", new Case(technicians, 200, c -> {
            Map<String, Object> job = workshopJob(matrixTechnician);
            punch(new Caller(WORKSHOP).given(), "clock-on", Map.of("jobId", job.get("id"))).then().statusCode(200);
            punch(new Caller(WORKSHOP).given(), "finish", Map.of("jobId", job.get("id"))).then().statusCode(200);
            return c.given().body(selfCheck()).post(shop.path("/quality-check/jobs/" + job.get("id") + "/self-check"));
        }));
        m.put("POST " + QC + "/jobs/{jobId}/inspection", new Case(technicians, 200, c -> {
            shop.manager().put(shop.path("/quality-check/inspectors/" + matrixTechnician)).then().statusCode(200);
            String job = workedByTheOtherTechnician("5.0");
            return c.given().body(Map.of("result", "PASSED", "checklist", points(com.fours.dms.qualitycheck.Checklists.FINAL_INSPECTION),
                    "signaturePng", roSignature().get("signaturePng"))).post(shop.path("/quality-check/jobs/" + job + "/inspection"));
        }));
        m.put("GET " + QC + "/first-pass", new Case(dispatchers, 200, c -> c.given().queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .get(shop.path("/quality-check/first-pass"))));
        m.put("GET " + QC + "/inspectors", new Case(dispatchers, 200, c -> c.given().get(shop.path("/quality-check/inspectors"))));
        m.put("PUT " + QC + "/inspectors/{technicianId}", new Case(manager, 200, c -> c.given().put(shop.path("/quality-check/inspectors/" + matrixWorker))));
        m.put("DELETE " + QC + "/inspectors/{technicianId}", new Case(manager, 200, c -> {
            shop.manager().put(shop.path("/quality-check/inspectors/" + matrixWorker)).then().statusCode(200);
            return c.given().delete(shop.path("/quality-check/inspectors/" + matrixWorker));
        }));
        String OQ = "/api/stores/{store}/repair-orders/{id}/quality-check";
        m.put("GET " + OQ, new Case(Set.of(ADVISOR, WORKSHOP, CASHIER, SERVICE_MANAGER), 200,
                c -> c.given().get(shop.path("/repair-orders/" + workshopJob("FOREMAN_QUEUE").get("repairOrderId") + "/quality-check"))));
        m.put("PUT " + OQ + "/old-parts", new Case(qcReaders, 200, c -> {
            Response o = roAdvisor(roAdvisor(roAdvisor(withJob(walkIn()), "/lines", roPart()), "/submit-for-signature", Map.of()), "/sign", roSignature());
            roAdvisor(o, "/hand-over", Map.of("receiver", "FOREMAN_QUEUE"));
            String qc = shop.path("/repair-orders/" + o.path("id") + "/quality-check");
            String line = shop.manager().get(qc).then().statusCode(200).extract().path("replacedParts[0].lineId");
            return c.given().body(Map.of("parts", List.of(Map.of("lineId", line, "disposition", "KEPT_FOR_CUSTOMER")))).put(qc + "/old-parts");
        }));
        m.put("POST " + OQ + "/found-not-fixed-signature", new Case(Set.of(ADVISOR, SERVICE_MANAGER), 200, c -> {
            Response o = roAdvisor(signedOrder(), "/hand-over", Map.of("receiver", "FOREMAN_QUEUE"));
            roAdvisor(o, "/findings", Map.of("description", "矩阵发现", "disposition", "DEFERRED"));
            return c.given().body(Map.of("signaturePng", roSignature().get("signaturePng"))).post(shop.path("/repair-orders/" + o.path("id") + "/quality-check/found-not-fixed-signature"));
        }));
        m.put("GET " + OQ + "/found-not-fixed-signature", new Case(Set.of(ADVISOR, WORKSHOP, CASHIER, SERVICE_MANAGER), 200, c -> {
            Response o = roAdvisor(signedOrder(), "/hand-over", Map.of("receiver", "FOREMAN_QUEUE"));
            roAdvisor(o, "/findings", Map.of("description", "矩阵发现", "disposition", "DEFERRED"));
            String sign = shop.path("/repair-orders/" + o.path("id") + "/quality-check/found-not-fixed-signature");
            shop.as(ADVISOR).body(Map.of("signaturePng", roSignature().get("signaturePng"))).post(sign).then().statusCode(200);
            return c.given().accept("*/*").get(sign);
        }));
        m.put("POST " + OQ + "/internal-handover", new Case(qcReaders, 200, c -> {
            String job = workedByTheOtherTechnician("1.0");
            String order = shop.manager().get(shop.path("/quality-check/jobs/" + job)).then().statusCode(200).extract().path("repairOrderId");
            String qc = shop.path("/repair-orders/" + order + "/quality-check");
            Object version = shop.manager().get(qc).then().statusCode(200).extract().path("version");
            return c.given().header("If-Match", "\"" + version + "\"").body(Map.of("cleaned", true, "parkingSpot", "M-01")).post(qc + "/internal-handover");
        }));
        // Supplementary items and the approval ledger (issue 9, R-REP-3 / R-REP-4): the workshop reports, advisors record decisions, staff read.
        Set<String> reporting = Set.of(WORKSHOP, ADVISOR, SERVICE_MANAGER);
        String SI = "/api/stores/{store}/repair-orders/{id}/supplementary-items";
        m.put("POST " + SI, new Case(reporting, 201, c -> c.given().body(Approvals.brakes()).post(approvals().path(approvals().handedOver(), "/supplementary-items"))));
        m.put("GET " + SI, new Case(staff, 200, c -> c.given().get(reported().path("/supplementary-items"))));
        m.put("GET " + SI + "/{itemId}", new Case(staff, 200, c -> c.given().get(reported().itemPath(""))));
        m.put("POST " + SI + "/{itemId}/versions", new Case(reporting, 200, c -> {
            Reported r = reported();
            Map<String, Object> body = new java.util.HashMap<>(Approvals.brakes());
            body.put("changeReason", "矩阵改价");
            return c.given().header("If-Match", r.item().header("ETag")).body(body).post(r.itemPath("/versions"));
        }));
        m.put("POST " + SI + "/{itemId}/photos", new Case(reporting, 201, c -> inspections().uploading(c.given(), "m.jpg", Images.jpeg(16, 16), "image/jpeg")
                .post(reported().itemPath("/photos"))));
        m.put("GET " + SI + "/{itemId}/photos/{photoId}", new Case(staff, 200, c -> c.given().accept("*/*").get(itemPhoto(""))));
        m.put("GET " + SI + "/{itemId}/photos/{photoId}/thumbnail", new Case(staff, 200, c -> c.given().accept("*/*").get(itemPhoto("/thumbnail"))));
        String RO = "/api/stores/{store}/repair-orders/{id}";
        m.put("GET " + RO + "/approval-sheet", new Case(ro, 200, c -> c.given().get(reported().path("/approval-sheet"))));
        m.put("POST " + RO + "/approval-decisions/in-person", new Case(ro, 200, c -> {
            Reported r = reported();
            return c.given().body(Approvals.inPersonBody(approvals().sheet(r.order()), List.of(Approvals.choice(r.item(), "APPROVED"))))
                    .post(r.path("/approval-decisions/in-person"));
        }));
        m.put("POST " + RO + "/approval-decisions/phone", new Case(ro, 200, c -> {
            Reported r = reported();
            return c.given().body(Approvals.phoneBody(approvals().sheet(r.order()), List.of(Approvals.choice(r.item(), "DECLINED")), Instant.parse("2026-11-23T02:00:00Z").toString()))
                    .post(r.path("/approval-decisions/phone"));
        }));
        m.put("POST " + RO + "/approval-links", new Case(ro, 201, c -> c.given().body(Map.of()).post(reported().path("/approval-links"))));
        m.put("GET " + RO + "/approval-links", new Case(staff, 200, c -> c.given().get(reported().path("/approval-links"))));
        m.put("GET " + RO + "/authorization", new Case(staff, 200, c -> c.given().get(decided().path("/authorization"))));
        m.put("GET " + RO + "/approval-ledger/{entryId}", new Case(staff, 200, c -> {
            Reported r = decided();
            return c.given().get(r.path("/approval-ledger/" + r.ledgerEntryId()));
        }));
        m.put("GET " + RO + "/approval-ledger/{entryId}/signature", new Case(staff, 200, c -> {
            Reported r = decided();
            return c.given().accept("*/*").get(r.path("/approval-ledger/" + r.ledgerEntryId() + "/signature"));
        }));
        m.put("GET " + RO + "/declined-safety-items", new Case(staff, 200, c -> c.given().get(decided().path("/declined-safety-items"))));
        String PL = "/api/public/stores/{store}/approval-links/{token}";
        m.put("GET " + PL, Case.open(200, c -> c.given().get(linked().publicPath(""))));
        m.put("POST " + PL + "/decision", Case.open(200, c -> {
            Linked l = linked();
            return c.given().body(Map.of("decisions", List.of(Approvals.choice(l.reported().item(), "APPROVED")), "signerName", "矩阵客户",
                    "signaturePng", roSignature().get("signaturePng"))).post(l.publicPath("/decision"));
        }));
        m.put("GET " + PL + "/photos/{photoId}", Case.open(200, c -> c.given().accept("*/*").get(linkedPhoto(""))));
        m.put("GET " + PL + "/photos/{photoId}/thumbnail", Case.open(200, c -> c.given().accept("*/*").get(linkedPhoto("/thumbnail"))));
        // The parts & labour catalogue (issue 8): staff and integrators read it, the service manager keeps it, integrators push price lists.
        Set<String> keeper = Set.of(SERVICE_MANAGER);
        Set<String> importers = Set.of(SERVICE_MANAGER, INTEGRATOR);
        String CAT = "/api/stores/{store}/catalogue";
        m.put("GET " + CAT + "/parts", new Case(READ, 200, c -> c.given().queryParam("q", "jylq").get(shop.path("/catalogue/parts"))));
        m.put("POST " + CAT + "/parts", new Case(keeper, 201, c -> c.given().body(matrixPart()).post(shop.path("/catalogue/parts"))));
        m.put("GET " + CAT + "/parts/{id}", new Case(READ, 200, c -> c.given().get(shop.path("/catalogue/parts/" + cataloguePart().path("id")))));
        m.put("PUT " + CAT + "/parts/{id}", new Case(keeper, 200, c -> {
            Response p = cataloguePart();
            return c.given().header("If-Match", p.header("ETag")).body(matrixPart()).put(shop.path("/catalogue/parts/" + p.path("id")));
        }));
        m.put("GET " + CAT + "/operations", new Case(READ, 200, c -> c.given().queryParam("model", "大众 帕萨特").get(shop.path("/catalogue/operations"))));
        m.put("POST " + CAT + "/operations", new Case(keeper, 201, c -> c.given().body(matrixOperation()).post(shop.path("/catalogue/operations"))));
        m.put("GET " + CAT + "/operations/{id}", new Case(READ, 200, c -> c.given().get(shop.path("/catalogue/operations/" + catalogueOperation().path("id")))));
        m.put("PUT " + CAT + "/operations/{id}", new Case(keeper, 200, c -> {
            Response o = catalogueOperation();
            return c.given().header("If-Match", o.header("ETag")).body(matrixOperation()).put(shop.path("/catalogue/operations/" + o.path("id")));
        }));
        m.put("POST " + CAT + "/imports", new Case(importers, 201, c -> priceList(c.given())));
        m.put("GET " + CAT + "/imports", new Case(importers, 200, c -> c.given().get(shop.path("/catalogue/imports"))));
        m.put("GET " + CAT + "/imports/{id}", new Case(importers, 200, c -> c.given().get(shop.path("/catalogue/imports/" + catalogueImport()))));
        m.put("GET " + CAT + "/imports/{id}/report", new Case(importers, 200,
                c -> c.given().accept("*/*").get(shop.path("/catalogue/imports/" + catalogueImport() + "/report"))));
        m.put("GET " + CAT + "/reservations", new Case(Set.of(ADVISOR, WORKSHOP, CUSTOMER_SERVICE, SERVICE_MANAGER), 200,
                c -> c.given().queryParam("partId", cataloguePart().<String>path("id")).get(shop.path("/catalogue/reservations"))));
        // Settlement and delivery (issue 10, R-DEL-1..5): the cashier bills and takes payment, the service manager decides discounts, overrides and voids, the advisor delivers.
        Set<String> desk = Set.of(CASHIER, SERVICE_MANAGER);
        Set<String> billReaders = Set.of(ADVISOR, CASHIER, SERVICE_MANAGER);
        String ST = "/api/stores/{store}/settlements/{id}";
        m.put("GET /api/stores/{store}/settlement/queue", new Case(billReaders, 200, c -> c.given().get(shop.path("/settlement/queue"))));
        m.put("GET /api/stores/{store}/settlement/inbox", new Case(manager, 200, c -> c.given().get(shop.path("/settlement/inbox"))));
        m.put("GET /api/stores/{store}/settlement/settings", new Case(billReaders, 200, c -> c.given().get(shop.path("/settlement/settings"))));
        m.put("PUT /api/stores/{store}/settlement/settings", new Case(manager, 200, c -> {
            Response now = shop.manager().get(shop.path("/settlement/settings"));
            return c.given().header("If-Match", now.header("ETag")).body(Map.of("pricesIncludeVat", true, "discountLimitPercent", "5", "discountLimitAmount", "200"))
                    .put(shop.path("/settlement/settings"));
        }));
        m.put("POST /api/stores/{store}/repair-orders/{id}/settlement", new Case(desk, 201, c -> {
            if (allowed(desk, c)) {
                clearBills();
            }
            return c.given().post(shop.path("/repair-orders/" + billedOrder().path("id") + "/settlement"));
        }));
        m.put("GET " + ST, new Case(billReaders, 200, c -> c.given().get(bills().billPath(draftBill(), ""))));
        m.put("POST " + ST + "/adjustments", new Case(desk, 200, c -> billAction(c, draftBill(), "/adjustments", Map.of("kind", "LABOUR", "payType", "INTERNAL",
                "description", "矩阵返工", "quantity", "0.10", "unitPrice", "150.00", "reason", "矩阵"))));
        m.put("POST " + ST + "/discounts", new Case(billReaders, 200, c -> billAction(c, draftBill(), "/discounts", Map.of("amount", "0.10", "reason", "矩阵"))));
        m.put("POST " + ST + "/discounts/{discountId}/decision", new Case(manager, 200, c -> {
            Response b = bills().ok(bills().cashier(), draftBill(), "/discounts", Map.of("amount", "100.00", "reason", "矩阵大额"));
            String pending = b.path("discounts.find { it.status == 'PENDING' }.id");
            return billAction(c, b, "/discounts/" + pending + "/decision", Map.of("approve", false, "reason", "矩阵"));
        }));
        m.put("POST " + ST + "/override", new Case(manager, 200, c -> billAction(c, bills().adjustAboveAuthorization(draftBill()), "/override", Map.of("reason", "矩阵"))));
        m.put("POST " + ST + "/finalise", new Case(desk, 200, c -> billAction(c, allowed(desk, c) ? readyDraft() : draftBill(), "/finalise", null)));
        m.put("POST " + ST + "/payments", new Case(desk, 200, c -> c.given().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("tender", "CARD", "amount", "1.00")).post(bills().billPath(finalBill(), "/payments"))));
        m.put("POST " + ST + "/void", new Case(manager, 200, c -> billAction(c, finalBill(), "/void", Map.of("reason", "矩阵"))));
        m.put("POST " + ST + "/fapiao", new Case(desk, 200, c -> billAction(c, allowed(desk, c) ? finalBill() : draftBill(), "/fapiao",
                Map.of("number", "2411200000" + (1_000_000 + plan.incrementAndGet()), "date", "2026-11-23"))));
        m.put("POST " + ST + "/release-note", new Case(desk, 200, c -> billAction(c, allowed(desk, c) ? paidBill() : draftBill(), "/release-note", null)));
        Set<String> deliverers = Set.of(ADVISOR, SERVICE_MANAGER);
        m.put("POST " + ST + "/delivery", new Case(deliverers, 200, c -> billAction(c, allowed(deliverers, c)
                ? bills().ok(bills().cashier(), paidBill(), "/release-note", null) : draftBill(), "/delivery", com.fours.dms.settlement.api.Bills.delivery())));
        // Credit accounts and receivables (issue 10, R-DEL-3): the cashier and the manager read them and take payments; the manager sets limits and corrects.
        String CA = "/api/stores/{store}/credit-accounts";
        String RC = "/api/stores/{store}/receivables";
        m.put("GET " + CA, new Case(desk, 200, c -> c.given().get(shop.path("/credit-accounts"))));
        m.put("POST " + CA, new Case(manager, 201, c -> c.given().body(Map.of("kind", "INSURER", "name", "矩阵保险 " + plan.incrementAndGet(), "creditLimit", "0",
                "paymentTermsDays", 60)).post(shop.path("/credit-accounts"))));
        m.put("GET " + CA + "/{id}", new Case(desk, 200, c -> c.given().get(shop.path("/credit-accounts/" + matrixReceivable().path("accountId")))));
        m.put("PUT " + CA + "/{id}", new Case(manager, 200, c -> {
            String a = shop.path("/credit-accounts/" + matrixReceivable().path("accountId"));
            return c.given().header("If-Match", shop.manager().get(a).header("ETag")).body(Map.of("creditLimit", "100000.00", "paymentTermsDays", 30, "active", true))
                    .put(a);
        }));
        m.put("GET " + CA + "/{id}/statement", new Case(desk, 200, c -> c.given().get(shop.path("/credit-accounts/" + matrixReceivable().path("accountId") + "/statement"))));
        m.put("GET " + RC, new Case(desk, 200, c -> c.given().get(shop.path("/receivables"))));
        m.put("GET " + RC + "/ageing", new Case(desk, 200, c -> c.given().get(shop.path("/receivables/ageing"))));
        m.put("GET " + RC + "/{id}", new Case(desk, 200, c -> c.given().get(shop.path("/receivables/" + matrixReceivable().path("id")))));
        m.put("POST " + RC + "/{id}/payments", new Case(desk, 200, c -> c.given().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("tender", "BANK_TRANSFER", "amount", "0.01")).post(shop.path("/receivables/" + matrixReceivable().path("id") + "/payments"))));
        m.put("POST " + RC + "/{id}/corrections", new Case(manager, 200, c -> {
            String r = shop.path("/receivables/" + matrixReceivable().path("id"));
            return c.given().header("If-Match", shop.manager().get(r).header("ETag")).body(Map.of("amount", "0.01", "reason", "矩阵")).post(r + "/corrections");
        }));
        // Warranty claims (R-CHK-7) and the insurer's share (R-DEL-3): the desk opens, edits and submits; the manager records the manufacturer's decision.
        String WC = "/api/stores/{store}/warranty-claims";
        m.put("POST " + ST + "/insurer", new Case(desk, 200, c -> c.given().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("accountId", matrixInsurer(), "amount", "1.00", "claimNumber", "矩阵")).post(bills().billPath(finalBill(), "/insurer"))));
        m.put("POST " + ST + "/warranty-claim", new Case(desk, 201, c -> c.given().body(Map.of()).post(bills().billPath(warrantyBill(), "/warranty-claim"))));
        m.put("GET " + WC, new Case(billReaders, 200, c -> c.given().get(shop.path("/warranty-claims"))));
        m.put("GET " + WC + "/{id}", new Case(billReaders, 200, c -> c.given().get(shop.path("/warranty-claims/" + warrantyClaim(false).path("id")))));
        m.put("PUT " + WC + "/{id}", new Case(desk, 200, c -> {
            Response w = warrantyClaim(false);
            return c.given().header("If-Match", w.header("ETag")).body(Map.of("opCode", "OP-1", "causalPart", "P-1", "labourHours", "1.00"))
                    .put(shop.path("/warranty-claims/" + w.path("id")));
        }));
        m.put("POST " + WC + "/{id}/submit", new Case(desk, 200, c -> {
            Response w = allowed(desk, c) ? warrantyClaim(true) : warrantyClaim(false);
            return c.given().header("If-Match", w.header("ETag")).body(Map.of()).post(shop.path("/warranty-claims/" + w.path("id") + "/submit"));
        }));
        m.put("POST " + WC + "/{id}/accept", new Case(manager, 200, c -> {
            Response w = submittedClaim(c);
            return c.given().header("If-Match", w.header("ETag")).body(Map.of("paidAmount", "1.00")).post(shop.path("/warranty-claims/" + w.path("id") + "/accept"));
        }));
        m.put("POST " + WC + "/{id}/reject", new Case(manager, 200, c -> {
            Response w = submittedClaim(c);
            return c.given().header("If-Match", w.header("ETag")).body(Map.of("reason", "矩阵")).post(shop.path("/warranty-claims/" + w.path("id") + "/reject"));
        }));
        // The follow-up desk (issue 11): customer service and the manager work the queue and record consent; the manager sets the numbers.
        Set<String> csDesk = Set.of(CUSTOMER_SERVICE, SERVICE_MANAGER);
        m.put("GET /api/stores/{store}/follow-up/queue", new Case(csDesk, 200, c -> c.given().get(shop.path("/follow-up/queue"))));
        m.put("GET /api/stores/{store}/follow-up/customers/{customerId}/consent", new Case(WRITE, 200,
                c -> c.given().get(shop.path("/follow-up/customers/" + shop.customerWithVehicle()[0] + "/consent"))));
        m.put("PUT /api/stores/{store}/follow-up/customers/{customerId}/consent/{channel}", new Case(csDesk, 200,
                c -> c.given().body(Map.of("allowed", false, "reason", "矩阵")).put(shop.path("/follow-up/customers/" + shop.customerWithVehicle()[0] + "/consent/EMAIL"))));
        m.put("GET /api/stores/{store}/follow-up/settings", new Case(csDesk, 200, c -> c.given().get(shop.path("/follow-up/settings"))));
        m.put("PUT /api/stores/{store}/follow-up/settings", new Case(manager, 200, c -> c.given()
                .header("If-Match", shop.manager().get(shop.path("/follow-up/settings")).header("ETag")).body(Map.of("noAnswerRetryMinutes", 120))
                .put(shop.path("/follow-up/settings"))));
        // R-REM-1..3: the reminder cycles and the reminder call.
        m.put("GET /api/stores/{store}/reminders", new Case(csDesk, 200, c -> c.given().queryParam("vehicleId", reminderCycle().<String>path("vehicleId")).get(shop.path("/reminders"))));
        m.put("GET /api/stores/{store}/reminders/{id}", new Case(csDesk, 200, c -> c.given().get(shop.path("/reminders/" + reminderCycle().path("id")))));
        m.put("POST /api/stores/{store}/reminders/{id}/call", new Case(csDesk, 200, c -> {
            Response r = reminderCycle();
            return c.given().header("If-Match", r.header("ETag")).body(Map.of("decision", "DECLINED")).post(shop.path("/reminders/" + r.path("id") + "/call"));
        }));
        // Post-service follow-up, survey and complaints (issue 11; R-FUP-1..3, R-FUP-5).
        Set<String> handlers = Set.of(ADVISOR, WORKSHOP, CUSTOMER_SERVICE, SERVICE_MANAGER);
        m.put("GET /api/stores/{store}/follow-up/coverage", new Case(csDesk, 200, c -> c.given().get(shop.path("/follow-up/coverage"))));
        m.put("GET /api/stores/{store}/declined-work/report", new Case(csDesk, 200, c -> c.given().get(shop.path("/declined-work/report"))));
        // R-REM-4..6: first service, retention and lost, insurance and inspection.
        m.put("GET /api/stores/{store}/outreach", new Case(csDesk, 200, c -> c.given().queryParam("vehicleId", lostOutreach().<String>path("vehicleId")).get(shop.path("/outreach"))));
        m.put("GET /api/stores/{store}/outreach/{id}", new Case(csDesk, 200, c -> c.given().get(shop.path("/outreach/" + lostOutreach().path("id")))));
        m.put("GET /api/stores/{store}/outreach/lost-report", new Case(csDesk, 200, c -> c.given().get(shop.path("/outreach/lost-report"))));
        m.put("POST /api/stores/{store}/outreach/{id}/close", new Case(csDesk, 200, c -> {
            Response r = lostOutreach();
            return c.given().header("If-Match", r.header("ETag")).body(Map.of("outcome", "LOST", "lostReason", "MOVED_AWAY")).post(shop.path("/outreach/" + r.path("id") + "/close"));
        }));
        // R-REM-6: recall and technical campaigns imported as VIN lists.
        Set<String> campaignReaders = Set.of(ADVISOR, WORKSHOP, CUSTOMER_SERVICE, SERVICE_MANAGER);
        m.put("POST /api/stores/{store}/campaigns", new Case(manager, 201, c -> c.given().body(campaignBody()).post(shop.path("/campaigns"))));
        m.put("GET /api/stores/{store}/campaigns", new Case(csDesk, 200, c -> c.given().get(shop.path("/campaigns"))));
        m.put("GET /api/stores/{store}/campaigns/open", new Case(campaignReaders, 200,
                c -> c.given().queryParam("vehicleId", campaignEntry().<String>path("vehicleId")).get(shop.path("/campaigns/open"))));
        m.put("GET /api/stores/{store}/campaigns/{id}", new Case(csDesk, 200, c -> c.given().get(shop.path("/campaigns/" + campaignEntry().path("campaignId")))));
        m.put("POST /api/stores/{store}/campaigns/{id}/imports", new Case(manager, 201, c -> c.given().contentType("multipart/form-data")
                .multiPart("file", "vins.csv", ("VIN\n" + Fixtures.randomVin() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                .post(shop.path("/campaigns/" + campaignEntry().path("campaignId") + "/imports"))));
        m.put("GET /api/stores/{store}/campaigns/{id}/imports", new Case(csDesk, 200,
                c -> c.given().get(shop.path("/campaigns/" + campaignEntry().path("campaignId") + "/imports"))));
        m.put("GET /api/stores/{store}/campaigns/{id}/imports/{importId}", new Case(csDesk, 200, c -> {
            String campaign = campaignEntry().path("campaignId");
            String imp = shop.manager().get(shop.path("/campaigns/" + campaign + "/imports")).then().statusCode(200).extract().path("items[0].id");
            return c.given().get(shop.path("/campaigns/" + campaign + "/imports/" + imp));
        }));
        m.put("GET /api/stores/{store}/campaigns/{id}/vehicles", new Case(csDesk, 200,
                c -> c.given().get(shop.path("/campaigns/" + campaignEntry().path("campaignId") + "/vehicles"))));
        m.put("GET /api/stores/{store}/campaigns/entries/{entryId}", new Case(campaignReaders, 200,
                c -> c.given().get(shop.path("/campaigns/entries/" + campaignEntry().path("id")))));
        m.put("POST /api/stores/{store}/campaigns/entries/{entryId}/contact", new Case(csDesk, 200, c -> {
            Response r = campaignEntry();
            return c.given().header("If-Match", r.header("ETag")).body(Map.of("outcome", "REACHED")).post(shop.path("/campaigns/entries/" + r.path("id") + "/contact"));
        }));
        m.put("POST /api/stores/{store}/campaigns/entries/{entryId}/done", new Case(Set.of(ADVISOR, SERVICE_MANAGER), 200, c -> {
            Response r = campaignEntry();
            String order = shop.as(ADVISOR).body(Map.of("customerId", r.path("customerId"), "vehicleId", r.path("vehicleId"), "requestedWork", "召回活动"))
                    .post(shop.path("/repair-orders")).then().statusCode(201).extract().path("id");
            return c.given().header("If-Match", r.header("ETag")).body(Map.of("repairOrderId", order)).post(shop.path("/campaigns/entries/" + r.path("id") + "/done"));
        }));
        m.put("GET /api/stores/{store}/follow-up/survey-template", new Case(csDesk, 200, c -> c.given().get(shop.path("/follow-up/survey-template"))));
        m.put("PUT /api/stores/{store}/follow-up/survey-template", new Case(manager, 200, c -> c.given()
                .header("If-Match", shop.manager().get(shop.path("/follow-up/survey-template")).header("ETag"))
                .body(Map.of("questions", List.of(Map.of("key", "OVERALL", "kind", "SCORE", "textZh", "总体评分", "textEn", "Overall", "department", "SERVICE"))))
                .put(shop.path("/follow-up/survey-template"))));
        m.put("POST /api/stores/{store}/follow-up/tasks/{taskId}/survey", new Case(csDesk, 201, c -> c.given()
                .body(Map.of("templateVersion", 0, "answers", List.of(Map.of("questionKey", "OVERALL", "score", 9))))
                .post(shop.path("/follow-up/tasks/" + (allowed(csDesk, c) ? followUpCall() : java.util.UUID.randomUUID()) + "/survey"))));
        m.put("GET /api/stores/{store}/follow-up/survey-report", new Case(csDesk, 200, c -> c.given().get(shop.path("/follow-up/survey-report"))));
        m.put("GET /api/stores/{store}/complaints", new Case(handlers, 200, c -> c.given().get(shop.path("/complaints"))));
        m.put("POST /api/stores/{store}/complaints", new Case(csDesk, 201, c -> c.given().body(complaintRequest()).post(shop.path("/complaints"))));
        m.put("GET /api/stores/{store}/complaints/{id}", new Case(handlers, 200, c -> c.given().get(shop.path("/complaints/" + complaintIn("OPEN").path("id")))));
        m.put("POST /api/stores/{store}/complaints/{id}/start", new Case(handlers, 200, c -> complaintAction(c, complaintIn("OPEN"), "/start",
                Map.of("deadline", matrixClock.instant().plusSeconds(86_400).toString()))));
        m.put("POST /api/stores/{store}/complaints/{id}/reassign", new Case(handlers, 200, c -> complaintAction(c, complaintIn("OPEN"), "/reassign",
                Map.of("owner", "manager", "note", "矩阵"))));
        m.put("POST /api/stores/{store}/complaints/{id}/resolve", new Case(handlers, 200, c -> complaintAction(c, complaintIn("IN_PROGRESS"), "/resolve",
                Map.of("note", "矩阵"))));
        m.put("POST /api/stores/{store}/complaints/{id}/second-follow-up", new Case(csDesk, 200, c -> complaintAction(c, complaintIn("RESOLVED"),
                "/second-follow-up", Map.of("satisfied", true, "note", "矩阵"))));
        m.put("POST /api/stores/{store}/complaints/{id}/close", new Case(manager, 200, c -> complaintAction(c, complaintIn("CONFIRMED"), "/close",
                Map.of("note", "矩阵"))));
        m.put("POST /api/stores/{store}/complaints/{id}/reopen", new Case(csDesk, 200, c -> complaintAction(c, complaintIn("CONFIRMED"), "/reopen",
                Map.of("note", "矩阵"))));
        return m;
    }

    static Map<String, Object> complaintRequest() {
        String[] cv = shop.customerWithVehicle();
        return Map.of("customerId", cv[0], "vehicleId", cv[1], "details", Map.of("category", "OTHER", "department", "RECEPTION", "description", "矩阵投诉"));
    }

    /** A fresh complaint of the matrix shop, moved to {@code status} by the service manager. */
    static Response complaintIn(String status) {
        Response c = shop.as(CUSTOMER_SERVICE).body(complaintRequest()).post(shop.path("/complaints"));
        c.then().statusCode(201);
        List<String> steps = switch (status) {
            case "OPEN" -> List.of();
            case "IN_PROGRESS" -> List.of("/start");
            case "RESOLVED" -> List.of("/start", "/resolve");
            default -> List.of("/start", "/resolve", "/second-follow-up");
        };
        for (String step : steps) {
            Map<String, Object> body = switch (step) {
                case "/start" -> Map.of("deadline", matrixClock.instant().plusSeconds(86_400).toString());
                case "/second-follow-up" -> Map.of("satisfied", true, "note", "满意");
                default -> Map.of("note", "已处理");
            };
            c = shop.manager().header("If-Match", c.header("ETag")).body(body).post(shop.path("/complaints/" + c.path("id") + step));
            c.then().statusCode(200);
        }
        return c;
    }

    static Response complaintAction(Caller c, Response complaint, String rest, Map<String, Object> body) {
        return c.given().header("If-Match", complaint.header("ETag")).body(body).post(shop.path("/complaints/" + complaint.path("id") + rest));
    }

    /** A fresh post-service follow-up call (R-FUP-1): an order delivered three days ago, every one sampled in the matrix shop. */
    static String followUpCall() {
        Response s = shop.manager().get(shop.path("/follow-up/settings"));
        shop.manager().header("If-Match", s.header("ETag")).body(Map.of("followUpSamplePercent", 100)).put(shop.path("/follow-up/settings")).then().statusCode(200);
        String[] cv = shop.customerWithVehicle();
        java.util.UUID order = java.util.UUID.randomUUID();
        com.fours.dms.feedback.DeliveredOrders delivered = jakarta.enterprise.inject.spi.CDI.current().select(com.fours.dms.feedback.DeliveredOrders.class).get();
        com.fours.dms.feedback.PostServiceFollowUps generator = jakarta.enterprise.inject.spi.CDI.current().select(com.fours.dms.feedback.PostServiceFollowUps.class).get();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> delivered.record(new com.fours.dms.feedback.DeliveredOrders.Delivery(shop.code, order,
                "RO-MATRIX", java.util.UUID.fromString(cv[0]), java.util.UUID.fromString(cv[1]), null, List.of(), "PRIVATE", "CUSTOMER",
                matrixClock.instant().minusSeconds(3 * 86_400))));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> generator.run(shop.code, java.time.ZoneId.of("Asia/Shanghai")));
        return shop.manager().queryParam("type", "FOLLOW_UP_CALL").queryParam("subjectId", order.toString()).get(shop.path("/tasks")).then().statusCode(200)
                .extract().path("items[0].id");
    }

    // ---- settlement fixtures: one ready order carries the bills (a void lets it be billed again); a paid bill for the release note and delivery needs its own order

    static com.fours.dms.settlement.api.Bills matrixBills;
    static MutableClock matrixClock;
    static Response matrixBilledOrder;

    static com.fours.dms.settlement.api.Bills bills() {
        if (matrixBills == null) {
            matrixBills = new com.fours.dms.settlement.api.Bills(matrixClock, com.fours.dms.support.WorkshopFloor.in(shop));
        }
        return matrixBills;
    }

    static Response billedOrder() {
        if (matrixBilledOrder == null) {
            matrixBilledOrder = bills().ready(false);
        }
        return matrixBilledOrder;
    }

    /** The caller holds one of the roles (anonymous holds none). */
    static boolean allowed(Set<String> roles, Caller c) {
        return c.role() != null && roles.contains(c.role());
    }

    static Response billAction(Caller c, Response bill, String rest, Map<String, Object> body) {
        RequestSpecification req = c.given().header("If-Match", bill.header("ETag"));
        if (body != null) {
            req.body(body);
        }
        return req.post(matrixBills.billPath(bill, rest));
    }

    /** The live bill of the matrix order, if any (fresh from the server). */
    static Response liveBill() {
        List<Map<String, Object>> items = shop.manager().get(shop.path("/settlement/queue")).then().statusCode(200).extract().path("items");
        Object id = items.stream().filter(i -> billedOrder().path("id").equals(i.get("repairOrderId"))).findFirst().map(i -> i.get("settlementId")).orElse(null);
        return id == null ? null : shop.manager().get(shop.path("/settlements/" + id));
    }

    /** No live bill on the matrix order: a draft is finalised (its requests decided, its gate overridden) and voided like a final one. */
    static void clearBills() {
        Response b = liveBill();
        if (b == null) {
            return;
        }
        if ("DRAFT".equals(b.path("status"))) {
            b = readyToFinalise(b);
            b = bills().ok(bills().manager(), b, "/finalise", null);
        }
        bills().ok(bills().manager(), b, "/void", Map.of("reason", "矩阵重开"));
    }

    static Response readyToFinalise(Response b) {
        List<String> pending = b.path("discounts.findAll { it.status == 'PENDING' }.id");
        for (String d : pending) {
            b = bills().ok(bills().manager(), b, "/discounts/" + d + "/decision", Map.of("approve", false, "reason", "矩阵"));
        }
        if (Boolean.TRUE.equals(b.path("gate.blocked"))) {
            b = bills().ok(bills().manager(), b, "/override", Map.of("reason", "矩阵"));
        }
        return b;
    }

    static Response draftBill() {
        Response b = liveBill();
        if (b != null && "DRAFT".equals(b.path("status"))) {
            return b;
        }
        clearBills();
        return bills().draw(billedOrder());
    }

    static Response readyDraft() {
        return readyToFinalise(draftBill());
    }

    static Response finalBill() {
        clearBills();
        return bills().ok(bills().cashier(), bills().draw(billedOrder()), "/finalise", null);
    }

    static String matrixInsurer;

    static String matrixInsurer() {
        if (matrixInsurer == null) {
            matrixInsurer = shop.manager().body(Map.of("kind", "INSURER", "name", "矩阵保险公司", "creditLimit", "100000.00", "paymentTermsDays", 60))
                    .post(shop.path("/credit-accounts")).then().statusCode(201).extract().path("id");
        }
        return matrixInsurer;
    }

    /** A final bill of the matrix order with a warranty line (a fresh bill: the live one is voided). */
    static Response warrantyBill() {
        clearBills();
        Response d = bills().ok(bills().cashier(), bills().draw(billedOrder()), "/adjustments", Map.of("kind", "LABOUR", "payType", "WARRANTY", "code", "OP-1203",
                "description", "矩阵保修", "quantity", "1.00", "unitPrice", "150.00", "reason", "厂家保修"));
        return bills().ok(bills().cashier(), d, "/finalise", null);
    }

    static Response matrixClaim;

    /** A draft warranty claim (fresh when asked, else the one kept for reading and editing). */
    static Response warrantyClaim(boolean fresh) {
        if (fresh || matrixClaim == null) {
            Response w = shop.manager().body(Map.of("causalPart", "06H121026DD")).post(bills().billPath(warrantyBill(), "/warranty-claim"));
            w.then().statusCode(201);
            if (fresh) {
                return w;
            }
            matrixClaim = w;
        }
        return shop.manager().get(shop.path("/warranty-claims/" + matrixClaim.path("id")));
    }

    /** A submitted claim for a caller allowed to decide it; the kept draft otherwise. */
    static Response submittedClaim(Caller c) {
        if (!allowed(Set.of(SERVICE_MANAGER), c)) {
            return warrantyClaim(false);
        }
        Response w = warrantyClaim(true);
        Response sub = shop.manager().header("If-Match", w.header("ETag")).body(Map.of()).post(shop.path("/warranty-claims/" + w.path("id") + "/submit"));
        sub.then().statusCode(200);
        return sub;
    }

    static Response matrixReceivable;

    /** A receivable of its own: a fleet account for a fresh order's customer, its bill paid on account (R-DEL-3). */
    static Response matrixReceivable() {
        if (matrixReceivable == null) {
            Response order = bills().readyForFleet();
            shop.manager().body(Map.of("kind", "FLEET", "customerId", order.path("customerId"), "creditLimit", "100000.00", "paymentTermsDays", 30))
                    .post(shop.path("/credit-accounts")).then().statusCode(201);
            Response b = bills().ok(bills().cashier(), bills().draw(order), "/finalise", null);
            String id = bills().pay(b, Map.of("tender", "ON_ACCOUNT")).then().statusCode(200).extract().path("payments[0].receivableId");
            matrixReceivable = shop.manager().get(shop.path("/receivables/" + id));
        }
        return matrixReceivable;
    }

    /** A paid bill of its own ready order (its release note settles that order). */
    static Response paidBill() {
        Response b = bills().ok(bills().cashier(), bills().draw(bills().ready(false)), "/finalise", null);
        bills().pay(b, Map.of("tender", "CARD", "amount", b.path("totals.balance").toString())).then().statusCode(200);
        return bills().get(b);
    }

    /** A job of a fresh order handed over to `receiver` (the matrix technician's id: ASSIGNED to them; FOREMAN_QUEUE: WAITING). */
    /** The stream never ends by itself: its status is read from the answer's headers, then it is closed. */
    static Response openStream(Caller c) {
        try (SseClient s = SseClient.open(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port, shop.code, c.token())) {
            return new io.restassured.builder.ResponseBuilder().setStatusCode(s.status(java.time.Duration.ofSeconds(10))).setBody("").build();
        } catch (Exception e) {
            throw new AssertionError("the stream did not answer: " + e, e);
        }
    }

    static Map<String, Object> workshopJob(String receiver) {
        Response o = roAction(new Caller(ADVISOR), signedOrder(), "/hand-over", Map.of("receiver", receiver));
        o.then().statusCode(200);
        List<Map<String, Object>> jobs = shop.manager().get(shop.path("/workshop/board")).then().statusCode(200).extract().path("jobs");
        return jobs.stream().filter(j -> o.path("id").equals(j.get("repairOrderId"))).findFirst().orElseThrow();
    }

    /** Assigns the job to the matrix technician on a day of its own (09:00-09:30 store time), so no two cases double-book. */
    static Response assignJob(RequestSpecification as, Map<String, Object> job) {
        Instant start = Instant.parse("2027-01-04T01:00:00Z").plusSeconds(86_400L * plan.getAndIncrement());
        return as.header("If-Match", "\"" + job.get("version") + "\"")
                .body(Map.of("technicianId", matrixTechnician, "bayId", matrixBay, "plannedStart", start.toString(), "plannedEnd", start.plusSeconds(1800).toString()))
                .post(shop.path("/workshop/jobs/" + job.get("id") + "/assign"));
    }

    /** A fresh maintenance reminder cycle (R-REM-1): a vehicle serviced on 1 June with a 6-month interval is due on 1 December, raised by the generator. */
    static Response reminderCycle() {
        String owner = shop.as(ADVISOR).body(aCustomer().body()).post(shop.path("/customers")).then().statusCode(201).extract().path("id");
        String car = shop.as(ADVISOR).body(aVehicle(owner).with("lastServiceDate", "2026-06-01").with("maintenanceIntervalMonths", 6).body())
                .post(shop.path("/vehicles")).then().statusCode(201).extract().path("id");
        com.fours.dms.reminder.MaintenanceReminders generator = jakarta.enterprise.inject.spi.CDI.current().select(com.fours.dms.reminder.MaintenanceReminders.class).get();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> generator.run(shop.code, java.time.ZoneId.of("Asia/Shanghai")));
        String id = shop.manager().queryParam("vehicleId", car).get(shop.path("/reminders")).then().statusCode(200).extract().path("items[0].id");
        Response r = shop.manager().get(shop.path("/reminders/" + id));
        r.then().statusCode(200);
        return r;
    }

    static Map<String, Object> campaignBody() {
        return Map.of("code", Fixtures.unique("RC-"), "kind", "RECALL", "titleZh", "矩阵召回", "work", "更换部件", "validFrom", "2020-01-01", "validTo", "2099-12-31");
    }

    /** A fresh campaign entry (R-REM-6): a campaign whose VIN list names one car of the matrix store. */
    static Response campaignEntry() {
        String car = shop.customerWithVehicle()[1];
        String vin = shop.manager().get(shop.path("/vehicles/" + car)).then().statusCode(200).extract().path("vin");
        String campaign = shop.manager().body(campaignBody()).post(shop.path("/campaigns")).then().statusCode(201).extract().path("id");
        shop.manager().contentType("multipart/form-data").multiPart("file", "vins.csv", (vin + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                .post(shop.path("/campaigns/" + campaign + "/imports")).then().statusCode(201);
        String id = shop.manager().queryParam("vehicleId", car).get(shop.path("/campaigns/open")).then().statusCode(200).extract().path("items[0].id");
        Response r = shop.manager().get(shop.path("/campaigns/entries/" + id));
        r.then().statusCode(200);
        return r;
    }

    /** A fresh lost-customer outreach (R-REM-5): a vehicle last seen in 2020 is lost, raised by the generator. */
    static Response lostOutreach() {
        String owner = shop.as(ADVISOR).body(aCustomer().body()).post(shop.path("/customers")).then().statusCode(201).extract().path("id");
        String car = shop.as(ADVISOR).body(aVehicle(owner).with("lastServiceDate", "2020-01-01").with("soldHere", false).body())
                .post(shop.path("/vehicles")).then().statusCode(201).extract().path("id");
        com.fours.dms.reminder.OutreachReminders generator = jakarta.enterprise.inject.spi.CDI.current().select(com.fours.dms.reminder.OutreachReminders.class).get();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> generator.run(shop.code, java.time.ZoneId.of("Asia/Shanghai")));
        String id = shop.manager().queryParam("vehicleId", car).get(shop.path("/outreach")).then().statusCode(200)
                .extract().path("items.find { it.kind == 'LOST' }.id");
        Response r = shop.manager().get(shop.path("/outreach/" + id));
        r.then().statusCode(200);
        return r;
    }

    static final AtomicInteger pastPlan = new AtomicInteger();

    /**
     * A fresh progress check (R-REP-2): a 1-hour job of the matrix technician planned on a past morning
     * of its own (so nobody clocks on and nothing double-books), raised by the scheduler.
     */
    static Response progressCheck() {
        Map<String, Object> job = workshopJob(matrixTechnician);
        Instant start = Instant.parse("2026-11-20T00:30:00Z").minusSeconds(86_400L * pastPlan.getAndIncrement());
        shop.manager().header("If-Match", "\"" + job.get("version") + "\"")
                .body(Map.of("technicianId", matrixTechnician, "bayId", matrixBay, "plannedStart", start.toString(), "plannedEnd", start.plusSeconds(1800).toString()))
                .post(shop.path("/workshop/jobs/" + job.get("id") + "/assign")).then().statusCode(200);
        com.fours.dms.dispatch.ProgressCheckJobs jobs = jakarta.enterprise.inject.spi.CDI.current().select(com.fours.dms.dispatch.ProgressCheckJobs.class).get();
        for (int i = 0; i < 100 && jobs.raiseDue() > 0; i++) {
            // everything due in the shared database, until this one is raised too
        }
        Response page = shop.manager().queryParam("repairOrderId", (String) job.get("repairOrderId")).get(shop.path("/progress-checks"));
        Response check = shop.manager().get(shop.path("/progress-checks/" + page.then().statusCode(200).extract().path("items[0].id")));
        check.then().statusCode(200);
        return check;
    }

    static Response punch(RequestSpecification as, String action, Map<String, Object> body) {
        RequestSpecification req = as.header("Idempotency-Key", java.util.UUID.randomUUID().toString());
        if (body != null) {
            req.body(body);
        }
        return req.post(shop.path("/workshop/my/" + action));
    }

    /** The matrix technician clocks on a fresh job of theirs; returns the caller's request. */
    static RequestSpecification clockedOn(Caller c) {
        punch(new Caller(WORKSHOP).given(), "clock-on", Map.of("jobId", workshopJob(matrixTechnician).get("id"))).then().statusCode(200);
        return c.given();
    }

    static Approvals approvals() {
        return Approvals.in(shop);
    }

    /** A handed-over order with one reported item (brake pads); {@code ledgerEntryId} once decided. */
    record Reported(Response order, Response item, String ledgerEntryId) {
        String path(String rest) {
            return approvals().path(order, rest);
        }

        String itemPath(String rest) {
            return path("/supplementary-items/" + item.path("id") + rest);
        }
    }

    static Reported reported() {
        Response o = approvals().handedOver();
        return new Reported(o, approvals().report(o, Approvals.brakes()), null);
    }

    /** The customer declined the (safety-critical) item in person: a ledger entry with a signature, and an item for the delivery signature. */
    static Reported decided() {
        Reported r = reported();
        Response d = approvals().inPerson(r.order(), approvals().sheet(r.order()), List.of(Approvals.choice(r.item(), "DECLINED")));
        d.then().statusCode(200);
        return new Reported(r.order(), r.item(), d.path("ledgerEntryId"));
    }

    static String itemPhoto(String rest) {
        Reported r = reported();
        String id = inspections().uploading(shop.as(WORKSHOP), "m.png", Images.png(16, 16), "image/png").post(r.itemPath("/photos"))
                .then().statusCode(201).extract().path("photos[0].id");
        return r.itemPath("/photos/" + id + rest);
    }

    record Linked(Reported reported, String token, String photoId) {
        String publicPath(String rest) {
            return approvals().publicPath(token, rest);
        }
    }

    /** An active link to one item with one photo. */
    static Linked linked() {
        Reported r = reported();
        String photo = inspections().uploading(shop.as(WORKSHOP), "m.png", Images.png(16, 16), "image/png").post(r.itemPath("/photos"))
                .then().statusCode(201).extract().path("photos[0].id");
        return new Linked(r, approvals().token(approvals().sendLink(r.order())), photo);
    }

    static String linkedPhoto(String rest) {
        Linked l = linked();
        return l.publicPath("/photos/" + l.photoId() + rest);
    }

    /** A fresh start time for each booking, two hours apart from 2026-12-01 on, so capacity never runs out. */
    static String nextSlot() {
        int n = slot.getAndIncrement();
        return Instant.parse("2026-12-01T01:00:00Z").plusSeconds(86_400L * (n / 4) + 7_200L * (n % 4)).toString();
    }

    static Response appointment(String channel, boolean deposit) {
        Map<String, Object> b = shop.booking(shop.customerWithVehicle(), nextSlot());
        b.put("channel", channel);
        if (deposit) {
            b.put("parts", List.of(Map.of("partNumber", "P1", "description", "变速箱阀体", "quantity", 1, "unitPrice", "1000.00", "highValue", true)));
        }
        Response r = shop.as(ADVISOR).body(b).post(shop.path("/appointments"));
        r.then().statusCode(201);
        return r;
    }

    /** An appointment the caller may act on: an integrator's own booking, else a phone booking. */
    static Response bookedFor(Caller c) {
        if (!INTEGRATOR.equals(c.role())) {
            return appointment("PHONE", false);
        }
        Response r = Api.withToken(TestTokens.integrator(MATRIX_CLIENT, shop.code)).body(shop.booking(shop.customerWithVehicle(), nextSlot()))
                .post(shop.path("/appointments"));
        r.then().statusCode(201);
        return r;
    }

    /**
     * A fresh task (an advisor's "not ready" call, R-PRE-4) put in the caller's own queue by the
     * service manager, so a staff caller may work it; other callers find it in the advisors' queue.
     */
    static Response taskFor(Caller c) {
        String id = appointment("PHONE", false).path("id");
        shop.manager().header("If-Match", "\"0\"").body(readiness("NOT_READY")).put(shop.path("/appointments/" + id + "/readiness")).then().statusCode(200);
        Response found = shop.manager().queryParam("subjectId", id).get(shop.path("/tasks"));
        found.then().statusCode(200);
        String task = found.path("items[0].id");
        Response t = shop.manager().get(shop.path("/tasks/" + task));
        if (c.role() != null && STAFF.contains(c.role())) {
            t = shop.manager().header("If-Match", t.header("ETag")).body(Map.of("role", c.role())).post(shop.path("/tasks/" + task + "/assign"));
            t.then().statusCode(200);
        }
        return t;
    }

    static Response taskAction(Caller c, String action, Map<String, Object> body) {
        Response t = taskFor(c);
        var req = c.given().header("If-Match", t.header("ETag"));
        if (body != null) {
            req.body(body);
        }
        return req.post(shop.path("/tasks/" + t.path("id") + action));
    }

    static Response transition(Caller c, Response appointment, String action, Map<String, Object> body) {
        var req = c.given().header("If-Match", appointment.header("ETag"));
        if (body != null) {
            req.body(body);
        }
        return req.post(shop.path("/appointments/" + appointment.path("id") + action));
    }

    static Inspections inspections() {
        return Inspections.in(shop);
    }

    static String inspectionPath(Response order, String rest) {
        return inspections().path(order, rest);
    }

    /** The advisor starts the order's check-in inspection (no key, so nothing clashes). */
    static Response inspect(Response order) {
        return inspections().start(order, Inspections.body(null, null));
    }

    /** A walk-in order with its inspection started; returns the order. */
    static Response inspected() {
        Response o = walkIn();
        inspect(o);
        return o;
    }

    /** The path of a fresh photo of a fresh inspection, plus rest. */
    static String photo(String rest) {
        Response o = inspected();
        String id = inspections().upload(o, "m.png", Images.png(16, 16), "image/png").then().statusCode(201).extract().path("id");
        return inspectionPath(o, "/photos/" + id + rest);
    }

    static Response walkIn() {
        String[] cv = shop.customerWithVehicle();
        Response r = shop.as(ADVISOR).body(Map.of("customerId", cv[0], "vehicleId", cv[1], "requestedWork", "矩阵")).post(shop.path("/repair-orders"));
        r.then().statusCode(201);
        return r;
    }

    static Map<String, Object> roJob() {
        return Map.of("kind", "JOB", "payType", "CUSTOMER", "description", "矩阵工时", "hours", "1.0");
    }

    static Map<String, Object> roSignature() {
        return Map.of("signerName", "矩阵客户", "signaturePng", java.util.Base64.getEncoder().encodeToString(Images.png(60, 20)), "device", "矩阵平板");
    }

    static String matrixWorker;

    /** A self-check with every point in order, signed. */
    static Map<String, Object> selfCheck() {
        return Map.of("checklist", points(com.fours.dms.qualitycheck.Checklists.SELF_CHECK), "signaturePng", roSignature().get("signaturePng"));
    }

    static List<Map<String, Object>> points(List<String> codes) {
        return codes.stream().<Map<String, Object>>map(code -> Map.of("code", code, "ok", true)).toList();
    }

    /**
     * A job of `hours` handed to the second technician (login matrix-worker), clocked on, finished and
     * signed off by them: IN_QC when major (5 h), PASSED (its order in QUALITY_CHECK) when small. Returns the job id.
     */
    static String workedByTheOtherTechnician(String hours) {
        Response o = roAdvisor(roAdvisor(roAdvisor(walkIn(), "/lines", Map.of("kind", "JOB", "payType", "CUSTOMER", "description", "矩阵质检", "hours", hours)),
                "/submit-for-signature", Map.of()), "/sign", roSignature());
        roAdvisor(o, "/hand-over", Map.of("receiver", matrixWorker));
        List<Map<String, Object>> jobs = shop.manager().get(shop.path("/workshop/board")).then().statusCode(200).extract().path("jobs");
        String job = (String) jobs.stream().filter(j -> o.path("id").equals(j.get("repairOrderId"))).findFirst().orElseThrow().get("id");
        RequestSpecification worker = Api.withToken(TestTokens.token("matrix-worker", Set.of(WORKSHOP), shop.code));
        punch(Api.withToken(TestTokens.token("matrix-worker", Set.of(WORKSHOP), shop.code)), "clock-on", Map.of("jobId", job)).then().statusCode(200);
        punch(Api.withToken(TestTokens.token("matrix-worker", Set.of(WORKSHOP), shop.code)), "finish", Map.of("jobId", job)).then().statusCode(200);
        worker.body(selfCheck()).post(shop.path("/quality-check/jobs/" + job + "/self-check")).then().statusCode(200);
        return job;
    }

    static Map<String, Object> roPart() {
        return Map.of("kind", "PART", "payType", "CUSTOMER", "description", "矩阵配件", "partNumber", "MX-1", "quantity", "1", "unitPrice", "10.00",
                "supplier", "DEALER", "grade", "OEM");
    }

    static Response signedOrder() {
        return roAdvisor(roAdvisor(withJob(walkIn()), "/submit-for-signature", Map.of()), "/sign", roSignature());
    }

    static Response withJob(Response order) {
        return roAdvisor(order, "/lines", roJob());
    }

    /** The advisor moves the order on; the step must succeed. */
    static Response roAdvisor(Response order, String action, Map<String, Object> body) {
        Response r = roAction(new Caller(ADVISOR), order, action, body);
        r.then().statusCode(200);
        return r;
    }

    static Response roAction(Caller c, Response order, String action, Map<String, Object> body) {
        return c.given().header("If-Match", order.header("ETag")).body(body).post(shop.path("/repair-orders/" + order.path("id") + action));
    }

    static String cannedJobId;

    static synchronized String cannedJob() {
        if (cannedJobId == null) {
            Response r = shop.manager().body(cannedJobBody()).post(shop.path("/canned-jobs"));
            r.then().statusCode(201);
            cannedJobId = r.path("id");
        }
        return cannedJobId;
    }

    static Map<String, Object> cannedJobBody() {
        return Map.of("code", Fixtures.unique("C").toUpperCase(), "name", "矩阵标准作业", "active", true,
                "lines", List.of(Map.of("kind", "JOB", "description", "保养工时", "hours", "1.0")));
    }

    static Map<String, Object> matrixPart() {
        return com.fours.dms.support.Json.body(com.fours.dms.catalogue.api.Catalogue.oilFilter().partNumber(Fixtures.unique("MX")).build());
    }

    static Map<String, Object> matrixOperation() {
        return com.fours.dms.support.Json.body(com.fours.dms.catalogue.api.Catalogue.brakePadsJob().code(Fixtures.unique("OP")).build());
    }

    /** A fresh subscription of the matrix's integrator client in the matrix shop (to an address that refuses at once). */
    static String webhookSubscription() {
        return new Caller(INTEGRATOR).given().body(Map.of("url", "https://127.0.0.1:9/matrix", "eventTypes", List.of("RepairOrderSigned")))
                .post(shop.path("/webhook-subscriptions")).then().statusCode(201).extract().path("subscription.id");
    }

    static Response cataloguePart() {
        Response r = shop.manager().body(matrixPart()).post(shop.path("/catalogue/parts"));
        r.then().statusCode(201);
        return r;
    }

    static Response catalogueOperation() {
        Response r = shop.manager().body(matrixOperation()).post(shop.path("/catalogue/operations"));
        r.then().statusCode(201);
        return r;
    }

    static Response priceList(RequestSpecification as) {
        byte[] csv = ("part_number,name_zh,list_price\n" + Fixtures.unique("PL") + ",矩阵零件,12.50\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return as.contentType("multipart/form-data").multiPart("file", "matrix.csv", csv, "text/csv").queryParam("kind", "PARTS")
                .post(shop.path("/catalogue/imports"));
    }

    static String catalogueImport() {
        return priceList(shop.manager()).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> readiness(String parts) {
        return Map.of("technician", "READY", "parts", parts, "specialTools", "NOT_NEEDED", "technicalDocuments", "READY");
    }

    static Map<String, Object> serviceType() {
        return Map.of("code", Fixtures.unique("S").toUpperCase(), "name", "矩阵服务", "durationMinutes", 45, "bayType", "GENERAL", "skill", "MAINTENANCE", "active", false);
    }

    static Set<String> specOperations() {
        OpenAPI api = new OpenAPIV3Parser().read(Api.SPEC.toUri().toString());
        Set<String> ops = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach((PathItem.HttpMethod method) -> ops.add(method.name() + " " + path)));
        return ops;
    }

    @Test
    void everyOperationInTheContractHasAMatrixEntry() {
        Set<String> missing = new TreeSet<>(specOperations());
        missing.removeAll(matrix().keySet());
        assertTrue(missing.isEmpty(), "Operations without a role-matrix entry (add them to RoleMatrixTest): " + missing);
        Set<String> stale = new TreeSet<>(matrix().keySet());
        stale.removeAll(specOperations());
        assertTrue(stale.isEmpty(), "Matrix entries for operations not in the contract: " + stale);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsTheExpectedAnswer() {
        List<DynamicTest> tests = new ArrayList<>();
        String only = System.getProperty("matrix.only");
        matrix().forEach((op, c) -> {
            if (only != null && !op.contains(only)) {
                return;
            }
            int anonymous = c.open() ? c.success() : 401;
            tests.add(DynamicTest.dynamicTest(op + " as anonymous → " + anonymous,
                    () -> assertEquals(anonymous, c.call().apply(new Caller(null)).statusCode(), op)));
            for (String role : Roles.ALL) {
                int expected = c.allowed().contains(role) ? c.success() : 403;
                tests.add(DynamicTest.dynamicTest(op + " as " + role + " → " + expected, () -> {
                    Response r = c.call().apply(new Caller(role));
                    assertEquals(expected, r.statusCode(), op + " as " + role + ": " + r.asString());
                }));
            }
        });
        return tests.stream();
    }
}
