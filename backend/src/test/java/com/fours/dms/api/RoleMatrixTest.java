package com.fours.dms.api;

import static com.fours.dms.shared.security.Roles.*;
import static com.fours.dms.support.Fixtures.aCustomer;
import static com.fours.dms.support.Fixtures.aVehicle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.Fixtures;
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
    static final Set<String> WRITE = Set.of(ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER);
    static final Set<String> CREATE = Set.of(ADVISOR, CUSTOMER_SERVICE, SERVICE_MANAGER, INTEGRATOR);

    /** How to call one operation as a caller (given() already carries the caller's token). */
    record Case(Set<String> allowed, int success, Function<Caller, Response> call) {}

    /** A caller: a role (null = anonymous) that can add stores to its token. */
    record Caller(String role) {
        RequestSpecification given(String... extraStores) {
            if (role == null) {
                return Api.anonymous();
            }
            List<String> stores = new ArrayList<>(List.of(Fixtures.STORE, Fixtures.OTHER_STORE));
            stores.addAll(List.of(extraStores));
            return Api.withToken(TestTokens.token(role + "-user", Set.of(role), stores.toArray(String[]::new)));
        }
    }

    static String customer;
    static String otherCustomer;
    static String vehicle;

    @BeforeEach
    void fixtures() {
        Fixtures.stores();
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
        m.put("GET /api/stores/{store}/customers", new Case(READ, 200, c -> c.given().get(S + "/customers")));
        m.put("POST /api/stores/{store}/customers", new Case(CREATE, 201, c -> c.given().body(aCustomer().body()).post(S + "/customers")));
        m.put("GET /api/stores/{store}/customers/{id}", new Case(READ, 200, c -> c.given().get(S + "/customers/" + customer)));
        m.put("PUT /api/stores/{store}/customers/{id}", new Case(WRITE, 200, c -> {
            String etag = c.given().get(S + "/customers/" + customer).header("ETag");
            return c.given().header("If-Match", etag == null ? "\"0\"" : etag).body(aCustomer().named("矩阵客户").body())
                    .put(S + "/customers/" + customer);
        }));
        m.put("GET /api/stores/{store}/customers/{id}/vehicles", new Case(READ, 200, c -> c.given().get(S + "/customers/" + customer + "/vehicles")));
        m.put("GET /api/stores/{store}/vehicles", new Case(READ, 200, c -> c.given().get(S + "/vehicles")));
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
        m.put("GET /api/stores/{store}/vehicles/{id}/ownerships", new Case(READ, 200, c -> c.given().get(S + "/vehicles/" + vehicle + "/ownerships")));
        m.put("GET /api/stores/{store}/vehicles/{id}/service-history", new Case(READ, 200, c -> c.given().get(S + "/vehicles/" + vehicle + "/service-history")));
        m.put("GET /api/stores/{store}/audit-entries", new Case(Set.of(SERVICE_MANAGER), 200, c -> c.given().get(S + "/audit-entries")));
        return m;
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
        matrix().forEach((op, c) -> {
            tests.add(DynamicTest.dynamicTest(op + " as anonymous → 401",
                    () -> assertEquals(401, c.call().apply(new Caller(null)).statusCode(), op)));
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
