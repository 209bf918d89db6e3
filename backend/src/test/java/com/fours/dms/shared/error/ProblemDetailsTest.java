package com.fours.dms.shared.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error is application/problem+json with type, title, status, code — framework errors too. */
@QuarkusTest
class ProblemDetailsTest {
    static final String CUSTOMERS = "/api/stores/" + Fixtures.STORE + "/customers";

    @BeforeEach
    void stores() {
        Fixtures.stores();
    }

    @Test
    void malformedJsonIsA400ProblemNotAStackTrace() {
        Api.as(Roles.ADVISOR).body("{\"name\": \"张伟\", ").post(CUSTOMERS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("malformed-json"), "status", is(400), "type", is("/problems/malformed-json"),
                        "instance", is(CUSTOMERS), "detail", not(containsString("Exception")));
    }

    @Test
    void wrongValueTypeNamesTheField() {
        Api.as(Roles.ADVISOR).body("{\"type\": \"ALIEN\", \"name\": \"x\", \"phones\": [\"13812345678\"], \"preferredContact\": \"PHONE\"}")
                .post(CUSTOMERS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("validation-failed"), "violations.field", hasItem("type"));
    }

    @Test
    void validationListsEveryInvalidField() {
        Api.as(Roles.ADVISOR).body(Fixtures.aCustomer().named(" ").phones("12345", "13812345678").with("email", "not-mail").body())
                .post(CUSTOMERS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("validation-failed"), "title", is("Request is not valid"),
                        "violations.field", hasItems("name", "phones[0]", "email"),
                        "violations.find { it.field == 'phones[0]' }.message", containsString("mobile"));
    }

    @Test
    void wrongContentTypeIs415() {
        Api.as(Roles.ADVISOR).contentType(ContentType.TEXT).body("name=张伟").post(CUSTOMERS)
                .then().statusCode(415).contentType("application/problem+json").body("code", is("unsupported-media-type"));
    }

    @Test
    void aBodyOverTheHttpLimitIsA413Problem() {
        // quarkus.http.limits.max-body-size = 12M; one byte more, with its Content-Length declared
        byte[] body = new byte[12 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        given().auth().oauth2(TestTokens.token("advisor-user", java.util.Set.of(Roles.ADVISOR), Fixtures.STORE))
                .contentType(ContentType.JSON).body(body).post(CUSTOMERS)
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", is("payload-too-large"), "status", is(413), "type", is("/problems/payload-too-large"));
    }

    @Test
    void unknownRouteIs404Problem() {
        Api.as(Roles.ADVISOR).get("/api/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json").body("code", is("not-found"), "status", is(404));
        given().get("/definitely/not/here")
                .then().statusCode(404).contentType("application/problem+json").body("code", is("not-found"));
    }

    @Test
    void unknownRecordIs404ProblemWithDetail() {
        Api.as(Roles.ADVISOR).get(CUSTOMERS + "/0193f1f0-0000-7000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", is("not-found"), "detail", containsString("Customer"));
    }

    @Test
    void malformedIdIs404NotA500() {
        Api.as(Roles.ADVISOR).get(CUSTOMERS + "/not-a-uuid")
                .then().statusCode(anyOf(is(400), is(404))).contentType("application/problem+json");
    }

    /**
     * Quarkus REST answers 405 where one resource class owns the path; where several classes share
     * the /api/stores/{store} prefix it answers 404. Either way it is a problem, never an empty body.
     */
    @Test
    void unsupportedMethodIsAProblem() {
        Api.as(Roles.ADVISOR).delete("/api/me")
                .then().statusCode(405).contentType("application/problem+json").body("code", is("method-not-allowed"));
        Api.as(Roles.ADVISOR).delete(CUSTOMERS)
                .then().statusCode(anyOf(is(404), is(405))).contentType("application/problem+json").body("code", anyOf(is("not-found"), is("method-not-allowed")));
    }

    @Test
    void missingTokenIs401WithChallenge() {
        Api.anonymous().get(CUSTOMERS)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer")).body("code", is("unauthenticated"));
    }

    @Test
    void forgedTokenIs401() {
        String token = TestTokens.forRole(Roles.ADVISOR);
        String forged = token.substring(0, token.length() - 6) + "AAAAAA";
        Api.withToken(forged).get(CUSTOMERS)
                .then().statusCode(401).contentType("application/problem+json").body("code", is("unauthenticated"));
    }

    @Test
    void wrongRoleIs403() {
        Api.as(Roles.CASHIER).body(Fixtures.aCustomer().body()).post(CUSTOMERS)
                .then().statusCode(403).contentType("application/problem+json").body("code", is("forbidden"));
    }
}
