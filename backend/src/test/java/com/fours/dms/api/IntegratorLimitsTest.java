package com.fours.dms.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.shared.security.IntegratorScopes;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;

/**
 * Issue 12, client scopes and limits: an integrator may use only the operation groups its
 * Keycloak client grants (claim dms_scopes), and each client is held to its requests a minute
 * with 429 and Retry-After; staff are not limited.
 */
@QuarkusTest
class IntegratorLimitsTest {
    @Inject
    MutableClock clock;

    BookingStore shop;

    @BeforeEach
    void open() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        shop = BookingStore.open();
    }

    private RequestSpecification client(String id, List<String> scopes, Map<String, Object> claims) {
        return Api.withToken(TestTokens.integrator(id, scopes, claims, shop.code));
    }

    @Test
    void aClientWithoutAScopeIsRefusedThatGroupAndNamesIt() {
        List<String> bookOnly = List.of(IntegratorScopes.BOOK);
        client("booking-only", bookOnly, Map.of()).get(shop.path("/service-types")).then().statusCode(200);
        client("booking-only", bookOnly, Map.of()).queryParam("from", "2026-11-24").queryParam("to", "2026-11-24").get(shop.path("/appointments"))
                .then().statusCode(200);
        client("booking-only", bookOnly, Map.of()).queryParam("plate", "京A12345").get(shop.path("/vehicles/lookup")).then().statusCode(403)
                .contentType("application/problem+json").body("code", is("integrator-scope"), "detail", containsString("dms:archive"));
        client("booking-only", bookOnly, Map.of()).get(shop.path("/webhook-subscriptions")).then().statusCode(403)
                .body("detail", containsString("dms:webhooks"));
        client("booking-only", bookOnly, Map.of()).get(shop.path("/events")).then().statusCode(403);
        client("booking-only", bookOnly, Map.of()).get(shop.path("/catalogue/parts")).then().statusCode(403)
                .body("detail", containsString("dms:catalogue"));
        // The same client granted the archive scope finds the vehicle's look-up open.
        client("booking-only", List.of(IntegratorScopes.BOOK, IntegratorScopes.ARCHIVE), Map.of()).queryParam("plate", "京A12345")
                .get(shop.path("/vehicles/lookup")).then().statusCode(200);
    }

    @Test
    void aClientOverItsRateIs429WithRetryAfterUntilTheBucketRefills() {
        Map<String, Object> three = Map.of("rate_limit_per_minute", 3);
        List<String> all = IntegratorScopes.ALL;
        List<String> remaining = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Response r = client("slow-crm", all, three).get(shop.path("/service-types"));
            assertEquals(200, r.statusCode(), r.asString());
            assertEquals("3", r.header("RateLimit-Limit"));
            remaining.add(r.header("RateLimit-Remaining"));
        }
        assertEquals(List.of("2", "1", "0"), remaining);
        Response over = client("slow-crm", all, three).get(shop.path("/service-types"));
        assertEquals(429, over.statusCode(), over.asString());
        assertEquals("application/problem+json", over.contentType());
        assertEquals("rate-limited", over.path("code"));
        int retryAfter = Integer.parseInt(over.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "one request comes back within 20 s at 3 a minute: " + retryAfter);
        // Another client is not held back by this one; staff are not limited.
        client("fast-crm", all, three).get(shop.path("/service-types")).then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            shop.as(Roles.ADVISOR).get(shop.path("/service-types")).then().statusCode(200);
        }
        clock.advance(Duration.ofSeconds(retryAfter));
        client("slow-crm", all, three).get(shop.path("/service-types")).then().statusCode(200);
        client("slow-crm", all, three).get(shop.path("/service-types")).then().statusCode(429);
    }

    @Test
    void everyOperationOpenToIntegratorsNamesItsScopeAndDocuments429() {
        OpenAPI spec = new OpenAPIV3Parser().read(Api.SPEC.toString());
        int open = 0;
        for (var path : spec.getPaths().entrySet()) {
            for (var op : path.getValue().readOperationsMap().entrySet()) {
                Map<String, Object> ext = op.getValue().getExtensions();
                Object roles = ext == null ? null : ext.get("x-roles");
                if (!(roles instanceof List<?> list) || !list.contains("integrator")) {
                    continue;
                }
                open++;
                String where = op.getKey() + " " + path.getKey();
                assertTrue(IntegratorScopes.ALL.contains(ext.get("x-integrator-scope")), where + " names its integrator scope");
                assertTrue(op.getValue().getResponses().containsKey("429"), where + " documents 429");
            }
        }
        assertTrue(open >= 25, "operations open to integrators: " + open);
    }
}
