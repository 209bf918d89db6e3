package com.fours.dms.store.api;

import static org.hamcrest.Matchers.*;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoreResourceTest {

    @BeforeEach
    void stores() {
        Fixtures.stores();
    }

    @Test
    void meListsRolesAndOnlyTheStoresInTheToken() {
        Api.as(Roles.ADVISOR, Fixtures.STORE, "NOPE99").get("/api/me")
                .then().statusCode(200)
                .body("username", is("advisor-user"), "roles", contains("advisor"),
                        "stores.code", contains(Fixtures.STORE));
    }

    @Test
    void aStoreOutsideTheTokenIsNotFound() {
        Api.as(Roles.ADVISOR, Fixtures.STORE).get("/api/stores/" + Fixtures.OTHER_STORE)
                .then().statusCode(404).body("code", is("not-found"));
        Api.as(Roles.ADVISOR, Fixtures.STORE).get("/api/stores/" + Fixtures.STORE)
                .then().statusCode(200).header("ETag", matchesPattern("\"\\d+\"")).body("code", is(Fixtures.STORE));
    }

    @Test
    void managerOpensAStoreGrantedInTheTokenOnly() {
        String code = Fixtures.unique("T").toUpperCase();
        String token = TestTokens.token("boss", Set.of(Roles.SERVICE_MANAGER), Fixtures.STORE, code);
        Api.withToken(token).body(Map.of("code", code, "name", "测试店", "timezone", "Asia/Shanghai")).post("/api/stores")
                .then().statusCode(201).header("Location", endsWith("/api/stores/" + code)).body("currency", is("CNY"));
        Api.withToken(token).body(Map.of("code", code, "name", "again")).post("/api/stores")
                .then().statusCode(409).body("code", is("store-exists"));
        Api.withToken(token).body(Map.of("code", "ZZ" + code.substring(1), "name", "not mine")).post("/api/stores")
                .then().statusCode(403).body("code", is("store-not-in-token"));
    }

    @Test
    void storeChangeNeedsIfMatchAndRejectsUnknownZones() {
        String code = Fixtures.unique("U").toUpperCase();
        String token = TestTokens.token("boss", Set.of(Roles.SERVICE_MANAGER), code);
        Api.withToken(token).body(Map.of("code", code, "name", "测试店")).post("/api/stores").then().statusCode(201);
        Api.withToken(token).body(Map.of("name", "新名字")).put("/api/stores/" + code)
                .then().statusCode(428).body("code", is("precondition-required"));
        Api.withToken(token).header("If-Match", "\"0\"").body(Map.of("name", "新名字", "timezone", "Mars/Olympus")).put("/api/stores/" + code)
                .then().statusCode(400).body("violations.field", contains("timezone"));
        Api.withToken(token).header("If-Match", "\"0\"").body(Map.of("name", "新名字", "timezone", "Asia/Urumqi")).put("/api/stores/" + code)
                .then().statusCode(200).header("ETag", is("\"1\"")).body("name", is("新名字"), "timezone", is("Asia/Urumqi"));
    }
}
