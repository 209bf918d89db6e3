package com.fours.dms.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an operator's probes and scrapers see. */
@QuarkusTest
class OperationsEndpointsTest {
    @Test
    void healthReportsTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"), "checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/api/me");
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds"), containsString("jvm_memory_used_bytes"));
    }
}
