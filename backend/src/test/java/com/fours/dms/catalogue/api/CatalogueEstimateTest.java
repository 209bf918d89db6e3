package com.fours.dms.catalogue.api;

import static org.hamcrest.Matchers.*;

import com.fours.dms.repairorder.LineKind;
import com.fours.dms.repairorder.PayType;
import com.fours.dms.repairorder.api.RepairOrderApiLineRequestBuilder;
import com.fours.dms.repairorder.api.RepairOrders;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 in the estimate: a part or operation picked from the catalogue fills price, hours, grade
 * and disclaimer (R-CHK-4, R-CHK-5); the price moves only within the store's tolerance, with a
 * reason; a signed order's dealer-supplied parts and an appointment's parts reserve stock (R-APT-5).
 */
@QuarkusTest
class CatalogueEstimateTest {
    @Inject
    MutableClock clock;

    Catalogue cat;
    RepairOrders orders;

    @BeforeEach
    void store() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        cat = Catalogue.open();
        orders = RepairOrders.in(cat.shop);
    }

    static Map<String, Object> pickPart(String partId) {
        return Json.body(RepairOrderApiLineRequestBuilder.builder().kind(LineKind.PART).payType(PayType.CUSTOMER).cataloguePartId(UUID.fromString(partId)).build());
    }

    static Map<String, Object> pickOperation(String operationId) {
        return Json.body(RepairOrderApiLineRequestBuilder.builder().kind(LineKind.JOB).payType(PayType.CUSTOMER).catalogueOperationId(UUID.fromString(operationId)).build());
    }

    @Test
    void aPickedPartIsPricedByTheCatalogueAndCarriesItsDisclaimer() {
        String pads = cat.part(Catalogue.aftermarketPads());
        Response o = orders.with(orders.walkIn(), pickPart(pads));
        o.then().body("lines[0].partNumber", is("BP-4411"), "lines[0].description", is("前刹车片（品牌件）"), "lines[0].quantity", is(1f),
                "lines[0].unitPrice", is(420.00f), "lines[0].catalogueUnitPrice", is(420.00f), "lines[0].supplier", is("DEALER"),
                "lines[0].grade", is("AFTERMARKET"), "lines[0].criticalSystem", is(true), "lines[0].cataloguePartId", is(pads),
                "lines[0].disclaimers", contains("NO_QUALITY_WARRANTY"), "disclaimers[0].text", containsString("不提供质量担保"),
                "lines[0].amount", is(420.00f), "lines[0].partsAvailableAt", nullValue());
    }

    @Test
    void aShortPartTakesItsExpectedArrival() {
        String pads = cat.part(Catalogue.aftermarketPads().onHand(BigDecimal.ONE).expectedArrivalAt(Instant.parse("2026-11-25T01:00:00Z")));
        Map<String, Object> two = RepairOrders.with(pickPart(pads), "quantity", "2");
        orders.with(orders.walkIn(), two).then().body("lines[0].partsAvailableAt", is("2026-11-25T01:00:00Z"));
    }

    @Test
    void thePriceMovesOnlyWithinTheStoresToleranceAndWithAReason() {
        String filter = cat.part(Catalogue.oilFilter());
        Response o = orders.walkIn();
        Map<String, Object> cheaper = RepairOrders.with(pickPart(filter), "unitPrice", "78.00");
        orders.add(o, cheaper).then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("priceOverrideReason"));
        Map<String, Object> tooCheap = RepairOrders.with(RepairOrders.with(pickPart(filter), "unitPrice", "70.00"), "priceOverrideReason", "熟客");
        orders.add(o, tooCheap).then().statusCode(409).body("code", is("R-CHK-4"), "violations.field", contains("unitPrice"));
        Response priced = orders.with(o, RepairOrders.with(cheaper, "priceOverrideReason", "老客户优惠"));
        priced.then().body("lines[0].unitPrice", is(78.00f), "lines[0].catalogueUnitPrice", is(85.00f), "lines[0].priceOverrideReason", is("老客户优惠"));
        // The store allows 20 %: 70.00 is within it now.
        cat.shop.changeSettings(s -> s.cataloguePriceTolerancePercent(new BigDecimal("20"))).then().statusCode(200)
                .body("cataloguePriceTolerancePercent", is(20.00f));
        orders.with(orders.walkIn(), tooCheap).then().body("lines[0].unitPrice", is(70.00f));
    }

    @Test
    void aPickedOperationTakesTheModelFamilyHoursSystemAndCode() {
        String job = cat.operation(Catalogue.brakePadsJob());
        // Fixture vehicles are 大众 帕萨特 330TSI: the 帕萨特 hours apply.
        Response o = orders.with(orders.walkIn(), pickOperation(job));
        o.then().body("lines[0].operationCode", is("BRK-PAD-F"), "lines[0].description", is("更换前刹车片"), "lines[0].hours", is(1.40f),
                "lines[0].catalogueHours", is(1.40f), "lines[0].system", is("BRAKES"), "lines[0].pricingMode", is("SYSTEM"), "lines[0].team", is("MECHANICAL"),
                "lines[0].amount", is(210.00f));
        orders.add(o, RepairOrders.with(pickOperation(job), "hours", "3.0")).then().statusCode(409).body("code", is("R-CHK-4"));
    }

    @Test
    void aCannedJobSetUpFromTheCatalogueIsPricedByItWhenUsed() {
        String pads = cat.part(Catalogue.aftermarketPads());
        String job = cat.operation(Catalogue.brakePadsJob());
        Map<String, Object> body = Map.of("code", "BRK-F", "name", "前刹车片更换", "active", true, "lines", List.of(
                Map.of("kind", "JOB", "description", "更换前刹车片", "catalogueOperationId", job),
                Map.of("kind", "PART", "description", "前刹车片", "cataloguePartId", pads, "quantity", "2")));
        Response canned = cat.shop.manager().body(body).post(cat.shop.path("/canned-jobs"));
        canned.then().statusCode(201)
                .body("lines[0].operationCode", is("BRK-PAD-F"), "lines[0].hours", is(1.20f), "lines[0].catalogueOperationId", is(job),
                        "lines[1].partNumber", is("BP-4411"), "lines[1].unitPrice", is(420.00f), "lines[1].grade", is("AFTERMARKET"),
                        "lines[1].criticalSystem", is(true), "lines[1].quantity", is(2), "lines[1].cataloguePartId", is(pads));

        // The price list moves on: the canned job takes the catalogue's price when it is used, and the vehicle's model-family hours.
        cat.shop.manager().header("If-Match", "\"0\"").body(Json.body(Catalogue.aftermarketPads().listPrice(new BigDecimal("450.00")).build()))
                .put(cat.path("/parts/" + pads)).then().statusCode(200);
        Response o = orders.walkIn();
        Response used = cat.shop.as(com.fours.dms.shared.security.Roles.ADVISOR).header("If-Match", o.header("ETag"))
                .body(Map.of("cannedJobId", canned.path("id"), "payType", "CUSTOMER")).post(cat.shop.path("/repair-orders/" + o.path("id") + "/canned-jobs"));
        used.then().statusCode(200)
                .body("lines[0].hours", is(1.40f), "lines[0].catalogueOperationId", is(job), "lines[0].system", is("BRAKES"),
                        "lines[1].unitPrice", is(450.00f), "lines[1].catalogueUnitPrice", is(450.00f), "lines[1].amount", is(900.00f),
                        "lines[1].cataloguePartId", is(pads), "lines[1].disclaimers", contains("NO_QUALITY_WARRANTY"), "lines[1].cannedJobId", is(canned.<String>path("id")));

        // A part of another store's catalogue is refused on the line's field.
        String elsewhere = Catalogue.open().part(Catalogue.oilFilter());
        cat.shop.manager().body(Map.of("code", "X", "name", "别店配件", "active", true, "lines", List.of(
                Map.of("kind", "PART", "description", "机滤", "cataloguePartId", elsewhere))))
                .post(cat.shop.path("/canned-jobs")).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("lines[0].cataloguePartId"), "violations[0].message", is("no such part in this store's catalogue"));
    }

    @Test
    void handTypedLinesStayPossible() {
        orders.with(orders.walkIn(), RepairOrders.part("HAND-1", "1", "12.00", "DEALER", "OEM", false))
                .then().body("lines[0].partNumber", is("HAND-1"), "lines[0].cataloguePartId", nullValue(), "lines[0].catalogueUnitPrice", nullValue());
    }

    @Test
    void unknownSupersededAndOtherStoresPartsAreRefused() {
        String old = cat.part(Catalogue.oilFilter().partNumber("OLD-1"));
        cat.part(Catalogue.oilFilter().supersedes(List.of("OLD-1")));
        Response o = orders.walkIn();
        orders.add(o, pickPart(old)).then().statusCode(409).body("code", is("part-superseded"));
        orders.add(o, pickPart(UUID.randomUUID().toString())).then().statusCode(422).body("code", is("unknown-reference"),
                "violations.field", contains("cataloguePartId"));
        String elsewhere = Catalogue.open().part(Catalogue.oilFilter());
        orders.add(o, pickPart(elsewhere)).then().statusCode(422).body("code", is("unknown-reference"));
    }

    @Test
    void aSignedOrdersDealerPartsReserveStockAndAShortfallShowsTheArrival() {
        String pads = cat.part(Catalogue.aftermarketPads().expectedArrivalAt(Instant.parse("2026-11-26T02:00:00Z")));
        String filter = cat.part(Catalogue.oilFilter());
        Response o = orders.with(orders.walkIn(), RepairOrders.with(pickPart(pads), "quantity", "3"));
        o = orders.with(o, RepairOrders.part("06L115562B", "2", "85.00", "DEALER", "OEM", false));
        o = orders.with(o, RepairOrders.part("06L115562B", "1", "85.00", "CUSTOMER", "OEM", false));
        o = orders.ok(o, "submit-for-signature", null);
        o = orders.ok(o, "sign", RepairOrders.signature("张伟"));
        cat.shop.as(Roles.ADVISOR).queryParam("sourceId", o.<String>path("id")).get(cat.path("/reservations")).then().statusCode(200)
                .body("items.partNumber", containsInAnyOrder("BP-4411", "06L-115-562B"),
                        "items.find { it.partNumber == 'BP-4411' }.reserved", is(2.00f),
                        "items.find { it.partNumber == 'BP-4411' }.shortfall", is(1.00f),
                        "items.find { it.partNumber == 'BP-4411' }.expectedArrivalAt", is("2026-11-26T02:00:00Z"),
                        "items.find { it.partNumber == '06L-115-562B' }.reserved", is(2.00f),
                        "items.find { it.partNumber == '06L-115-562B' }.expectedArrivalAt", nullValue());
        cat.shop.as(Roles.ADVISOR).get(cat.path("/parts/" + pads)).then().body("stock.reserved", is(2.00f), "stock.available", is(0f));
        cat.shop.as(Roles.ADVISOR).get(cat.path("/parts/" + filter)).then().body("stock.reserved", is(2.00f), "stock.available", is(8.00f));
        cat.shop.manager().header("If-Match", "\"0\"").body(Json.body(Catalogue.oilFilter().onHand(BigDecimal.ONE).build())).put(cat.path("/parts/" + filter))
                .then().statusCode(409).body("code", is("stock-below-reserved"), "violations.field", contains("onHand"));
    }

    @Test
    void anAppointmentsPartsReserveStockUntilItIsCancelled() {
        String filter = cat.part(Catalogue.oilFilter());
        Map<String, Object> booking = cat.shop.booking(cat.shop.customerWithVehicle(), "2026-11-24T02:00:00Z");
        booking.put("parts", List.of(Map.of("partNumber", "06L 115 562B", "description", "机滤", "quantity", 4, "unitPrice", "85.00", "highValue", false)));
        Response a = cat.shop.as(Roles.ADVISOR).body(booking).post(cat.shop.path("/appointments"));
        a.then().statusCode(201);
        cat.shop.as(Roles.ADVISOR).queryParam("sourceId", a.<String>path("id")).get(cat.path("/reservations")).then().statusCode(200)
                .body("items[0].sourceType", is("APPOINTMENT"), "items[0].reserved", is(4.00f), "items[0].shortfall", is(0f));
        cat.shop.as(Roles.ADVISOR).get(cat.path("/parts/" + filter)).then().body("stock.available", is(6.00f));
        cat.shop.as(Roles.ADVISOR).header("If-Match", a.header("ETag")).body(Map.of("reason", "客户改期"))
                .post(cat.shop.path("/appointments/" + a.path("id") + "/cancel")).then().statusCode(200);
        cat.shop.as(Roles.ADVISOR).get(cat.path("/parts/" + filter)).then().body("stock.reserved", is(0f), "stock.available", is(10.00f));
    }
}
