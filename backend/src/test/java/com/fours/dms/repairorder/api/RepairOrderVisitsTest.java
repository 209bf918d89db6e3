package com.fours.dms.repairorder.api;

import static com.fours.dms.repairorder.api.RepairOrders.fee;
import static com.fours.dms.repairorder.api.RepairOrders.job;
import static com.fours.dms.repairorder.api.RepairOrders.part;
import static org.hamcrest.Matchers.*;

import com.fours.dms.inspection.api.Inspections;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orders leave the shop, can be found, fill the service card (R-ARC-4) and carry what was found but not fixed (R-PRE-3). */
@QuarkusTest
class RepairOrderVisitsTest {
    /** Monday 2026-11-23 10:00 in Beijing. */
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Inject
    MutableClock clock;

    BookingStore shop;
    RepairOrders orders;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        shop = BookingStore.open();
        orders = RepairOrders.in(shop);
    }

    static String id(Response r) {
        return r.path("id");
    }

    Response get(Response order) {
        Response r = shop.as(Roles.ADVISOR).get(orders.path(order, ""));
        r.then().statusCode(200);
        return r;
    }

    /** Another visit of the same customer and vehicle (the earlier one has left the shop). */
    Response nextVisit(Response earlier) {
        return nextVisit(earlier, null);
    }

    /** Another visit while the vehicle still has an order in the shop: opened with the advisor's reason (R-APT-2). */
    Response nextVisit(Response earlier, String overrideReason) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("customerId", earlier.path("customerId"), "vehicleId", earlier.path("vehicleId"), "requestedWork", "复查"));
        if (overrideReason != null) {
            body.put("secondOrderOverride", Map.of("reason", overrideReason));
        }
        Response r = shop.as(Roles.ADVISOR).body(body).post(shop.path("/repair-orders"));
        r.then().statusCode(201);
        return r;
    }

    Response list(Map<String, ?> query) {
        Response r = shop.as(Roles.WORKSHOP).queryParams(query).get(shop.path("/repair-orders"));
        r.then().statusCode(200);
        return r;
    }

    @Test
    void aDeclinedCarPaysTheDiagnosisFeeIsReleasedWithItsNoteAndItsKeyTagIsFree() {
        Inspections inspections = Inspections.in(shop);
        Response o = orders.walkIn();
        inspections.start(o, Inspections.body("K-701", "S-01"));
        o = orders.ok(get(o), "diagnosis-consent", Map.of("givenBy", "张伟", "channel", "IN_PERSON"));
        o = orders.with(orders.with(o, fee("DIAGNOSIS", "100.00")), job("更换前刹车片", "1.5"));
        o = orders.ok(o, "decline", Map.of("reason", "客户决定暂不维修"));
        // R-CHK-3: only the diagnosis fee stays payable; the declined job is a finding for the next visit (R-PRE-3)
        o.then().body("status", is("DECLINED"), "totals.customerPay", is(100.0f), "availableActions", contains("release"),
                "findings.description", contains("更换前刹车片"), "findings[0].disposition", is("DECLINED"),
                "findings[0].sourceLineId", is((String) o.path("lines.find { it.kind == 'JOB' }.id")));
        // the car left the shop: its key tag and slot take the next car
        inspections.start(orders.walkIn(), Inspections.body("K-701", "S-01"));
        // R-CHK-9: released with the release note, the order is closed; nothing more to do
        Response released = orders.ok(o, "release", null);
        released.then().body("status", is("CLOSED"), "releasedAt", is(NOW.toString()), "availableActions", empty(), "totals.customerPay", is(100.0f));
        orders.act(released, "release", null).then().statusCode(409).body("code", is("R-CHK-9"));
        orders.act(orders.walkIn(), "release", null).then().statusCode(409).body("code", is("R-CHK-9"));
    }

    @Test
    void visitOnesDeclinedFindingIsOnVisitTwosOrderAndResolvedWhenFixed() {
        Response first = orders.with(orders.walkIn(), job("更换前刹车片", "1.5"));
        first = orders.ok(first, "findings", Map.of("description", "左后轮胎磨损接近极限", "disposition", "DEFERRED", "safetyCritical", true));
        first.then().body("findings.description", contains("左后轮胎磨损接近极限"), "findings[0].safetyCritical", is(true), "findings[0].resolvedAt", nullValue());
        orders.act(first, "findings", Map.of("description", "x", "disposition", "LATER")).then().statusCode(400);
        first = orders.ok(first, "decline", Map.of("reason", "下次再修"));
        first.then().body("findings.description", containsInAnyOrder("左后轮胎磨损接近极限", "更换前刹车片"));

        clock.set(NOW.plus(Duration.ofDays(30)));
        Response second = nextVisit(first);
        second.then().body("carriedFindings.description", containsInAnyOrder("左后轮胎磨损接近极限", "更换前刹车片"),
                "carriedFindings.find { it.description == '左后轮胎磨损接近极限' }.safetyCritical", is(true),
                "carriedFindings.resolvedByLineId", everyItem(nullValue()));
        String brakes = second.path("carriedFindings.find { it.description == '更换前刹车片' }.id");
        Response fixed = shop.as(Roles.ADVISOR).header("If-Match", second.header("ETag")).body(job("更换前刹车片", "1.5"))
                .post(orders.path(second, "/carried-findings/" + brakes + "/fix"));
        fixed.then().statusCode(200).body("lines", hasSize(1),
                "carriedFindings.find { it.id == '" + brakes + "' }.resolvedByLineId", is((String) fixed.path("lines[0].id")));
        shop.as(Roles.ADVISOR).header("If-Match", fixed.header("ETag")).body(job("更换前刹车片", "1.5"))
                .post(orders.path(fixed, "/carried-findings/" + brakes + "/fix")).then().statusCode(409).body("code", is("R-PRE-3"));
        get(first).then().body("findings.find { it.description == '更换前刹车片' }.resolvedAt", is(NOW.plus(Duration.ofDays(30)).toString()),
                "findings.find { it.description == '左后轮胎磨损接近极限' }.resolvedAt", nullValue());
        // the third visit carries only what is still open
        nextVisit(first, "第二次来店单据作废前另开").then().body("carriedFindings.description", contains("左后轮胎磨损接近极限"));
        // removing the fixing line opens the finding again
        shop.as(Roles.ADVISOR).header("If-Match", fixed.header("ETag")).delete(orders.path(fixed, "/lines/" + fixed.path("lines[0].id")))
                .then().statusCode(200);
        get(first).then().body("findings.find { it.description == '更换前刹车片' }.resolvedAt", nullValue());
    }

    Response decide(Response order, String lineId, String action, Map<String, Object> body) {
        var req = shop.as(Roles.ADVISOR).header("If-Match", order.header("ETag"));
        return (body == null ? req : req.body(body)).post(orders.path(order, "/lines/" + lineId + "/" + action));
    }

    /** Issue 7 point 7 (R-PRE-3): a line the customer declines at signing is out of what they sign and pay, and the next visit raises it. */
    @Test
    void visitOneDeclinesOneLineAtSigningAndVisitTwosOrderCarriesItUntilFixed() {
        Response o = orders.with(orders.with(orders.walkIn(), job("更换机油及机滤", "1.0")), job("更换前刹车片", "1.5"));
        o = orders.with(orders.with(o, part("1K0698151", "1", "420.00", "DEALER", "AFTERMARKET", true)), fee("ESTIMATE", "50.00"));
        o = orders.ok(o, "submit-for-signature", null);
        o.then().body("totals.customerPay", is(845.0f), "disclaimers.code", contains("NO_QUALITY_WARRANTY"), "lines.declined", everyItem(is(false)));
        String oil = o.path("lines[0].id");
        String brakes = o.path("lines[1].id");
        String pads = o.path("lines[2].id");
        String fee = o.path("lines[3].id");
        // at the signing screen the customer says no to the brake job (the advisor marks it safety-critical) and to the pads
        o = decide(o, brakes, "decline", Map.of("safetyCritical", true));
        o.then().statusCode(200).body("status", is("AWAITING_SIGNATURE"), "lines[1].declined", is(true), "lines[1].safetyCritical", is(true),
                "totals.customerPay", is(620.0f));
        o = decide(o, pads, "decline", Map.of());
        // the declined part's disclaimer is not printed for it any more; its amount is shown but counts in no total
        o.then().statusCode(200).body("lines[2].declined", is(true), "lines[2].safetyCritical", is(true), "lines[2].amount", is(420.0f),
                "disclaimers", empty(), "totals.customerPay", is(200.0f), "totals.tax", is(26.0f), "totals.customerPayable", is(226.0f));
        // a fee stays payable (R-CHK-3); a taken-back line counts again, and can be declined again
        decide(o, fee, "decline", Map.of()).then().statusCode(409).body("code", is("R-CHK-3"));
        o = decide(o, pads, "accept", null);
        o.then().statusCode(200).body("lines[2].declined", is(false), "totals.customerPay", is(620.0f));
        o = decide(o, pads, "decline", Map.of());
        o.then().statusCode(200).body("totals.customerPay", is(200.0f), "findings", empty());
        // signed: the declined lines are findings of this visit, and what was signed is what is shown without them
        Response signed = orders.ok(o, "sign", RepairOrders.signature("张伟"));
        signed.then().body("status", is("OPEN"), "signature.matchesCurrentEstimate", is(true), "totals.customerPayable", is(226.0f),
                "findings.sourceLineId", containsInAnyOrder(brakes, pads), "findings.disposition", everyItem(is("DECLINED")),
                "findings.safetyCritical", everyItem(is(true)), "findings.description", containsInAnyOrder("更换前刹车片", "配件 1K0698151"));
        shop.manager().queryParam("entityId", id(signed)).get(shop.path("/audit-entries")).then()
                .body("items.action", hasItems("line-declined", "line-accepted", "signed"),
                        "items.find { it.action == 'signed' }.changes.declinedLineIds", containsInAnyOrder(brakes, pads));
        // the service card shows the work the customer accepted
        shop.as(Roles.ADVISOR).get(shop.path("/vehicles/" + signed.path("vehicleId") + "/service-history")).then()
                .body("items[0].lines.description", contains("更换机油及机滤", "估价费"), "items[0].customerPayable", is(226.0f));

        // visit 2 (the first car is still in the shop, so with a reason): its draft carries both, safety-critical
        clock.set(NOW.plus(Duration.ofDays(20)));
        Response second = nextVisit(signed, "客户回来更换刹车片");
        second.then().body("carriedFindings.description", containsInAnyOrder("更换前刹车片", "配件 1K0698151"),
                "carriedFindings.safetyCritical", everyItem(is(true)), "carriedFindings.resolvedByLineId", everyItem(nullValue()));
        String carried = second.path("carriedFindings.find { it.description == '更换前刹车片' }.id");
        Response fixed = shop.as(Roles.ADVISOR).header("If-Match", second.header("ETag")).body(job("更换前刹车片", "1.5"))
                .post(orders.path(second, "/carried-findings/" + carried + "/fix"));
        fixed.then().statusCode(200).body("carriedFindings.find { it.id == '" + carried + "' }.resolvedByLineId", is((String) fixed.path("lines[0].id")));
        get(signed).then().body("findings.find { it.sourceLineId == '" + brakes + "' }.resolvedAt", is(NOW.plus(Duration.ofDays(20)).toString()),
                "findings.find { it.sourceLineId == '" + pads + "' }.resolvedAt", nullValue());
        // nothing changes for the line the customer accepted
        get(signed).then().body("lines.find { it.id == '" + oil + "' }.declined", is(false));
    }

    @Test
    void aLineDeclinedBeforeOrAfterSigningChangesWhatIsSigned() {
        // in a draft the advisor records the customer's no instead of removing the line
        Response o = orders.with(orders.with(orders.walkIn(), job("更换机油及机滤", "1.0")), job("四轮定位", "1.0"));
        String alignment = o.path("lines[1].id");
        o = decide(o, alignment, "decline", Map.of());
        o.then().statusCode(200).body("status", is("DRAFT"), "lines[1].declined", is(true), "totals.customerPay", is(150.0f));
        o = orders.ok(orders.ok(o, "submit-for-signature", null), "sign", RepairOrders.signature("张伟"));
        o.then().body("findings.sourceLineId", contains(alignment), "findings[0].safetyCritical", is(false));
        // signed, not handed over: taking the line back is a change that needs a new signature; signed again, the finding is fixed by that line
        o = decide(o, alignment, "accept", null);
        o.then().statusCode(200).body("status", is("DRAFT"), "signature.matchesCurrentEstimate", is(false), "totals.customerPay", is(300.0f));
        o = orders.ok(orders.ok(o, "submit-for-signature", null), "sign", RepairOrders.signature("张伟"));
        o.then().body("findings", hasSize(1), "findings[0].resolvedAt", notNullValue(), "signature.matchesCurrentEstimate", is(true));
        // a customer who declines every line declines the order
        Response all = orders.ok(orders.with(orders.walkIn(), job("更换机油及机滤", "1.0")), "submit-for-signature", null);
        all = decide(all, all.path("lines[0].id"), "decline", Map.of());
        orders.act(all, "sign", RepairOrders.signature("张伟")).then().statusCode(409).body("code", is("R-CHK-9"));
        all = orders.ok(all, "decline", Map.of("reason", "都不做了"));
        all.then().body("findings", hasSize(1), "findings[0].description", is("更换机油及机滤"));
        // handed over, it is a supplementary matter
        Response handed = orders.ok(orders.signed(), "hand-over", Map.of("receiver", "FOREMAN_QUEUE"));
        decide(handed, handed.path("lines[0].id"), "decline", Map.of()).then().statusCode(409).body("code", is("R-CHK-9"));
    }

    @Test
    void ordersAreFoundByStatusAdvisorDaySearchAndShowPlateModelAndCustomer() {
        String customer = shop.as(Roles.ADVISOR).body(Fixtures.aCustomer().named("欧阳娜娜").phones("13912345678").body())
                .post(shop.path("/customers")).then().statusCode(201).extract().path("id");
        String vehicle = shop.as(Roles.ADVISOR).body(Fixtures.aVehicle(customer).plate("京N05678").body())
                .post(shop.path("/vehicles")).then().statusCode(201).extract().path("id");
        Response mine = shop.as(Roles.ADVISOR).body(Map.of("customerId", customer, "vehicleId", vehicle, "advisorId", shop.advisorIds.get(0), "requestedWork", "保养"))
                .post(shop.path("/repair-orders"));
        mine.then().statusCode(201).body("vehicle.plate", is("京N05678"), "vehicle.model", notNullValue(), "customer.name", is("欧阳娜娜"),
                "customer.phone", is("13912345678"));
        Response cancelled = orders.ok(orders.walkIn(), "cancel", Map.of("reason", "客户未留车"));
        clock.set(NOW.plus(Duration.ofDays(2)));
        Response later = orders.ok(orders.with(orders.walkIn(), job("更换机油及机滤", "1.0")), "submit-for-signature", null);

        list(Map.of()).then().body("items.id", contains(id(later), id(cancelled), id(mine)),
                "items[2].plate", is("京N05678"), "items[2].customerName", is("欧阳娜娜"), "items[2].model", notNullValue(),
                "items[2].advisorId", is(shop.advisorIds.get(0)));
        Response page = list(Map.of("limit", 2));
        page.then().body("items.id", contains(id(later), id(cancelled)), "nextCursor", notNullValue());
        list(Map.of("cursor", page.path("nextCursor"))).then().body("items.id", contains(id(mine)), "nextCursor", nullValue());
        Response several = shop.as(Roles.WORKSHOP).queryParam("status", "DRAFT", "AWAITING_SIGNATURE").get(shop.path("/repair-orders"));
        several.then().statusCode(200).body("items.id", contains(id(later), id(mine)));
        list(Map.of("open", true)).then().body("items.id", not(hasItem(id(cancelled))));
        list(Map.of("today", true)).then().body("items.id", contains(id(later)));
        list(Map.of("advisorId", shop.advisorIds.get(0))).then().body("items.id", contains(id(mine)));
        // check-in by plate asks what the car already has in the shop before opening a second order (issue 7, point 1)
        list(Map.of("vehicleId", vehicle, "open", true)).then().body("items.id", contains(id(mine)));
        list(Map.of("vehicleId", (String) cancelled.path("vehicleId"), "open", true)).then().body("items", hasSize(0));
        list(Map.of("q", (String) mine.path("number"))).then().body("items.id", contains(id(mine)));
        list(Map.of("q", "5678")).then().body("items.id", hasItem(id(mine)));
        list(Map.of("q", "欧阳")).then().body("items.id", contains(id(mine)));
        list(Map.of("q", "N056")).then().body("items.id", contains(id(mine)));
        shop.as(Roles.WORKSHOP).queryParam("status", "LOST").get(shop.path("/repair-orders")).then().statusCode(400).body("violations.field", contains("status"));
        // archive search by a tail: the plate's and the phone's last digits
        shop.as(Roles.ADVISOR).queryParam("q", "5678").get(shop.path("/vehicles")).then().statusCode(200).body("items.id", hasItem(vehicle));
        shop.as(Roles.ADVISOR).queryParam("q", "5678").get(shop.path("/customers")).then().statusCode(200).body("items.id", hasItem(customer));
        shop.as(Roles.ADVISOR).queryParam("q", "139123").get(shop.path("/customers")).then().statusCode(200).body("items.id", hasItem(customer));
    }

    @Test
    void theServiceCardListsEveryVisitNewestFirstAndMovesTheLastService() {
        Response first = orders.walkIn();
        String vehicle = first.path("vehicleId");
        Inspections.in(shop).start(first, Inspections.body("K-702", "S-02"));
        first = orders.ok(orders.with(get(first), job("更换机油及机滤", "1.0")), "submit-for-signature", null);
        first = orders.ok(first, "sign", RepairOrders.signature("张伟"));
        first.then().body("odometerKm", is(25000));
        // R-REM-1 follows the visit: last service is today at the inspected 25 000 km
        shop.as(Roles.ADVISOR).get(shop.path("/vehicles/" + vehicle)).then().statusCode(200)
                .body("lastServiceDate", is("2026-11-23"), "lastServiceMileage", is(25000));

        clock.set(NOW.plus(Duration.ofDays(40)));
        orders.ok(orders.with(nextVisit(first, "上次工单未结算"), job("四轮定位", "1.0")), "cancel", Map.of("reason", "客户改约"));
        Response declined = orders.ok(orders.with(nextVisit(first, "上次工单未结算"), job("更换空调滤芯", "0.5")), "decline", Map.of("reason", "太贵"));

        Response page = shop.as(Roles.WORKSHOP).queryParam("limit", 1).get(shop.path("/vehicles/" + vehicle + "/service-history"));
        page.then().statusCode(200).body("items", hasSize(1), "items[0].repairOrderId", is((String) id(declined)),
                "items[0].status", is("DECLINED"), "items[0].date", is("2027-01-02"), "items[0].total", is(0.0f), "nextCursor", notNullValue());
        shop.as(Roles.CUSTOMER_SERVICE).queryParam("cursor", (String) page.path("nextCursor")).get(shop.path("/vehicles/" + vehicle + "/service-history"))
                .then().statusCode(200).body("items", hasSize(1), "nextCursor", nullValue(),
                        "items[0].repairOrderId", is((String) id(first)), "items[0].number", is((String) first.path("number")),
                        "items[0].date", is("2026-11-23"), "items[0].odometerKm", is(25000), "items[0].status", is("OPEN"),
                        "items[0].requestedWork", is("发动机故障灯亮，顺便保养"), "items[0].lines.description", contains("更换机油及机滤"),
                        "items[0].lines[0].amount", is(150.0f), "items[0].total", is(169.5f), "items[0].customerPayable", is(169.5f));
        // the declined visit does not move the last service
        shop.as(Roles.ADVISOR).get(shop.path("/vehicles/" + vehicle)).then().body("lastServiceDate", is("2026-11-23"));
        BookingStore other = BookingStore.open();
        other.as(Roles.ADVISOR).get(other.path("/vehicles/" + vehicle + "/service-history")).then().statusCode(404);
    }

    @Test
    void aDraftTakesTheStoresCurrentRatesUntilItIsSubmittedEvenWhenOnlyRead() {
        Response draft = orders.with(orders.walkIn(), job("更换机油及机滤", "1.0"));
        Response submitted = orders.ok(orders.with(orders.walkIn(), job("更换机油及机滤", "1.0")), "submit-for-signature", null);
        shop.changeSettings(s -> s.taxRatePercent(new java.math.BigDecimal("9")).labourRate(new java.math.BigDecimal("200"))).then().statusCode(200);
        // the draft was opened at 13 % and 150/h; only read, it shows the store's rates now (issue 7, point 4), and its ETag moved
        Response read = get(draft);
        read.then().header("ETag", not(is(draft.header("ETag"))))
                .body("taxRatePercent", is(9.0f), "labourRate", is(200.0f), "lines[0].labourRate", is(200.0f), "totals.customerPay", is(200.0f), "totals.tax", is(18.0f));
        shop.manager().queryParam("entityId", id(draft)).get(shop.path("/audit-entries")).then()
                .body("items.action", hasItem("repriced"), "items.find { it.action == 'repriced' }.changes.labourRate.to", hasToString(startsWith("200")));
        // the one submitted for signature is not repriced: the customer is shown its rates
        get(submitted).then().header("ETag", is(submitted.header("ETag"))).body("taxRatePercent", is(13.0f), "totals.customerPay", is(150.0f));
        // submitted now, it keeps them
        orders.ok(read, "submit-for-signature", null).then()
                .body("taxRatePercent", is(9.0f), "labourRate", is(200.0f), "lines[0].labourRate", is(200.0f), "totals.customerPay", is(200.0f), "totals.tax", is(18.0f));
        // what the customer was shown stays: submitted and signed keep their rates
        Response signed = orders.ok(get(submitted), "sign", RepairOrders.signature("张伟"));
        signed.then().body("taxRatePercent", is(13.0f), "labourRate", is(150.0f), "totals.customerPay", is(150.0f));
    }
}
