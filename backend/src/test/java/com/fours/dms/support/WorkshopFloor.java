package com.fours.dms.support;

import com.fours.dms.shared.security.Roles;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A fresh store with a workshop to dispatch (R-REP-1): the booking store's two general bays and
 * two unlinked technicians, plus a body &amp; paint bay P01 and three technicians who sign in:
 * 周技师 (login zhou: MAINTENANCE, DIAGNOSIS), 吴技师 (login wu: BODY, PAINT) and the foreman 郑工长
 * (login zheng: MAINTENANCE), all 08:30-17:30 every day (Asia/Shanghai). Orders are handed over
 * through the API, as the advisor does it.
 */
public final class WorkshopFloor {
    public final BookingStore shop;
    public final String zhou;
    public final String wu;
    public final String zheng;
    public final String b01;
    public final String b02;
    public final String p01;

    private WorkshopFloor(BookingStore shop) {
        this.shop = shop;
        zhou = technician("周技师", List.of("MAINTENANCE", "DIAGNOSIS"), "zhou", false);
        wu = technician("吴技师", List.of("BODY", "PAINT"), "wu", false);
        zheng = technician("郑工长", List.of("MAINTENANCE"), "zheng", true);
        shop.manager().body(Map.of("code", "P01", "name", "钣喷工位", "bayType", "BODY_PAINT", "active", true)).post(shop.path("/bays")).then().statusCode(201);
        List<Map<String, Object>> bays = shop.manager().get(shop.path("/bays")).then().statusCode(200).extract().path("");
        b01 = bayId(bays, "B01");
        b02 = bayId(bays, "B02");
        p01 = bayId(bays, "P01");
    }

    public static WorkshopFloor open() {
        return new WorkshopFloor(BookingStore.open());
    }

    /** The floor of an existing store (once per store: it adds the technicians and the body bay). */
    public static WorkshopFloor in(BookingStore shop) {
        return new WorkshopFloor(shop);
    }

    private static String bayId(List<Map<String, Object>> bays, String code) {
        return (String) bays.stream().filter(b -> code.equals(b.get("code"))).findFirst().orElseThrow().get("id");
    }

    /** Adds a technician linked to a login; returns the id. */
    public String technician(String name, List<String> skills, String username, boolean foreman) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("skills", skills);
        body.put("workStart", "08:30:00");
        body.put("workEnd", "17:30:00");
        body.put("active", true);
        body.put("username", username);
        body.put("foreman", foreman);
        return shop.manager().body(body).post(shop.path("/technicians")).then().statusCode(201).extract().path("id");
    }

    public String path(String rest) {
        return shop.path(rest);
    }

    /** A workshop user signed in with this login. */
    public RequestSpecification tech(String username) {
        return Api.withToken(TestTokens.token(username, Set.of(Roles.WORKSHOP), shop.code));
    }

    public RequestSpecification foreman() {
        return tech("zheng");
    }

    public RequestSpecification manager() {
        return shop.manager();
    }

    /** A job line of the estimate. */
    public static Map<String, Object> job(String description, String hours, String team) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "JOB");
        m.put("payType", "CUSTOMER");
        m.put("description", description);
        m.put("hours", hours);
        if (team != null) {
            m.put("team", team);
        }
        return m;
    }

    /** A walk-in with these lines, submitted, signed and handed over to `receiver` (a technician id or FOREMAN_QUEUE); returns the order. */
    public Response handedOver(String receiver, List<Map<String, Object>> lines) {
        String[] cv = shop.customerWithVehicle();
        return handedOver(receiver, lines, Map.of("customerId", cv[0], "vehicleId", cv[1], "requestedWork", "保养，左前门钣金"));
    }

    /** The same with the order created from this body (customer, vehicle, advisor …). */
    public Response handedOver(String receiver, List<Map<String, Object>> lines, Map<String, Object> order) {
        Response o = advisor(null, shop.path("/repair-orders"), order, 201);
        for (Map<String, Object> line : lines) {
            o = advisor(o, "/lines", line, 200);
        }
        o = advisor(o, "/submit-for-signature", Map.of(), 200);
        o = advisor(o, "/sign", Map.of("signerName", "张伟", "signaturePng",
                java.util.Base64.getEncoder().encodeToString(com.fours.dms.inspection.Images.png(120, 40)), "device", "接待台平板"), 200);
        Map<String, Object> handover = new LinkedHashMap<>();
        handover.put("receiver", receiver);
        return advisor(o, "/hand-over", handover, 200);
    }

    public Response handedOver(String receiver, Map<String, Object> line) {
        return handedOver(receiver, List.of(line));
    }

    private Response advisor(Response order, String path, Map<String, Object> body, int status) {
        RequestSpecification req = shop.as(Roles.ADVISOR);
        if (order != null) {
            req.header("If-Match", order.header("ETag"));
            path = shop.path("/repair-orders/" + order.path("id") + path);
        }
        Response r = req.body(body).post(path);
        r.then().statusCode(status);
        return r;
    }

    /** The board's cards of this order, in board order. */
    public List<Map<String, Object>> jobsOf(Response order) {
        List<Map<String, Object>> all = manager().get(path("/workshop/board")).then().statusCode(200).extract().path("jobs");
        List<Map<String, Object>> mine = new ArrayList<>();
        all.stream().filter(j -> order.path("id").equals(j.get("repairOrderId"))).forEach(mine::add);
        return mine;
    }

    /** The order's first job card. */
    public Map<String, Object> firstJob(Response order) {
        return jobsOf(order).get(0);
    }

    public Response assign(RequestSpecification as, Map<String, Object> job, String technician, String bay, String from, String to) {
        return as.header("If-Match", "\"" + job.get("version") + "\"")
                .body(Map.of("technicianId", technician, "bayId", bay, "plannedStart", from, "plannedEnd", to))
                .post(path("/workshop/jobs/" + job.get("id") + "/assign"));
    }

    /** The foreman assigns; the step must succeed. Returns the job card. */
    public Map<String, Object> assigned(Map<String, Object> job, String technician, String bay, String from, String to) {
        return assign(foreman(), job, technician, bay, from, to).then().statusCode(200).extract().path("");
    }

    /** A punch by the technician with a fresh Idempotency-Key. */
    public Response punch(String username, String action, Map<String, Object> body) {
        return punch(username, action, body, UUID.randomUUID().toString());
    }

    public Response punch(String username, String action, Map<String, Object> body, String key) {
        RequestSpecification req = tech(username).header("Idempotency-Key", key);
        if (body != null) {
            req.body(body);
        }
        return req.post(path("/workshop/my/" + action));
    }
}
