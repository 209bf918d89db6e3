package com.fours.dms.approval.api;

import com.fours.dms.repairorder.api.RepairOrders;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.BookingStore;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixtures that speak supplementary-item approval: approvals.handedOver(), approvals.report(order,
 * brakes()), approvals.sheet(order), approvals.inPerson(order, sheet, approve(item)), approvals.token(order).
 */
public final class Approvals {
    private static final Pattern TOKEN = Pattern.compile("/approve/([A-Z0-9]+)/([A-Za-z0-9_-]{43})");
    public final BookingStore shop;
    public final RepairOrders orders;

    private Approvals(BookingStore shop) {
        this.shop = shop;
        this.orders = RepairOrders.in(shop);
    }

    public static Approvals in(BookingStore shop) {
        return new Approvals(shop);
    }

    /** A signed order (one 1-hour job, 150.00 + 13 % VAT = 169.50) handed over to the foreman's queue: the workshop has the car. */
    public Response handedOver() {
        return orders.ok(orders.signed(), "hand-over", Map.of("receiver", "FOREMAN_QUEUE"));
    }

    public String path(Response order, String rest) {
        return shop.path("/repair-orders/" + order.path("id") + rest);
    }

    public static Map<String, Object> item(String description, int extraMinutes, boolean safety, List<Map<String, Object>> lines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", description);
        m.put("lines", lines);
        m.put("extraMinutes", extraMinutes);
        m.put("safetyCritical", safety);
        m.put("requirement", "RECOMMENDED");
        return m;
    }

    /** Brake pads: 0.8 h labour (120.00) + pads 1 × 420.00 = 540.00 customer pay, 45 minutes, safety-critical. */
    public static Map<String, Object> brakes() {
        return item("左前刹车片剩余2mm，建议更换", 45, true, List.of(RepairOrders.job("更换前刹车片", "0.8"),
                RepairOrders.part("3C0698151A", "1", "420.00", "DEALER", "OEM", true)));
    }

    /** Cabin filter: 0.2 h labour (30.00) + filter 1 × 88.00 = 118.00, 15 minutes. */
    public static Map<String, Object> filter() {
        return item("空调滤芯脏污", 15, false, List.of(RepairOrders.job("更换空调滤芯", "0.2"),
                RepairOrders.part("5Q0819653", "1", "88.00", "DEALER", "OEM", false)));
    }

    public RequestSpecification as(String role) {
        return shop.as(role);
    }

    public Response report(Response order, Map<String, Object> body) {
        Response r = shop.as(Roles.WORKSHOP).body(body).post(path(order, "/supplementary-items"));
        r.then().statusCode(201);
        return r;
    }

    public Response sheet(Response order) {
        Response r = shop.as(Roles.ADVISOR).get(path(order, "/approval-sheet"));
        r.then().statusCode(200);
        return r;
    }

    public static Map<String, Object> choice(Response item, String decision) {
        return Map.of("itemId", item.path("id"), "version", item.<Integer>path("currentVersion"), "decision", decision);
    }

    public static Map<String, Object> inPersonBody(Response sheet, List<Map<String, Object>> choices) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("sheetHash", sheet.path("sheetHash"));
        b.put("decisions", choices);
        b.put("signerName", "张伟");
        b.put("signaturePng", RepairOrders.signature("张伟").get("signaturePng"));
        b.put("device", "接待台平板 1");
        b.put("workshopTold", "李师傅");
        return b;
    }

    public Response inPerson(Response order, Response sheet, List<Map<String, Object>> choices) {
        return shop.as(Roles.ADVISOR).body(inPersonBody(sheet, choices)).post(path(order, "/approval-decisions/in-person"));
    }

    public static Map<String, Object> phoneBody(Response sheet, List<Map<String, Object>> choices, String calledAt) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("sheetHash", sheet.path("sheetHash"));
        b.put("decisions", choices);
        b.put("calledAt", calledAt);
        b.put("phoneNumber", "13812345678");
        b.put("consentBy", "CUSTOMER");
        b.put("consentGivenBy", "张伟");
        b.put("customerWords", "刹车片换吧，空调滤芯下次再说");
        b.put("workshopTold", "李师傅");
        return b;
    }

    public Response sendLink(Response order) {
        Response r = shop.as(Roles.ADVISOR).body(Map.of("language", "zh-CN")).post(path(order, "/approval-links"));
        r.then().statusCode(201);
        return r;
    }

    /** The link's token, read from the text the customer got (the outbox is the only place it is written). */
    public String token(Response link) {
        String messageId = link.path("messages[0].id");
        String body = null;
        String cursor = null;
        do {
            var req = shop.manager().queryParam("limit", 100).queryParam("audience", "CUSTOMER");
            var page = (cursor == null ? req : req.queryParam("cursor", cursor)).get(shop.path("/notifications")).then().statusCode(200).extract().jsonPath();
            body = page.getString("items.find { it.id == '" + messageId + "' }.body");
            cursor = page.getString("nextCursor");
        } while (body == null && cursor != null);
        Matcher m = TOKEN.matcher(body == null ? "" : body);
        if (!m.find()) {
            throw new AssertionError("no link in message " + messageId + ": " + body);
        }
        return m.group(2);
    }

    public String publicPath(String token, String rest) {
        return "/api/public/stores/" + shop.code + "/approval-links/" + token + rest;
    }

    /** The customer's phone: no login, its own address. */
    public static RequestSpecification customer(String ip) {
        return Api.anonymous().header("X-Forwarded-For", ip).header("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)");
    }
}
