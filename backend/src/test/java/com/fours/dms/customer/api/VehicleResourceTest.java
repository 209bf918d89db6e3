package com.fours.dms.customer.api;

import static com.fours.dms.support.Fixtures.aCustomer;
import static com.fours.dms.support.Fixtures.aVehicle;
import static org.hamcrest.Matchers.*;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class VehicleResourceTest {
    static final String VEHICLES = "/api/stores/" + Fixtures.STORE + "/vehicles";

    static String owner;

    @BeforeEach
    void setUp() {
        Fixtures.stores();
        if (owner == null) {
            owner = aCustomer().create();
        }
    }

    @Test
    void advisorRegistersAVehicleWithNormalisedPlateAndVin() {
        String vin = Fixtures.randomVin();
        String plate = Fixtures.randomPlate();
        String typed = plate.substring(0, 2).toLowerCase() + " " + plate.substring(2).toLowerCase();
        Api.as(Roles.ADVISOR).body(aVehicle(owner).vin(vin.toLowerCase()).plate(typed).body()).post(VEHICLES)
                .then().statusCode(201)
                .body("vin", is(vin), "plate", is(plate), "owner.id", is(owner),
                        "nextServiceDue.date", is("2026-12-01"), "nextServiceDue.mileage", is(30000));
    }

    @Test
    void newEnergyEightCharacterPlatesAreAccepted() {
        String small = "粤B" + "D" + Fixtures.randomMobile().substring(6, 11);
        Api.as(Roles.ADVISOR).body(aVehicle(owner).plate(small).with("powertrain", "BEV").body()).post(VEHICLES)
                .then().statusCode(201).body("plate", is(small));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LSVAU2180N2183295", "LSVAU2180N218329", "LSVAU2180N21832944", "LSVAU2I80N2183294", "LSVAU2180N218329!"})
    void badVinsAreRefusedOnTheVinField(String vin) {
        Api.as(Roles.ADVISOR).body(aVehicle(owner).vin(vin).body()).post(VEHICLES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("validation-failed"), "violations.field", contains("vin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A12345", "京A1234", "京I12345", "XA12345", "京AD1234X", "京A123456D7", "沪AO1234"})
    void badPlatesAreRefusedOnThePlateField(String plate) {
        Api.as(Roles.ADVISOR).body(aVehicle(owner).plate(plate).body()).post(VEHICLES)
                .then().statusCode(400).body("violations.field", contains("plate"),
                        "violations[0].message", containsString("京A12345"));
    }

    @Test
    void vinAndPlateAreUniqueWithinAStore() {
        Map<String, Object> first = aVehicle(owner).body();
        Api.as(Roles.ADVISOR).body(first).post(VEHICLES).then().statusCode(201);
        Api.as(Roles.ADVISOR).body(aVehicle(owner).vin((String) first.get("vin")).body()).post(VEHICLES)
                .then().statusCode(409).body("code", is("vehicle-duplicate-vin"), "violations.field", contains("vin"));
        Api.as(Roles.ADVISOR).body(aVehicle(owner).plate((String) first.get("plate")).body()).post(VEHICLES)
                .then().statusCode(409).body("code", is("vehicle-duplicate-plate"), "violations.field", contains("plate"));
    }

    @Test
    void unknownOwnerIsA422OnOwnerId() {
        Api.as(Roles.ADVISOR).body(aVehicle("0193f1f0-0000-7000-8000-000000000000").body()).post(VEHICLES)
                .then().statusCode(422).body("code", is("unknown-reference"), "violations.field", contains("ownerId"));
    }

    @Test
    void searchByPlateWithOrWithoutProvinceAndByVin() {
        Map<String, Object> v = aVehicle(owner).body();
        String id = Api.as(Roles.ADVISOR).body(v).post(VEHICLES).then().statusCode(201).extract().path("id");
        String plate = (String) v.get("plate");
        String vin = (String) v.get("vin");
        Api.as(Roles.WORKSHOP).queryParam("q", plate).get(VEHICLES).then().statusCode(200).body("items.id", contains(id));
        Api.as(Roles.WORKSHOP).queryParam("q", plate.substring(1).toLowerCase()).get(VEHICLES)
                .then().statusCode(200).body("items.id", hasItem(id));
        Api.as(Roles.CASHIER).queryParam("q", vin.substring(0, 12)).get(VEHICLES)
                .then().statusCode(200).body("items.id", hasItem(id), "items[0].owner.name", notNullValue());
    }

    /** Issue 7, point 5: the archive finds a plate by either end as advisors type it, letters included, and a customer by a phone's tail. */
    @Test
    void searchFindsAPlateByATailWithLettersAndACustomerByAPhoneTail() {
        com.fours.dms.support.BookingStore shop = com.fours.dms.support.BookingStore.open();
        String customer = shop.as(Roles.ADVISOR).body(aCustomer().phones("13912345678", "010-62345678").body()).post(shop.path("/customers"))
                .then().statusCode(201).extract().path("id");
        java.util.function.Function<String, String> vehicle = plate -> shop.as(Roles.ADVISOR).body(aVehicle(customer).plate(plate).body())
                .post(shop.path("/vehicles")).then().statusCode(201).extract().path("id");
        String na5678 = vehicle.apply("京NA5678");
        String b12345 = vehicle.apply("京B12345");
        String cb12 = vehicle.apply("京A3CB12");
        String newEnergy = vehicle.apply("粤BD12345");
        java.util.function.Function<String, List<String>> found = q -> shop.as(Roles.ADVISOR).queryParam("q", q).get(shop.path("/vehicles"))
                .then().statusCode(200).extract().path("items.id");
        org.hamcrest.MatcherAssert.assertThat(found.apply("A5678"), contains(na5678));
        org.hamcrest.MatcherAssert.assertThat(found.apply("a5678"), contains(na5678));
        org.hamcrest.MatcherAssert.assertThat(found.apply("5678"), contains(na5678));
        // "B12" is the start of 京B12345 after its province and the tail of 京A3CB12 (and of no other), in plate order
        org.hamcrest.MatcherAssert.assertThat(found.apply("B12"), contains(cb12, b12345));
        org.hamcrest.MatcherAssert.assertThat(found.apply("D12345"), contains(newEnergy));
        org.hamcrest.MatcherAssert.assertThat(found.apply("NA"), contains(na5678));
        // the tail of either phone, and the start of the mobile
        for (String q : List.of("5678", "345678", "1391234")) {
            shop.as(Roles.ADVISOR).queryParam("q", q).get(shop.path("/customers")).then().statusCode(200).body("items.id", contains(customer));
        }
        // the page cursor walks the both-ends search too
        io.restassured.response.Response first = shop.as(Roles.ADVISOR).queryParam("q", "B12").queryParam("limit", 1).get(shop.path("/vehicles"));
        first.then().statusCode(200).body("items.id", contains(cb12), "nextCursor", notNullValue());
        shop.as(Roles.ADVISOR).queryParam("q", "B12").queryParam("limit", 1).queryParam("cursor", first.<String>path("nextCursor")).get(shop.path("/vehicles"))
                .then().statusCode(200).body("items.id", contains(b12345));
    }

    @Test
    void plateSearchPagesInPlateOrderWithACursor() {
        String stem = Fixtures.randomPlate().substring(0, 5);
        for (String end : List.of("03", "01", "02")) {
            aVehicle(owner).plate(stem + end).create();
        }
        io.restassured.response.Response first = Api.as(Roles.ADVISOR).queryParam("q", stem).queryParam("limit", 2).get(VEHICLES);
        first.then().statusCode(200).body("items.plate", contains(stem + "01", stem + "02"), "nextCursor", notNullValue());
        Api.as(Roles.ADVISOR).queryParam("q", stem).queryParam("limit", 2).queryParam("cursor", first.<String>path("nextCursor")).get(VEHICLES)
                .then().statusCode(200).body("items.plate", contains(stem + "03"), "nextCursor", nullValue());
        // The same vehicles without the province character, as typed on a tablet keyboard.
        Api.as(Roles.ADVISOR).queryParam("q", stem.substring(1).toLowerCase()).get(VEHICLES)
                .then().statusCode(200).body("items.plate", contains(stem + "01", stem + "02", stem + "03"));
        Api.as(Roles.ADVISOR).queryParam("q", stem).queryParam("cursor", "bm9wZQ").get(VEHICLES)
                .then().statusCode(400).body("violations.field", contains("cursor"));
    }

    @Test
    void ownerChangesOnlyByTransferAndHistoryIsKept() {
        String buyer = aCustomer().named("新车主").create();
        String id = aVehicle(owner).create();
        String etag = Api.as(Roles.ADVISOR).get(VEHICLES + "/" + id).then().extract().header("ETag");

        Api.as(Roles.ADVISOR).header("If-Match", etag).body(aVehicle(buyer).body()).put(VEHICLES + "/" + id)
                .then().statusCode(409).body("code", is("R-ARC-2"));
        Api.as(Roles.ADVISOR).body(Map.of("newOwnerId", buyer)).post(VEHICLES + "/" + id + "/transfer-ownership")
                .then().statusCode(428);
        Api.as(Roles.ADVISOR).header("If-Match", etag).body(Map.of("newOwnerId", owner)).post(VEHICLES + "/" + id + "/transfer-ownership")
                .then().statusCode(422).body("code", is("same-owner"));
        Api.as(Roles.ADVISOR).header("If-Match", etag).body(Map.of("newOwnerId", buyer, "note", "二手车转让"))
                .post(VEHICLES + "/" + id + "/transfer-ownership")
                .then().statusCode(200).body("owner.id", is(buyer), "owner.name", is("新车主"));

        Api.as(Roles.CUSTOMER_SERVICE).get(VEHICLES + "/" + id + "/ownerships")
                .then().statusCode(200)
                .body("customerId", contains(owner, buyer), "[0].to", notNullValue(), "[1].to", nullValue(), "[1].note", is("二手车转让"));
        Api.as(Roles.ADVISOR).get("/api/stores/BJ01/customers/" + buyer + "/vehicles").then().body("id", contains(id));
        Api.as(Roles.ADVISOR).get("/api/stores/BJ01/customers/" + owner + "/vehicles").then().body("id", not(hasItem(id)));
    }

    @Test
    void vehicleUpdateKeepsDuplicateChecks() {
        Map<String, Object> a = aVehicle(owner).body();
        Api.as(Roles.ADVISOR).body(a).post(VEHICLES).then().statusCode(201);
        String id = aVehicle(owner).create();
        String etag = Api.as(Roles.ADVISOR).get(VEHICLES + "/" + id).then().extract().header("ETag");
        Api.as(Roles.ADVISOR).header("If-Match", etag).body(aVehicle(owner).plate((String) a.get("plate")).body()).put(VEHICLES + "/" + id)
                .then().statusCode(409).body("code", is("vehicle-duplicate-plate"));
        Api.as(Roles.ADVISOR).header("If-Match", etag).body(aVehicle(owner).with("color", "黑").body()).put(VEHICLES + "/" + id)
                .then().statusCode(200).body("color", is("黑"), "version", is(1));
    }
}
