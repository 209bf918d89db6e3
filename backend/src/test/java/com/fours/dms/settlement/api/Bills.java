package com.fours.dms.settlement.api;

import com.fours.dms.approval.api.Approvals;
import com.fours.dms.qualitycheck.Checklists;
import com.fours.dms.repairorder.api.RepairOrders;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.WorkshopFloor;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Settlement fixtures that speak the domain: a walk-in whose work went through the workshop and
 * the quality check and is ready for delivery (an oil change, 1.0 h × 150.00, and an oil filter,
 * 1 × 88.00: 238.00 customer pay), optionally with an approved supplementary part; and the
 * cashier's steps on its bill.
 */
public final class Bills {
    static final String PNG = java.util.Base64.getEncoder().encodeToString(com.fours.dms.inspection.Images.png(120, 40));

    final WorkshopFloor floor;
    final Approvals approvals;
    final MutableClock clock;

    Bills(MutableClock clock) {
        this(clock, WorkshopFloor.open());
    }

    public Bills(MutableClock clock, WorkshopFloor floor) {
        this.clock = clock;
        this.floor = floor;
        this.approvals = Approvals.in(floor.shop);
    }

    public String path(String rest) {
        return floor.path(rest);
    }

    public RequestSpecification as(String role) {
        return floor.shop.as(role);
    }

    public RequestSpecification cashier() {
        return as(Roles.CASHIER);
    }

    public RequestSpecification manager() {
        return floor.manager();
    }

    static Map<String, Object> filterPart(String price) {
        return RepairOrders.part("06L115562B", "1", price, "DEALER", "OEM", false);
    }

    /** Handed over to zhou: the oil change and the filter. */
    public Response handedOver() {
        return floor.handedOver(floor.zhou, lines());
    }

    static List<Map<String, Object>> lines() {
        return List.of(WorkshopFloor.job("更换机油及机滤", "1.0", null), with(filterPart("88.00"), "description", "机油滤清器"));
    }

    /** This draft (from an appointment, or a walk-in whose key was tagged at check-in) with the two lines, signed and handed over to zhou. */
    public Response handedOver(String orderId) {
        Response o = order(orderId);
        for (Map<String, Object> line : lines()) {
            o = step(o, "/lines", line);
        }
        o = step(o, "/submit-for-signature", Map.of());
        o = step(o, "/sign", Map.of("signerName", "张伟", "signaturePng", PNG, "device", "接待台平板"));
        return step(o, "/hand-over", Map.of("receiver", floor.zhou));
    }

    Response order(String orderId) {
        Response r = as(Roles.ADVISOR).get(path("/repair-orders/" + orderId));
        r.then().statusCode(200);
        return r;
    }

    private Response step(Response order, String rest, Map<String, Object> body) {
        Response r = as(Roles.ADVISOR).header("If-Match", order.header("ETag")).body(body).post(path("/repair-orders/" + order.path("id") + rest));
        r.then().log().ifValidationFails().statusCode(200);
        return r;
    }

    /** A booking with a high-value part whose deposit the cashier took (R-APT-4); returns the appointment. */
    Response bookedWithDeposit(String deposit) {
        Map<String, Object> b = floor.shop.booking(floor.shop.customerWithVehicle(), "2026-11-24T01:00:00Z");
        b.put("parts", List.of(Map.of("partNumber", "5Q0407271", "description", "前减震器总成", "quantity", 1, "unitPrice", "400.00", "highValue", true)));
        Response booked = as(Roles.ADVISOR).body(b).post(path("/appointments"));
        booked.then().statusCode(201).body("status", org.hamcrest.Matchers.is("DEPOSIT_REQUIRED"));
        Response paid = cashier().header("If-Match", booked.header("ETag")).body(Map.of("amount", deposit, "method", "MOBILE"))
                .post(path("/appointments/" + booked.path("id") + "/deposit"));
        paid.then().statusCode(200);
        return paid;
    }

    /** The order ready for delivery; with a supplementary wiper blade (1 × 60.00) the customer approved in person. */
    public Response ready(boolean supplementary) {
        Response order = handedOver();
        if (supplementary) {
            Response item = approvals.report(order, Approvals.item("雨刮片老化", 10, false,
                    List.of(with(RepairOrders.part("3397007", "1", "60.00", "DEALER", "OEM", false), "description", "雨刮片"))));
            approvals.inPerson(order, approvals.sheet(order), List.of(Approvals.choice(item, "APPROVED"))).then().statusCode(200);
        }
        return finishWork(order);
    }

    /** The order of a fleet (company) customer ready for delivery: the oil change and the filter (R-ARC-3, R-DEL-3). */
    public Response readyForFleet() {
        String[] cv = floor.shop.fleetCustomerWithVehicle();
        return finishWork(floor.handedOver(floor.zhou, lines(), Map.of("customerId", cv[0], "vehicleId", cv[1], "requestedWork", "车队保养")));
    }

    /** zhou works and signs off every job, the old parts are kept for the customer, the car is cleaned and parked. */
    public Response finishWork(Response order) {
        for (Map<String, Object> job : floor.jobsOf(order)) {
            floor.punch("zhou", "clock-on", Map.of("jobId", job.get("id"))).then().statusCode(200);
            clock.advance(Duration.ofMinutes(20));
            floor.punch("zhou", "finish", Map.of("jobId", job.get("id"))).then().statusCode(200);
            List<Map<String, Object>> items = new ArrayList<>();
            Checklists.SELF_CHECK.forEach(p -> items.add(Map.of("code", p, "ok", true)));
            floor.tech("zhou").body(Map.of("checklist", items, "signaturePng", PNG)).post(floor.path("/quality-check/jobs/" + job.get("id") + "/self-check"))
                    .then().statusCode(200);
        }
        String qc = floor.path("/repair-orders/" + order.path("id") + "/quality-check");
        List<Map<String, Object>> parts = manager().get(qc).then().statusCode(200).extract().path("replacedParts");
        if (!parts.isEmpty()) {
            List<Map<String, Object>> kept = parts.stream().map(p -> Map.<String, Object>of("lineId", p.get("lineId"), "disposition", "KEPT_FOR_CUSTOMER",
                    "location", "后备箱")).toList();
            as(Roles.ADVISOR).body(Map.of("parts", kept)).put(qc + "/old-parts").then().statusCode(200);
        }
        Object version = manager().get(qc).then().statusCode(200).extract().path("version");
        as(Roles.ADVISOR).header("If-Match", "\"" + version + "\"").body(Map.of("cleaned", true, "parkingSpot", "P1-01")).post(qc + "/internal-handover")
                .then().statusCode(200);
        return order;
    }

    public Response draw(Response order) {
        Response r = cashier().post(path("/repair-orders/" + order.path("id") + "/settlement"));
        r.then().statusCode(201);
        return r;
    }

    public String billPath(Response bill, String rest) {
        return path("/settlements/" + bill.path("id") + rest);
    }

    public Response act(RequestSpecification as, Response bill, String rest, Map<String, Object> body) {
        RequestSpecification req = as.header("If-Match", bill.header("ETag"));
        if (body != null) {
            req.body(body);
        }
        return req.post(billPath(bill, rest));
    }

    public Response ok(RequestSpecification as, Response bill, String rest, Map<String, Object> body) {
        Response r = act(as, bill, rest, body);
        r.then().log().ifValidationFails().statusCode(200);
        return r;
    }

    public Response pay(Response bill, Map<String, Object> body) {
        return cashier().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(billPath(bill, "/payments"));
    }

    public Response get(Response bill) {
        Response r = cashier().get(billPath(bill, ""));
        r.then().statusCode(200);
        return r;
    }

    static Map<String, Object> with(Map<String, Object> m, String k, Object v) {
        Map<String, Object> out = new LinkedHashMap<>(m);
        out.put(k, v);
        return out;
    }

    /** A 40.00 customer-pay material difference: above what the customer authorized (tolerance 0). */
    public Response adjustAboveAuthorization(Response bill) {
        return ok(cashier(), bill, "/adjustments", Map.of("kind", "MATERIAL", "payType", "CUSTOMER", "description", "机油", "quantity", "0.50",
                "unitPrice", "80.00", "reason", "多用 0.5 L"));
    }

    public String storeCode() {
        return floor.shop.code;
    }

    public static Map<String, Object> delivery() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("workExplained", true);
        d.put("oldPartsShown", true);
        d.put("walkAroundDone", true);
        d.put("brakeFrontMm", 6.5);
        d.put("tyreTreadMm", 5.2);
        d.put("tyreLifePercent", 60);
        d.put("nextServiceDate", "2027-05-23");
        d.put("nextServiceKm", 60000);
        d.put("signerName", "张伟");
        d.put("signaturePng", PNG);
        return d;
    }
}
