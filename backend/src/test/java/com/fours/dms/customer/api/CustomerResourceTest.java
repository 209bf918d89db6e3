package com.fours.dms.customer.api;

import static com.fours.dms.support.Fixtures.aCustomer;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomerResourceTest {
    static final String CUSTOMERS = "/api/stores/" + Fixtures.STORE + "/customers";

    @BeforeEach
    void stores() {
        Fixtures.stores();
    }

    @Test
    void advisorRegistersACustomerWithNormalisedPhones() {
        String name = Fixtures.unique("李娜");
        Api.as(Roles.ADVISOR).body(aCustomer().named(name).phones("+86 138 1234 5678", "010-62345678").with("clubMember", true).body())
                .post(CUSTOMERS)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/stores/BJ01/customers/[0-9a-f-]{36}"))
                .header("ETag", is("\"0\""))
                .body("name", is(name), "phones", contains("13812345678", "010-62345678"), "clubMember", is(true),
                        "storeCode", is("BJ01"), "version", is(0));
    }

    @Test
    void companyCustomerNeedsACompanyName() {
        Api.as(Roles.ADVISOR).body(aCustomer().with("type", "COMPANY").body()).post(CUSTOMERS)
                .then().statusCode(400).body("violations.field", contains("companyName"));
        Api.as(Roles.CUSTOMER_SERVICE).body(aCustomer().company("北京顺达物流有限公司").body()).post(CUSTOMERS)
                .then().statusCode(201).body("type", is("COMPANY"), "companyName", is("北京顺达物流有限公司"));
    }

    @Test
    void updateNeedsIfMatchAndRefusesAStaleVersion() {
        String id = aCustomer().create();
        Map<String, Object> changed = aCustomer().named("王芳").body();
        Api.as(Roles.ADVISOR).body(changed).put(CUSTOMERS + "/" + id)
                .then().statusCode(428).body("code", is("precondition-required"));
        String etag = Api.as(Roles.ADVISOR).get(CUSTOMERS + "/" + id).then().statusCode(200).extract().header("ETag");
        Api.as(Roles.ADVISOR).header("If-Match", etag).body(changed).put(CUSTOMERS + "/" + id)
                .then().statusCode(200).header("ETag", is("\"1\"")).body("name", is("王芳"), "version", is(1));
        // A second tablet still holding the old ETag must not overwrite the first change.
        Api.as(Roles.ADVISOR).header("If-Match", etag).body(aCustomer().named("赵强").body()).put(CUSTOMERS + "/" + id)
                .then().statusCode(412).body("code", is("precondition-failed"));
        Api.as(Roles.ADVISOR).get(CUSTOMERS + "/" + id).then().body("name", is("王芳"));
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswerAndCreatesOneRow() {
        String key = UUID.randomUUID().toString();
        String name = Fixtures.unique("重试");
        Map<String, Object> body = aCustomer().named(name).body();
        Response first = Api.as(Roles.ADVISOR).header("Idempotency-Key", key).body(body).post(CUSTOMERS);
        Response replay = Api.as(Roles.ADVISOR).header("Idempotency-Key", key).body(body).post(CUSTOMERS);
        first.then().statusCode(201);
        replay.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", is(first.header("Location"))).header("ETag", is(first.header("ETag")));
        assertEquals(first.<String>path("id"), replay.<String>path("id"));
        Api.as(Roles.ADVISOR).queryParam("q", name).get(CUSTOMERS).then().body("items", hasSize(1));

        Api.as(Roles.ADVISOR).header("Idempotency-Key", key).body(aCustomer().named(name + "x").body()).post(CUSTOMERS)
                .then().statusCode(422).body("code", is("idempotency-key-reused"));
    }

    @Test
    void searchFindsByNamePrefixAndPhonePrefix() {
        String name = Fixtures.unique("欧阳");
        String phone = Fixtures.randomMobile();
        aCustomer().named(name).phones(phone).create();
        Api.as(Roles.WORKSHOP).queryParam("q", name.substring(0, name.length() - 2)).get(CUSTOMERS)
                .then().statusCode(200).body("items.name", hasItem(name));
        Api.as(Roles.CASHIER).queryParam("q", phone.substring(0, 9)).get(CUSTOMERS)
                .then().statusCode(200).body("items.phones.flatten()", hasItem(phone));
        String company = Fixtures.unique("顺达物流");
        aCustomer().company(company).create();
        Api.as(Roles.ADVISOR).queryParam("q", company.substring(0, company.length() - 3)).get(CUSTOMERS)
                .then().statusCode(200).body("items.companyName", hasItem(company));
        Api.as(Roles.CASHIER).queryParam("q", "%").get(CUSTOMERS)
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void pagesWalkEveryRecordOnceInCreationOrderAndBoundTheSize() {
        String prefix = Fixtures.unique("翻页");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(aCustomer().named(prefix + i).create());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var req = Api.as(Roles.ADVISOR).queryParam("q", prefix).queryParam("limit", 2);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            Response page = req.get(CUSTOMERS);
            page.then().statusCode(200).body("items.size()", lessThanOrEqualTo(2));
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(created, seen);
        assertEquals(3, pages);

        Api.as(Roles.ADVISOR).queryParam("limit", 101).get(CUSTOMERS)
                .then().statusCode(400).body("violations.field", contains("limit"));
        Api.as(Roles.ADVISOR).queryParam("limit", 0).get(CUSTOMERS)
                .then().statusCode(400).body("violations.field", contains("limit"));
        Api.as(Roles.ADVISOR).queryParam("cursor", "garbage!").get(CUSTOMERS)
                .then().statusCode(400).body("violations.field", contains("cursor"));
    }

    @Test
    void anotherStoresCustomerIsNotFound() {
        String id = aCustomer().create();
        Api.as(Roles.ADVISOR, Fixtures.OTHER_STORE).get(CUSTOMERS + "/" + id)
                .then().statusCode(404);
        Api.as(Roles.ADVISOR, Fixtures.OTHER_STORE).get("/api/stores/" + Fixtures.OTHER_STORE + "/customers/" + id)
                .then().statusCode(404).body("code", is("not-found"));
        Api.as(Roles.SERVICE_MANAGER, Fixtures.STORE, Fixtures.OTHER_STORE)
                .get("/api/stores/" + Fixtures.OTHER_STORE + "/customers/" + id)
                .then().statusCode(404);
        Api.as(Roles.SERVICE_MANAGER, Fixtures.OTHER_STORE).queryParam("limit", 100)
                .get("/api/stores/" + Fixtures.OTHER_STORE + "/customers")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }
}
