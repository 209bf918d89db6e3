package com.fours.dms.catalogue.api;

import static com.fours.dms.support.WorkshopFloor.job;
import static org.hamcrest.Matchers.*;

import com.fours.dms.approval.api.Approvals;
import com.fours.dms.repairorder.api.RepairOrders;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.WorkshopFloor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, stock after signing: the parts of supplementary items the customer approves reserve
 * stock too (R-REP-3), and when the work is done (every job finished, the order goes to the quality
 * check) the order's parts are issued: on hand goes down, the reservation is used up, and what could
 * not be issued stays a shortfall with the part's expected arrival.
 */
@QuarkusTest
class StockIssueTest {
    @Inject
    MutableClock clock;

    WorkshopFloor floor;
    Catalogue cat;

    @BeforeEach
    void floor() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        floor = WorkshopFloor.open();
        cat = Catalogue.of(floor.shop);
    }

    Map<String, Object> stock(String part) {
        return floor.shop.as(Roles.ADVISOR).get(cat.path("/parts/" + part)).then().statusCode(200).extract().path("stock");
    }

    List<Map<String, Object>> reservations(Response order) {
        return floor.shop.as(Roles.ADVISOR).queryParam("sourceId", order.<String>path("id")).get(cat.path("/reservations")).then().statusCode(200).extract().path("items");
    }

    @Test
    void whenTheWorkIsDoneTheOrdersPartsLeaveTheStockAndAShortfallWaitsForItsArrival() {
        String filter = cat.part(Catalogue.oilFilter());
        String pads = cat.part(Catalogue.aftermarketPads().expectedArrivalAt(Instant.parse("2026-11-26T02:00:00Z")));
        Response order = floor.handedOver(floor.zhou, List.of(job("更换机油及机滤", "1.0", null),
                RepairOrders.with(CatalogueEstimateTest.pickPart(filter), "quantity", "2"),
                RepairOrders.with(CatalogueEstimateTest.pickPart(pads), "quantity", "3")));
        assertStock(stock(filter), "10.00", "2.00");
        assertStock(stock(pads), "2.00", "2.00");

        Map<String, Object> j = floor.firstJob(order);
        floor.punch("zhou", "clock-on", Map.of("jobId", j.get("id"))).then().statusCode(200);
        clock.advance(Duration.ofMinutes(45));
        floor.punch("zhou", "finish", Map.of("jobId", j.get("id"))).then().statusCode(200);
        floor.manager().get(floor.path("/repair-orders/" + order.path("id"))).then().body("status", is("QUALITY_CHECK"));

        // Issued: the filter's two and the two pads there were; on hand down, nothing held any more.
        assertStock(stock(filter), "8.00", "0");
        assertStock(stock(pads), "0", "0");
        List<Map<String, Object>> left = reservations(order);
        org.junit.jupiter.api.Assertions.assertEquals(1, left.size(), left.toString());
        org.junit.jupiter.api.Assertions.assertEquals("BP-4411", left.get(0).get("partNumber"));
        org.junit.jupiter.api.Assertions.assertEquals(0, new BigDecimal(left.get(0).get("shortfall").toString()).compareTo(BigDecimal.ONE), "one pad still to come");
        org.junit.jupiter.api.Assertions.assertEquals("2026-11-26T02:00:00Z", left.get(0).get("expectedArrivalAt"));
    }

    @Test
    void anApprovedSupplementaryItemsPartsReserveStockAndADeclinedOnesDoNot() {
        String pads = cat.part(Catalogue.oilFilter().partNumber("3C0698151A").nameZh("前刹车片").onHand(new BigDecimal("1")));
        String cabin = cat.part(Catalogue.oilFilter().partNumber("5Q0819653").nameZh("空调滤芯").onHand(new BigDecimal("5")));
        Approvals a = Approvals.in(floor.shop);
        Response order = a.handedOver();
        Response brakes = a.report(order, Approvals.brakes());
        Response filter = a.report(order, Approvals.filter());
        assertStock(stock(pads), "1.00", "0");
        a.inPerson(order, a.sheet(order), List.of(Approvals.choice(brakes, "APPROVED"), Approvals.choice(filter, "DECLINED"))).then().statusCode(200);

        assertStock(stock(pads), "1.00", "1.00");
        assertStock(stock(cabin), "5.00", "0");
        List<Map<String, Object>> held = reservations(order);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("3C0698151A"), held.stream().map(r -> r.get("partNumber")).toList());
        org.junit.jupiter.api.Assertions.assertEquals("REPAIR_ORDER", held.get(0).get("sourceType"));
    }

    static void assertStock(Map<String, Object> stock, String onHand, String reserved) {
        org.junit.jupiter.api.Assertions.assertEquals(0, new BigDecimal(stock.get("onHand").toString()).compareTo(new BigDecimal(onHand)), "on hand " + stock);
        org.junit.jupiter.api.Assertions.assertEquals(0, new BigDecimal(stock.get("reserved").toString()).compareTo(new BigDecimal(reserved)), "reserved " + stock);
    }
}
