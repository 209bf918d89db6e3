package com.fours.dms.settlement.api;

import com.fours.dms.support.MutableClock;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** {@link Bills} for tests outside this package. */
public final class BillsAccess {
    private final Bills bills;

    private BillsAccess(Bills bills) {
        this.bills = bills;
    }

    public static BillsAccess open(MutableClock clock) {
        return new BillsAccess(new Bills(clock));
    }

    public Response ready() {
        return bills.ready(false);
    }

    public Response draw(Response order) {
        return bills.draw(order);
    }

    /** A 40.00 material difference: above what the customer authorized (tolerance 0). */
    public Response adjustAboveAuthorization(Response bill) {
        return bills.ok(bills.cashier(), bill, "/adjustments", Map.of("kind", "MATERIAL", "payType", "CUSTOMER", "description", "机油", "quantity", "0.50",
                "unitPrice", "80.00", "reason", "多用 0.5 L"));
    }

    public String path(String rest) {
        return bills.path(rest);
    }

    public RequestSpecification as(String role) {
        return bills.as(role);
    }

    public String storeCode() {
        return bills.floor.shop.code;
    }
}
