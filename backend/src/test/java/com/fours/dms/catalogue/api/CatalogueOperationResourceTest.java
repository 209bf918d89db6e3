package com.fours.dms.catalogue.api;

import static org.hamcrest.Matchers.*;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Json;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 8 (R-CHK-4): labour operations with their vehicle system and flat-rate hours per model family. */
@QuarkusTest
class CatalogueOperationResourceTest {
    @Inject
    MutableClock clock;

    Catalogue cat;

    @BeforeEach
    void store() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        cat = Catalogue.open();
    }

    @Test
    void anOperationKeepsItsSystemSkillBayTypeAndModelFamilyHours() {
        Response r = cat.createOperation(Catalogue.brakePadsJob().bayType(com.fours.dms.workshop.BayType.GENERAL).build());
        r.then().statusCode(201).body("code", is("BRK-PAD-F"), "system", is("BRAKES"), "defaultHours", is(1.20f), "modelHours[0].modelFamily", is("帕萨特"),
                "modelHours[0].hours", is(1.40f), "skill", is("MAINTENANCE"), "bayType", is("GENERAL"));
        cat.createOperation(Catalogue.brakePadsJob().code("brk-pad-f").build()).then().statusCode(409).body("code", is("catalogue-operation-exists"));
    }

    @Test
    void searchGivesTheHoursOfTheVehiclesModelFamily() {
        cat.operation(Catalogue.brakePadsJob());
        cat.shop.as(Roles.ADVISOR).queryParam("q", "ghqscp").queryParam("model", "大众 帕萨特 2.0T").get(cat.path("/operations")).then().statusCode(200)
                .body("items.code", contains("BRK-PAD-F"), "items[0].hours", is(1.40f), "items[0].modelFamily", is("帕萨特"), "items[0].defaultHours", is(1.20f));
        cat.shop.as(Roles.ADVISOR).queryParam("q", "brake").queryParam("model", "丰田 卡罗拉").get(cat.path("/operations")).then().statusCode(200)
                .body("items[0].hours", is(1.20f), "items[0].modelFamily", nullValue());
        cat.shop.as(Roles.ADVISOR).queryParam("q", "刹车").get(cat.path("/operations")).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aChangeOfModelHoursMovesTheVersionAndIsAudited() {
        String id = cat.operation(Catalogue.brakePadsJob());
        Object body = Catalogue.brakePadsJob().modelHours(List.of(new CatalogueApi.ModelHours("帕萨特", new BigDecimal("1.5")),
                new CatalogueApi.ModelHours("迈腾", new BigDecimal("1.6")))).build();
        cat.shop.manager().header("If-Match", "\"0\"").body(Json.body(body)).put(cat.path("/operations/" + id)).then().statusCode(200)
                .header("ETag", is("\"1\"")).body("modelHours.modelFamily", contains("帕萨特", "迈腾"));
        cat.shop.manager().queryParam("entityId", id).get(cat.shop.path("/audit-entries")).then().statusCode(200).body("items.action", hasItems("created", "updated"));
    }

    @Test
    void aModelFamilyTwiceAndBadCodesAreNamed() {
        Map<String, Object> body = Json.body(Catalogue.brakePadsJob().modelHours(List.of(new CatalogueApi.ModelHours("帕萨特", BigDecimal.ONE),
                new CatalogueApi.ModelHours("帕萨特", BigDecimal.TEN))).build());
        cat.shop.manager().body(body).post(cat.path("/operations")).then().statusCode(400).body("violations.field", contains("modelHours[1].modelFamily"));
        body = Json.body(Catalogue.brakePadsJob().build());
        body.put("skill", "maintenance");
        body.put("defaultHours", 0);
        body.put("system", "WINGS");
        cat.shop.manager().body(body).post(cat.path("/operations")).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyTheManagerWritesOperations() {
        cat.shop.as(Roles.ADVISOR).body(Json.body(Catalogue.brakePadsJob().build())).post(cat.path("/operations")).then().statusCode(403);
        String id = cat.operation(Catalogue.brakePadsJob());
        cat.shop.as(Roles.WORKSHOP).get(cat.path("/operations/" + id)).then().statusCode(200).header("ETag", is("\"0\""));
    }
}
