package com.fours.dms.settlement.api;

import static com.fours.dms.settlement.api.Bills.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Settlement and delivery (issue 10, R-DEL-1..5, R-REP-4) as the cashier, the service manager and
 * the advisor use it. The order: an oil change (1.0 h × 150.00) and a filter (88.00): 238.00
 * customer pay; the store's default is prices including 13 % VAT, a discount limit of 5 % / 200.00.
 * Monday 2026-11-23 10:00 Asia/Shanghai, moved.
 */
@QuarkusTest
class SettlementResourceTest {
    @Inject
    MutableClock clock;

    Bills bills;

    @BeforeEach
    void shop() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        bills = new Bills(clock);
    }

    @Test
    void theBillOfAReadyOrderItemisesLabourAndMaterialsWithVatIncludedAndIsNumberedOnlyWhenFinalised() {
        Response handedOver = bills.handedOver();
        bills.cashier().post(bills.path("/repair-orders/" + handedOver.path("id") + "/settlement")).then().statusCode(409)
                .contentType("application/problem+json").body("code", is("R-DEL-1"), "detail", containsString("OPEN"));
        Response order = bills.finishWork(handedOver);
        Response bill = bills.draw(order);
        bill.then().body("status", is("DRAFT"), "number", nullValue(), "pricesIncludeVat", is(true), "orderNumber", is((String) order.path("number")),
                "lines.kind", contains("LABOUR", "MATERIAL"), "lines.payType", contains("CUSTOMER", "CUSTOMER"), "lines.source", contains("ESTIMATE", "ESTIMATE"),
                "lines.amount", contains(150.0f, 88.0f), "totals.labour", is(150.0f), "totals.materials", is(88.0f),
                // 238.00 includes VAT: 238.00 × 13 / 113 = 27.3805… → 27.38 (HALF_UP to the fen), net 210.62
                "totals.customerPayable", is(238.0f), "totals.vat", is(27.38f), "totals.net", is(210.62f), "totals.balance", is(238.0f),
                "differences", empty(), "gate.blocked", is(false), "availableActions", hasItems("discount", "finalise"));
        bills.cashier().post(bills.path("/repair-orders/" + order.path("id") + "/settlement")).then().statusCode(409).body("code", is("settlement-exists"));
        bills.as(Roles.ADVISOR).get(bills.billPath(bill, "")).then().statusCode(200);

        bills.cashier().get(bills.path("/settlement/queue")).then().statusCode(200)
                .body("items.repairOrderId", hasItem((String) order.path("id")), "items[0].settlementStatus", is("DRAFT"));
        bills.cashier().header("If-Match", "\"99\"").post(bills.billPath(bill, "/finalise")).then().statusCode(412);
        Response done = bills.ok(bills.cashier(), bill, "/finalise", null);
        done.then().body("status", is("FINALISED"), "number", is("JS" + bills.floor.shop.code + "-000001"), "finalisedBy", is("cashier-user"),
                "availableActions", hasItems("pay", "void", "fapiao"));
        bills.act(bills.cashier(), done, "/finalise", null).then().statusCode(409).body("code", is("settlement-not-draft"));
        bills.manager().get(bills.path("/events")).then().statusCode(200).body("items.type", hasItem("SettlementFinalised"));
    }

    @Test
    void anApprovedSupplementaryItemIsADifferenceWithItsApprovalAndAnAdjustmentAboveTheAuthorizationWaitsForTheManagersOverride() {
        Response order = bills.ready(true);
        Response bill = bills.draw(order);
        bill.then().body("lines.source", contains("ESTIMATE", "ESTIMATE", "SUPPLEMENTARY"), "totals.customerPayable", is(298.0f),
                "differences.kind", contains("SUPPLEMENTARY"), "differences[0].amount", is(60.0f), "differences[0].reason", containsString("张伟"),
                "authorizationHistory.size()", is(1), "gate.blocked", is(false), "gate.exceededBy", is(0.0f));

        Map<String, Object> oil = Map.of("kind", "MATERIAL", "payType", "CUSTOMER", "description", "机油（多用 0.5 L）", "quantity", "0.50", "unitPrice", "80.00",
                "reason", "发动机实际用油 4.5 L");
        bills.act(bills.cashier(), bill, "/adjustments", with(oil, "reason", " ")).then().statusCode(400).body("violations.field", contains("reason"));
        Response adjusted = bills.ok(bills.cashier(), bill, "/adjustments", oil);
        // 40.00 more, by the estimate's rule 45.20 with VAT: above what the customer authorized (tolerance 0).
        adjusted.then().body("totals.customerPayable", is(338.0f), "differences.kind", contains("SUPPLEMENTARY", "ADJUSTMENT"),
                "differences[1].reason", is("发动机实际用油 4.5 L"), "differences[1].by", is("cashier-user"),
                "gate.blocked", is(true), "gate.exceededBy", is(45.2f));
        bills.act(bills.cashier(), adjusted, "/finalise", null).then().statusCode(409).contentType("application/problem+json")
                .body("code", is("R-DEL-1"), "detail", containsString("45.20"));
        bills.manager().get(bills.path("/settlement/inbox")).then().statusCode(200)
                .body("items.kind", contains("OVER_AUTHORIZATION"), "items[0].gate.exceededBy", is(45.2f));
        bills.act(bills.cashier(), adjusted, "/override", Map.of("reason", "客户口头同意")).then().statusCode(403);
        bills.act(bills.manager(), adjusted, "/override", Map.of("reason", "")).then().statusCode(400).body("violations.field", contains("reason"));
        Response overridden = bills.ok(bills.manager(), adjusted, "/override", Map.of("reason", "客户在前台口头同意多用的机油"));
        overridden.then().body("gate.blocked", is(false), "gate.overrideBy", is("service-manager-user"), "gate.overrideReason", is("客户在前台口头同意多用的机油"));
        bills.manager().get(bills.path("/settlement/inbox")).then().body("items", empty());
        bills.ok(bills.cashier(), overridden, "/finalise", null).then().body("status", is("FINALISED"), "totals.customerPayable", is(338.0f));
    }

    @Test
    void theStoresToleranceLetsASmallDifferenceThrough() {
        bills.floor.shop.changeSettings(b -> b.authorizationTolerance(new java.math.BigDecimal("50.00"))).then().statusCode(200);
        Response bill = bills.draw(bills.ready(false));
        Response adjusted = bills.ok(bills.cashier(), bill, "/adjustments", Map.of("kind", "MATERIAL", "payType", "CUSTOMER", "description", "机油",
                "quantity", "0.50", "unitPrice", "80.00", "reason", "多用 0.5 L"));
        adjusted.then().body("gate.tolerance", is(50.0f), "gate.exceededBy", is(0.0f), "gate.blocked", is(false));
        bills.act(bills.manager(), adjusted, "/override", Map.of("reason", "不需要")).then().statusCode(409).body("code", is("R-DEL-1"));
        bills.ok(bills.cashier(), adjusted, "/finalise", null);
    }

    @Test
    void aDiscountAtTheLimitAppliesAndOneAboveItWaitsForTheServiceManagersDecisionWithAReason() {
        Response bill = bills.draw(bills.ready(false));
        String labour = bill.path("lines[0].id");
        bills.act(bills.cashier(), bill, "/discounts", Map.of("reason", "老客户")).then().statusCode(400).body("violations.field", contains("amount"));
        bills.act(bills.cashier(), bill, "/discounts", Map.of("amount", "300.00", "reason", "老客户")).then().statusCode(400)
                .body("violations.field", contains("amount"), "violations[0].message", containsString("238.00"));
        // 5 % of 238.00 = 11.90: exactly at the limit
        Response at = bills.ok(bills.cashier(), bill, "/discounts", Map.of("percent", "5", "reason", "老客户"));
        at.then().body("discounts[0].status", is("APPLIED"), "discounts[0].amount", is(11.9f), "totals.discounts", is(11.9f),
                "totals.customerPayable", is(226.1f), "differences.kind", contains("DISCOUNT"), "differences[0].amount", is(-11.9f));
        clock.advance(java.time.Duration.ofMinutes(1));
        Response over = bills.ok(bills.as(Roles.ADVISOR), at, "/discounts", Map.of("lineId", labour, "amount", "0.01", "reason", "再让一分"));
        over.then().body("discounts[1].status", is("PENDING"), "discounts[1].requestedBy", is("advisor-user"), "totals.customerPayable", is(226.1f));
        bills.act(bills.cashier(), over, "/finalise", null).then().statusCode(409).body("code", is("R-DEL-2"));
        bills.manager().get(bills.path("/settlement/inbox")).then().body("items.kind", contains("DISCOUNT"), "items[0].discount.amount", is(0.01f));
        String pending = over.path("discounts[1].id");
        bills.act(bills.cashier(), over, "/discounts/" + pending + "/decision", Map.of("approve", true, "reason", "好")).then().statusCode(403);
        Response refused = bills.ok(bills.manager(), over, "/discounts/" + pending + "/decision", Map.of("approve", false, "reason", "已到权限上限"));
        refused.then().body("discounts[1].status", is("REFUSED"), "discounts[1].decidedBy", is("service-manager-user"),
                "discounts[1].decisionReason", is("已到权限上限"), "discounts[1].decidedAt", notNullValue(), "totals.customerPayable", is(226.1f));
        bills.act(bills.manager(), refused, "/discounts/" + pending + "/decision", Map.of("approve", true, "reason", "改主意")).then().statusCode(409)
                .body("code", is("R-DEL-2"));
        clock.advance(java.time.Duration.ofMinutes(1));
        Response big = bills.ok(bills.cashier(), refused, "/discounts", Map.of("lineId", labour, "percent", "10", "reason", "会员日"));
        big.then().body("discounts[2].status", is("PENDING"), "discounts[2].amount", is(15.0f));
        Response approved = bills.ok(bills.manager(), big, "/discounts/" + big.path("discounts[2].id") + "/decision", Map.of("approve", true, "reason", "会员日活动"));
        approved.then().body("discounts[2].status", is("APPROVED"), "lines[0].discount", is(15.0f), "totals.discounts", is(26.9f),
                "totals.customerPayable", is(211.1f), "totals.vat", is(24.29f));
        bills.ok(bills.cashier(), approved, "/finalise", null).then().body("status", is("FINALISED"), "totals.customerPayable", is(211.1f));
    }

    @Test
    void twoTendersPayTheBillWithChangeForCashThenTheReleaseNoteFreesTheCarAndTheAdvisorDeliversItWithTheCustomersSignature() {
        Response order = bills.ready(false);
        Response bill = bills.ok(bills.cashier(), bills.draw(order), "/finalise", null);
        bills.act(bills.cashier(), bill, "/release-note", null).then().statusCode(409).body("code", is("R-DEL-4"), "detail", containsString("FINALISED"));
        bills.act(bills.as(Roles.ADVISOR), bill, "/delivery", Bills.delivery()).then().statusCode(409).body("code", is("R-DEL-4"));
        bills.cashier().body(Map.of("tender", "CARD", "amount", "100.00")).post(bills.billPath(bill, "/payments")).then().statusCode(400)
                .body("violations.field", contains("Idempotency-Key"));
        bills.pay(bill, Map.of("tender", "CARD", "amount", "300.00")).then().statusCode(409).body("code", is("R-DEL-3"));
        bills.pay(bill, Map.of("tender", "DEPOSIT")).then().statusCode(409).body("code", is("R-DEL-3"), "detail", containsString("deposit"));
        bills.pay(bill, Map.of("tender", "CARD")).then().statusCode(400).body("violations.field", contains("amount"));
        bills.pay(bill, Map.of("tender", "CARD", "amount", "100.00", "reference", "POS 000123")).then().statusCode(200)
                .body("status", is("FINALISED"), "totals.paid", is(100.0f), "totals.balance", is(138.0f));
        clock.advance(java.time.Duration.ofMinutes(1));
        Response paid = bills.pay(bill, Map.of("tender", "CASH", "tendered", "200.00"));
        paid.then().statusCode(200).body("status", is("PAID"), "payments.tender", contains("CARD", "CASH"), "payments[1].amount", is(138.0f),
                "payments[1].tendered", is(200.0f), "payments[1].change", is(62.0f), "totals.balance", is(0.0f),
                "availableActions", hasItems("release-note", "void"));
        bills.pay(bill, Map.of("tender", "CASH", "tendered", "1.00")).then().statusCode(409).body("code", is("R-DEL-3"));

        bill = bills.get(bill);
        bills.act(bills.as(Roles.ADVISOR), bill, "/release-note", null).then().statusCode(403);
        Response released = bills.ok(bills.cashier(), bill, "/release-note", null);
        released.then().body("releaseNoteAt", notNullValue(), "releaseNoteBy", is("cashier-user"), "orderStatus", is("SETTLED"),
                "availableActions", hasItem("deliver"));
        bills.act(bills.manager(), released, "/void", Map.of("reason", "录错")).then().statusCode(409).body("code", is("R-DEL-4"));

        Map<String, Object> unchecked = with(Bills.delivery(), "oldPartsShown", false);
        bills.act(bills.as(Roles.ADVISOR), released, "/delivery", unchecked).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("oldPartsShown"));
        bills.act(bills.cashier(), released, "/delivery", Bills.delivery()).then().statusCode(403);
        Response delivered = bills.ok(bills.as(Roles.ADVISOR), released, "/delivery", Bills.delivery());
        delivered.then().body("orderStatus", is("CLOSED"), "delivery.signerName", is("张伟"), "delivery.deliveredBy", is("advisor-user"),
                "delivery.tyreLifePercent", is(60), "delivery.nextServiceKm", is(60000), "availableActions", contains("fapiao"));
        bills.act(bills.as(Roles.ADVISOR), delivered, "/delivery", Bills.delivery()).then().statusCode(409).body("code", is("R-DEL-5"));
        bills.manager().get(bills.path("/repair-orders/" + order.path("id"))).then().body("status", is("CLOSED"));
        bills.manager().queryParam("type", "RepairOrderClosed").get(bills.path("/events")).then().statusCode(200)
                .body("items.repairOrderId", contains((String) order.path("id")), "items[0].payload.customerPaid", is(238.0f));
        bills.cashier().get(bills.path("/settlement/queue")).then().body("items.repairOrderId", org.hamcrest.Matchers.not(hasItem((String) order.path("id"))));
    }

    @Test
    void onlyTheServiceManagerVoidsABillWhichKeepsItsNumberRefundsWhatWasPaidAndTheNextBillGetsTheNextNumber() {
        Response order = bills.ready(false);
        Response bill = bills.ok(bills.cashier(), bills.draw(order), "/finalise", null);
        String number = bill.path("number");
        bills.pay(bill, Map.of("tender", "MOBILE", "amount", "50.00", "reference", "WX-1")).then().statusCode(200);
        bill = bills.get(bill);
        bills.act(bills.cashier(), bill, "/void", Map.of("reason", "金额有误")).then().statusCode(403);
        bills.act(bills.manager(), bill, "/void", Map.of("reason", " ")).then().statusCode(400).body("violations.field", contains("reason"));
        clock.advance(java.time.Duration.ofMinutes(5));
        Response voided = bills.ok(bills.manager(), bill, "/void", Map.of("reason", "金额有误，重开"));
        voided.then().body("status", is("VOID"), "number", is(number), "voidReason", is("金额有误，重开"), "voidedBy", is("service-manager-user"),
                "payments.kind", contains("PAYMENT", "REFUND"), "payments[1].tender", is("MOBILE"), "payments[1].amount", is(50.0f),
                "totals.balance", is(0.0f), "availableActions", empty());
        bills.pay(voided, Map.of("tender", "CARD", "amount", "10.00")).then().statusCode(409);
        Response again = bills.ok(bills.cashier(), bills.draw(order), "/finalise", null);
        assertEquals("JS" + bills.floor.shop.code + "-000002", again.path("number"), "a voided bill keeps its number; the next bill gets the next one");
        bills.get(voided).then().body("status", is("VOID"), "number", is(number));
    }

    @Test
    void theFapiaoIsTheNumberTheCashierEntersFromTheTaxPlatformAndARedLetterCorrectionIsItsOwnState() {
        Response bill = bills.draw(bills.ready(false));
        bills.act(bills.cashier(), bill, "/fapiao", Map.of("number", "24112000000012345678", "date", "2026-11-23")).then().statusCode(409)
                .body("code", is("settlement-not-final"));
        bill = bills.ok(bills.cashier(), bill, "/finalise", null);
        bills.act(bills.cashier(), bill, "/fapiao", Map.of("number", "12#", "date", "2026-11-23")).then().statusCode(400).body("violations.field", contains("number"));
        Response issued = bills.ok(bills.cashier(), bill, "/fapiao", Map.of("number", "24112000000012345678", "date", "2026-11-23"));
        issued.then().body("fapiao.status", is("ISSUED"), "fapiao.number", is("24112000000012345678"), "fapiao.date", is("2026-11-23"),
                "availableActions", hasItem("red-letter"));
        bills.act(bills.cashier(), issued, "/fapiao", Map.of("number", "24112000000012345679", "date", "2026-11-23")).then().statusCode(409)
                .body("code", is("fapiao-issued"));
        bills.act(bills.cashier(), issued, "/fapiao", Map.of("number", "24112000000012345679", "date", "2026-11-24", "redLetter", true)).then()
                .statusCode(400).body("violations.field", contains("reason"));
        bills.ok(bills.cashier(), issued, "/fapiao", Map.of("number", "24112000000012345679", "date", "2026-11-24", "redLetter", true, "reason", "抬头有误"))
                .then().body("fapiao.status", is("RED_LETTER"), "fapiao.number", is("24112000000012345678"), "fapiao.redNumber", is("24112000000012345679"),
                        "fapiao.redReason", is("抬头有误"));
    }

    @Test
    void aStoreWhosePricesExcludeVatAddsItOnTop() {
        Response settings = bills.cashier().get(bills.path("/settlement/settings"));
        settings.then().statusCode(200).body("pricesIncludeVat", is(true), "discountLimitPercent", is(5.0f), "discountLimitAmount", is(200.0f));
        bills.cashier().header("If-Match", settings.header("ETag")).body(Map.of("pricesIncludeVat", false, "discountLimitPercent", "10", "discountLimitAmount", "100"))
                .put(bills.path("/settlement/settings")).then().statusCode(403);
        bills.manager().header("If-Match", settings.header("ETag")).body(Map.of("pricesIncludeVat", false, "discountLimitPercent", "101", "discountLimitAmount", "100"))
                .put(bills.path("/settlement/settings")).then().statusCode(400).body("violations.field", contains("discountLimitPercent"));
        bills.manager().header("If-Match", settings.header("ETag")).body(Map.of("pricesIncludeVat", false, "discountLimitPercent", "10", "discountLimitAmount", "100"))
                .put(bills.path("/settlement/settings")).then().statusCode(200).body("pricesIncludeVat", is(false), "version", is(1));
        // 238.00 net + 13 % = 30.94 → 268.94
        bills.draw(bills.ready(false)).then().body("pricesIncludeVat", is(false), "totals.net", is(238.0f), "totals.vat", is(30.94f),
                "totals.customerPayable", is(268.94f), "discountLimitPercent", is(10.0f));
    }

    @Test
    void theAppointmentsDepositIsDeductedOnceAndAVoidGivesItBack() {
        Response appointment = bills.bookedWithDeposit("200.00");
        Response order = bills.finishWork(bills.handedOver((String) appointment.path("repairOrderId")));
        Response bill = bills.ok(bills.cashier(), bills.draw(order), "/finalise", null);
        bill.then().body("totals.depositAvailable", is(200.0f), "totals.customerPayable", is(238.0f));
        bills.pay(bill, Map.of("tender", "DEPOSIT", "amount", "250.00")).then().statusCode(400).body("violations.field", contains("amount"));
        bills.pay(bill, Map.of("tender", "DEPOSIT")).then().statusCode(200)
                .body("payments[0].tender", is("DEPOSIT"), "payments[0].amount", is(200.0f), "totals.depositAvailable", is(0.0f), "totals.balance", is(38.0f));
        bills.pay(bill, Map.of("tender", "DEPOSIT")).then().statusCode(409).body("code", is("R-DEL-3"));
        bill = bills.get(bill);
        bills.ok(bills.manager(), bill, "/void", Map.of("reason", "重开")).then().body("payments.kind", hasItem("REFUND"));
        bills.ok(bills.cashier(), bills.draw(order), "/finalise", null).then().body("totals.depositAvailable", is(200.0f));
    }

    @Test
    void theKeyTagStaysTakenUntilTheReleaseNoteFreesIt() {
        com.fours.dms.inspection.api.Inspections inspections = com.fours.dms.inspection.api.Inspections.in(bills.floor.shop);
        Response walkIn = inspections.walkIn();
        inspections.start(walkIn, com.fours.dms.inspection.api.Inspections.body("K-900", "S-900"));
        Response order = bills.finishWork(bills.handedOver((String) walkIn.path("id")));
        Response bill = bills.ok(bills.cashier(), bills.draw(order), "/finalise", null);
        bills.pay(bill, Map.of("tender", "CARD", "amount", "238.00")).then().statusCode(200).body("status", is("PAID"));
        Response next = inspections.walkIn();
        inspections.create(next, com.fours.dms.inspection.api.Inspections.body("K-900", "S-901")).then().statusCode(409).body("violations[0].field", is("keyTag"));
        bills.ok(bills.cashier(), bills.get(bill), "/release-note", null).then().body("orderStatus", is("SETTLED"));
        inspections.start(next, com.fours.dms.inspection.api.Inspections.body("K-900", "S-900"));
    }

    @Test
    void theCashiersQueueComesInPagesOfTwoWithNoRepeatsNoSkipsAndALimitAbove100IsRefusedNamingLimit() {
        java.util.List<String> ready = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ready.add(bills.ready(false).path("id"));
        }
        Response first = bills.cashier().queryParam("limit", 2).get(bills.path("/settlement/queue"));
        first.then().statusCode(200).body("items.size()", is(2), "nextCursor", org.hamcrest.Matchers.notNullValue());
        Response second = bills.cashier().queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor")).get(bills.path("/settlement/queue"));
        second.then().statusCode(200).body("items.size()", is(1), "nextCursor", nullValue());
        java.util.List<String> paged = new java.util.ArrayList<>(first.<java.util.List<String>>path("items.repairOrderId"));
        paged.addAll(second.path("items.repairOrderId"));
        // the longest waiting first: the order of readiness
        org.hamcrest.MatcherAssert.assertThat(paged, is(ready));
        bills.cashier().queryParam("limit", 101).get(bills.path("/settlement/queue")).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("limit"));
        bills.cashier().queryParam("cursor", "x").get(bills.path("/settlement/queue")).then().statusCode(400).body("violations[0].field", is("cursor"));
    }
}
