package com.fours.dms.catalogue.api;

import static org.hamcrest.Matchers.*;

import com.fours.dms.catalogue.Grade;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.Json;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 8: the parts price list through the API — create, change, search as you type, supersession, stock, audit, store isolation. */
@QuarkusTest
class CataloguePartResourceTest {
    @Inject
    MutableClock clock;

    Catalogue cat;

    @BeforeEach
    void store() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        cat = Catalogue.open();
    }

    @Test
    void theManagerAddsAPartWithStockAndEveryoneReadsIt() {
        Response created = cat.createPart(Catalogue.oilFilter().build());
        created.then().statusCode(201).header("Location", endsWith("/catalogue/parts/" + created.path("id"))).header("ETag", is("\"0\""))
                .body("partNumber", is("06L-115-562B"), "grade", is("OEM"), "listPrice", is(85.00f), "taxClass", is("STANDARD"), "criticalSystem", is(false),
                        "active", is(true), "stock.onHand", is(10.00f), "stock.reserved", is(0f), "stock.available", is(10.00f), "stock.reorder", is(false));
        String id = created.path("id");
        for (String role : List.of(Roles.ADVISOR, Roles.WORKSHOP, Roles.CASHIER)) {
            cat.shop.as(role).get(cat.path("/parts/" + id)).then().statusCode(200).body("nameZh", is("机油滤清器"), "cost", is(52.30f));
        }
        Api.withToken(TestTokens.integrator("oem-parts", cat.shop.code)).get(cat.path("/parts/" + id)).then().statusCode(200);
        cat.shop.manager().queryParam("entityType", "catalogue-part").get(cat.shop.path("/audit-entries")).then().statusCode(200)
                .body("items.action", hasItem("created"), "items.entityId", hasItem(id));
    }

    @Test
    void aNumberIsUniqueIgnoringDashesAndSpaces() {
        cat.part(Catalogue.oilFilter());
        cat.createPart(Catalogue.oilFilter().partNumber("06L 115562b").build()).then().statusCode(409)
                .contentType("application/problem+json").body("code", is("catalogue-part-exists"));
    }

    @Test
    void badFieldsAreNamed() {
        Map<String, Object> body = Json.body(Catalogue.oilFilter().build());
        body.put("listPrice", "-1");
        body.remove("grade");
        body.put("partNumber", "零件#1");
        cat.shop.manager().body(body).post(cat.path("/parts")).then().statusCode(400).contentType("application/problem+json")
                .body("code", is("validation-failed"), "violations.field", hasItems("listPrice", "grade", "partNumber"));
    }

    @Test
    void searchFindsByNumberWithoutDashesNameEnglishNameAndPinyinInitials() {
        cat.part(Catalogue.oilFilter());
        cat.part(Catalogue.aftermarketPads());
        for (String q : List.of("06L115", "06l-115", "机油", "oil fil", "jylq", "JYLQQ")) {
            cat.shop.as(Roles.ADVISOR).queryParam("q", q).get(cat.path("/parts")).then().statusCode(200)
                    .body("items.partNumber", contains("06L-115-562B"), "items[0].listPrice", is(85.00f), "items[0].available", is(10.00f));
        }
        cat.shop.as(Roles.ADVISOR).queryParam("q", "qscp").get(cat.path("/parts")).then().statusCode(200)
                .body("items.partNumber", contains("BP-4411"), "items[0].grade", is("AFTERMARKET"), "items[0].criticalSystem", is(true));
        cat.shop.as(Roles.ADVISOR).queryParam("q", "100%_").get(cat.path("/parts")).then().statusCode(200).body("items", empty());
        cat.shop.as(Roles.ADVISOR).queryParam("q", "x".repeat(101)).get(cat.path("/parts")).then().statusCode(400).body("violations.field", contains("q"));
    }

    @Test
    void searchPagesInPartNumberOrderWithTheSharedCursor() {
        for (int i = 0; i < 5; i++) {
            cat.part(Catalogue.oilFilter().partNumber("P-00" + i).nameZh("滤芯" + i));
        }
        Response first = cat.shop.as(Roles.ADVISOR).queryParam("q", "滤芯").queryParam("limit", 2).get(cat.path("/parts"));
        first.then().statusCode(200).body("items.partNumber", contains("P-000", "P-001"), "nextCursor", notNullValue());
        cat.shop.as(Roles.ADVISOR).queryParam("q", "滤芯").queryParam("limit", 2).queryParam("cursor", first.<String>path("nextCursor")).get(cat.path("/parts"))
                .then().statusCode(200).body("items.partNumber", contains("P-002", "P-003"));
        cat.shop.as(Roles.ADVISOR).queryParam("cursor", "not-a-cursor").get(cat.path("/parts")).then().statusCode(400).body("violations.field", contains("cursor"));
        cat.shop.as(Roles.ADVISOR).queryParam("limit", 101).get(cat.path("/parts")).then().statusCode(400).body("violations.field", contains("limit"));
    }

    @Test
    void searchingAnOldNumberFindsTheNewPartAndTheOldOneIsLeftOut() {
        String old = cat.part(Catalogue.oilFilter().partNumber("06L115562").nameZh("机油滤清器（旧）"));
        String replacement = cat.part(Catalogue.oilFilter().supersedes(List.of("06L115562")));
        cat.shop.as(Roles.ADVISOR).queryParam("q", "06L115562").get(cat.path("/parts")).then().statusCode(200)
                .body("items.id", contains(replacement), "items[0].supersedes", contains("06L115562"));
        cat.shop.as(Roles.SERVICE_MANAGER).queryParam("q", "06L115562").queryParam("superseded", true).get(cat.path("/parts")).then().statusCode(200)
                .body("items.id", containsInAnyOrder(old, replacement));
        cat.shop.as(Roles.ADVISOR).get(cat.path("/parts/" + old)).then().statusCode(200).body("supersededBy", is("06L-115-562B"));
        cat.createPart(Catalogue.aftermarketPads().supersedes(List.of("06L-115-562")).build()).then().statusCode(409)
                .body("code", is("supersession-exists"), "violations.field", contains("supersedes[0]"));
        cat.createPart(Catalogue.aftermarketPads().supersedes(List.of("BP 4411")).build()).then().statusCode(400).body("violations.field", contains("supersedes[0]"));
    }

    @Test
    void changesNeedIfMatchAreAuditedAndOnHandNeverGoesBelowReserved() {
        Response created = cat.createPart(Catalogue.oilFilter().build());
        String id = created.path("id");
        Object body = Catalogue.oilFilter().listPrice(new BigDecimal("88.00")).build();
        cat.shop.manager().body(Json.body(body)).put(cat.path("/parts/" + id)).then().statusCode(428);
        cat.shop.manager().header("If-Match", "\"7\"").body(Json.body(body)).put(cat.path("/parts/" + id)).then().statusCode(412);
        cat.shop.manager().header("If-Match", "\"0\"").body(Json.body(body)).put(cat.path("/parts/" + id)).then().statusCode(200)
                .header("ETag", is("\"1\"")).body("listPrice", is(88.00f));
        // Only a stock figure changes: the part's version still moves.
        cat.shop.manager().header("If-Match", "\"1\"").body(Json.body(Catalogue.oilFilter().listPrice(new BigDecimal("88.00")).onHand(new BigDecimal("4")).build()))
                .put(cat.path("/parts/" + id)).then().statusCode(200).header("ETag", is("\"2\"")).body("stock.onHand", is(4.00f), "stock.reorder", is(false));
        cat.shop.manager().queryParam("entityId", id).get(cat.shop.path("/audit-entries")).then().statusCode(200)
                .body("items.action", hasItems("created", "updated"));
    }

    @Test
    void onlyTheServiceManagerWritesAndAnotherStoreSeesNothing() {
        cat.shop.as(Roles.ADVISOR).body(Json.body(Catalogue.oilFilter().build())).post(cat.path("/parts")).then().statusCode(403);
        String id = cat.part(Catalogue.oilFilter());
        Catalogue other = Catalogue.open();
        String token = TestTokens.token("manager-other", Set.of(Roles.SERVICE_MANAGER), other.shop.code);
        Api.withToken(token).get(other.shop.path("/catalogue/parts/" + id)).then().statusCode(404).body("code", is("not-found"));
        Api.withToken(token).get(cat.path("/parts")).then().statusCode(404).body("code", is("not-found"));
        Api.withToken(token).get(other.shop.path("/catalogue/parts")).then().statusCode(200).body("items", empty());
    }

    @Test
    void anAftermarketGradeNeedsNoCostAndKeepsItsTaxClass() {
        Response r = cat.createPart(Catalogue.aftermarketPads().cost(null).taxClass(com.fours.dms.catalogue.TaxClass.REDUCED).grade(Grade.AFTERMARKET).build());
        r.then().statusCode(201).body("cost", nullValue(), "taxClass", is("REDUCED"), "stock.reorder", is(false));
    }
}
