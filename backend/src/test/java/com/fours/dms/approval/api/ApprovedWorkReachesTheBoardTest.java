package com.fours.dms.approval.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.support.BookingStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where approval meets dispatch (R-REP-3, R-REP-1): work the customer approved becomes a job on
 * the foreman's board; declined work never does, nor does an estimate line declined at signing.
 */
@QuarkusTest
class ApprovedWorkReachesTheBoardTest {

    @Test
    void anApprovedItemsLabourIsAJobOnTheBoardAndADeclinedOnesIsNot() {
        BookingStore shop = BookingStore.open();
        Approvals a = Approvals.in(shop);
        Response order = a.handedOver();
        Response brakes = a.report(order, Approvals.brakes());
        Response filter = a.report(order, Approvals.filter());
        assertEquals(1, descriptionsOnBoard(shop, order).size(), "before the decision only the signed estimate's job is on the board");
        a.inPerson(order, a.sheet(order), List.of(Approvals.choice(brakes, "APPROVED"), Approvals.choice(filter, "DECLINED"))).then().statusCode(200);
        List<String> jobs = descriptionsOnBoard(shop, order);
        assertEquals(2, jobs.size(), jobs.toString());
        assertEquals(true, jobs.contains("更换前刹车片"), jobs.toString());
        assertEquals(false, jobs.contains("更换空调滤芯"), jobs.toString());
    }

    static List<String> descriptionsOnBoard(BookingStore shop, Response order) {
        List<Map<String, Object>> jobs = shop.manager().get(shop.path("/workshop/board")).then().statusCode(200).extract().path("jobs");
        return jobs.stream().filter(j -> order.path("id").equals(j.get("repairOrderId"))).map(j -> (String) j.get("description")).toList();
    }
}
