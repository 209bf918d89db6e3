package com.fours.dms.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Issue 12: a misspelt or unsupported query parameter is refused, never silently ignored (which would return everything). */
@QuarkusTest
class UnknownQueryParameterTest {

    @Test
    void aMisspeltFilterIsRefusedNamingItAndTheKnownOnes() {
        BookingStore shop = BookingStore.open();
        shop.as(Roles.ADVISOR).queryParam("status", "OPEN").get(shop.path("/repair-orders")).then().statusCode(200);
        io.restassured.RestAssured.given().auth().oauth2(com.fours.dms.support.TestTokens.token("a", java.util.Set.of(Roles.ADVISOR), shop.code))
                .queryParam("stauts", "OPEN").queryParam("status", "OPEN").get(shop.path("/repair-orders")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("unknown-query-parameter"), "violations.field", contains("stauts"), "violations[0].message", containsString("status"));
        // Unchecked against the spec here: the point is a request the contract does not describe.
        io.restassured.RestAssured.given().auth().oauth2(com.fours.dms.support.TestTokens.token("m", java.util.Set.of(Roles.SERVICE_MANAGER), shop.code))
                .queryParam("cursor", "x").get(shop.path("/settings")).then().statusCode(400)
                .body("violations.field", contains("cursor"), "violations[0].message", containsString("takes none"));
    }
}
