package com.fours.dms.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * What an operator's probes and scrapers see (issue 15): health, metrics, the OpenAPI document and
 * Swagger UI on the management port; on the public port only the API and the spec document.
 */
@QuarkusTest
class OperationsEndpointsTest {
    /** The management interface's root, e.g. http://localhost:9000/q (a random port in tests). */
    @TestHTTPResource(value = "/", management = true)
    URL managementRoot;
    String management;

    @org.junit.jupiter.api.BeforeEach
    void base() {
        management = managementRoot.toString().replaceAll("/+$", "");
    }

    @Test
    void healthReportsTheDatabaseOnTheManagementPort() {
        given().get(management + "/health/ready").then().statusCode(200)
                .body("status", is("UP"), "checks.name", hasItem(containsString("Database")));
        given().get(management + "/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void metricsArePrometheusTextOnTheManagementPort() {
        given().get("/api/me");
        given().accept("text/plain").get(management + "/metrics").then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds"), containsString("jvm_memory_used_bytes"),
                        containsString("agroal_active_count"));
    }

    @Test
    void swaggerUiAndTheSpecAreOnTheManagementPort() {
        given().get(management + "/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
        given().accept("application/yaml").get(management + "/openapi").then().statusCode(200)
                .body(containsString("openapi: 3.1"));
    }

    @Test
    void thePublicPortServesTheApiAndTheSpecDocumentButNoManagementEndpoint() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics", "/q/swagger-ui", "/q/swagger-ui/", "/q/dev-ui"}) {
            given().get(path).then().statusCode(404).contentType("application/problem+json").body("code", is("not-found"));
        }
        String publicSpec = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        String managementSpec = given().accept("application/yaml").get(management + "/openapi").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(managementSpec, publicSpec, "both ports serve the same document");
        given().accept("application/json").get("/q/openapi").then().statusCode(200).body("info.title", containsString("After-Sales"));
        given().get("/q/openapi.json").then().statusCode(200).contentType(containsString("json"));
    }
}
