package com.fours.dms.repairorder.api;

import com.fours.dms.repairorder.FeeType;
import com.fours.dms.repairorder.LineKind;
import com.fours.dms.repairorder.PartGrade;
import com.fours.dms.repairorder.PartSupplier;
import com.fours.dms.repairorder.PayType;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Json;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fixtures that speak the repair order: orders.walkIn(), orders.add(order, job("换机油", "1.2")), orders.act(order, "sign", …). */
public final class RepairOrders {
    public final BookingStore shop;

    private RepairOrders(BookingStore shop) {
        this.shop = shop;
    }

    public static RepairOrders in(BookingStore shop) {
        return new RepairOrders(shop);
    }

    public String path(Response order, String rest) {
        return shop.path("/repair-orders/" + order.path("id") + rest);
    }

    /** A walk-in DRAFT for a new customer and vehicle of the store. */
    public Response walkIn() {
        String[] cv = shop.customerWithVehicle();
        Response r = shop.as(Roles.ADVISOR).body(Map.of("customerId", cv[0], "vehicleId", cv[1], "requestedWork", "发动机故障灯亮，顺便保养"))
                .post(shop.path("/repair-orders"));
        r.then().statusCode(201);
        return r;
    }

    public Response add(Response order, Map<String, Object> line) {
        return shop.as(Roles.ADVISOR).header("If-Match", order.header("ETag")).body(line).post(path(order, "/lines"));
    }

    /** Adds the line and expects success. */
    public Response with(Response order, Map<String, Object> line) {
        Response r = add(order, line);
        r.then().statusCode(200);
        return r;
    }

    public Response act(Response order, String action, Map<String, Object> body) {
        var req = shop.as(Roles.ADVISOR).header("If-Match", order.header("ETag"));
        return (body == null ? req.body(Map.of()) : req.body(body)).post(path(order, "/" + action));
    }

    public Response ok(Response order, String action, Map<String, Object> body) {
        Response r = act(order, action, body);
        r.then().statusCode(200);
        return r;
    }

    /** A DRAFT with one 1-hour mechanical job, submitted and signed by the customer: OPEN. */
    public Response signed() {
        Response o = with(walkIn(), job("更换机油及机滤", "1.0"));
        o = ok(o, "submit-for-signature", null);
        return ok(o, "sign", signature("张伟"));
    }

    /** What the signature pad sends: the name, the drawn PNG and the device. */
    public static Map<String, Object> signature(String signerName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signerName", signerName);
        m.put("signaturePng", java.util.Base64.getEncoder().encodeToString(com.fours.dms.inspection.Images.png(120, 40)));
        m.put("device", "接待台平板 1");
        return m;
    }

    /** The id of the store's technician with this name, to name as hand-over receiver (R-CHK-10). */
    public String technician(String name) {
        List<Map<String, Object>> receivers = shop.as(Roles.ADVISOR).get(shop.path("/handover-receivers")).then().statusCode(200).extract().path("findAll { it.name == '" + name + "' }");
        return (String) receivers.get(0).get("id");
    }

    /** A customer-pay labour line (R-CHK-4): description and hours, the rest the store's defaults. */
    public static Map<String, Object> job(String description, String hours) {
        return Json.body(RepairOrderApiLineRequestBuilder.builder().kind(LineKind.JOB).payType(PayType.CUSTOMER)
                .description(description).operationCode("OP-" + description.length()).hours(new BigDecimal(hours)).build());
    }

    /** A customer-pay part line (R-CHK-5) with its supplier and grade. */
    public static Map<String, Object> part(String partNumber, String quantity, String unitPrice, String supplier, String grade, boolean critical) {
        return Json.body(RepairOrderApiLineRequestBuilder.builder().kind(LineKind.PART).payType(PayType.CUSTOMER)
                .description("配件 " + partNumber).partNumber(partNumber).quantity(new BigDecimal(quantity)).unitPrice(new BigDecimal(unitPrice))
                .supplier(PartSupplier.valueOf(supplier)).grade(PartGrade.valueOf(grade)).criticalSystem(critical).build());
    }

    /** A customer-pay fee line (diagnosis, disposal …). */
    public static Map<String, Object> fee(String type, String amount) {
        return Json.body(RepairOrderApiLineRequestBuilder.builder().kind(LineKind.FEE).payType(PayType.CUSTOMER)
                .feeType(FeeType.valueOf(type)).amount(new BigDecimal(amount)).build());
    }

    public static Map<String, Object> with(Map<String, Object> line, String field, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(line);
        m.put(field, value);
        return m;
    }

    /** A canned 10 000 km service: 1.0 h labour + oil filter + 4 l oil. */
    public Response cannedService() {
        Map<String, Object> body = Map.of("code", com.fours.dms.support.Fixtures.unique("M-").toUpperCase(), "name", "10 000 km 保养", "active", true, "lines", List.of(
                Map.of("kind", "JOB", "description", "10 000 km 保养工时", "operationCode", "MAINT-10K", "hours", "1.0"),
                Map.of("kind", "PART", "description", "机油滤清器", "partNumber", "06L115562B", "quantity", "1", "unitPrice", "85.00", "grade", "OEM"),
                Map.of("kind", "PART", "description", "机油 5W-30", "partNumber", "G052195M4", "quantity", "4", "unitPrice", "68.50", "grade", "OEM")));
        Response r = shop.manager().body(body).post(shop.path("/canned-jobs"));
        r.then().statusCode(201);
        return r;
    }
}
