package com.fours.dms.repairorder.api;

import static com.fours.dms.repairorder.api.RepairOrders.job;
import static com.fours.dms.repairorder.api.RepairOrders.signature;
import static org.hamcrest.Matchers.*;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the printed repair order carries the store's address, phone and terms and the
 * quality-warranty terms (store settings), and the customer's old-parts choice (旧件处理, R-REP-5)
 * given when signing (R-CHK-9).
 */
@QuarkusTest
class PrintedOrderTermsTest {
    @Inject
    MutableClock clock;

    BookingStore shop;
    RepairOrders orders;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        shop = BookingStore.open();
        orders = RepairOrders.in(shop);
    }

    @Test
    void theStoreStartsWithTheLegalWarrantyTermsAndTheManagerSetsAddressPhoneAndTerms() {
        shop.as(Roles.ADVISOR).get(shop.path("/settings")).then().statusCode(200)
                .body("warrantyTerms", containsString("20000公里或100日"), "address", nullValue(), "orderTerms", nullValue());
        shop.changeSettings(r -> r.address(" 北京市朝阳区东三环北路 8 号 ").phone("010-6500 8888").orderTerms("竣工后 3 日内未取车的，按日收取停车费。")
                .warrantyTerms("整车修理 20000 公里或 100 日；本店延长至 30000 公里。")).then().statusCode(200)
                .body("address", is("北京市朝阳区东三环北路 8 号"), "phone", is("010-6500 8888"), "orderTerms", startsWith("竣工后"), "warrantyTerms", containsString("30000"));
        // The cashier, who prints orders too, reads them; a later change that does not name them keeps them.
        shop.changeSettings(r -> r.slotMinutes(30)).then().statusCode(200);
        shop.as(Roles.CASHIER).get(shop.path("/settings")).then().statusCode(200)
                .body("address", is("北京市朝阳区东三环北路 8 号"), "orderTerms", startsWith("竣工后"), "warrantyTerms", containsString("30000"));
        // Blank clears the store's own terms; the warranty terms can not be cleared.
        shop.changeSettings(r -> r.orderTerms(" ")).then().statusCode(200).body("orderTerms", nullValue());
        shop.changeSettings(r -> r.warrantyTerms("  ")).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("warrantyTerms"));
    }

    @Test
    void theCustomersOldPartsChoiceIsRecordedWithTheSignatureAndAudited() {
        Response o = orders.ok(orders.with(orders.walkIn(), job("更换刹车片", "1.0")), "submit-for-signature", null);
        Map<String, Object> body = new HashMap<>(signature("张伟"));
        body.put("oldPartsChoice", "LEAVE_WITH_WORKSHOP");
        o = orders.ok(o, "sign", body);
        o.then().body("status", is("OPEN"), "oldPartsChoice", is("LEAVE_WITH_WORKSHOP"));
        shop.as(Roles.CASHIER).get(orders.path(o, "")).then().statusCode(200).body("oldPartsChoice", is("LEAVE_WITH_WORKSHOP"));
        java.util.List<Map<String, Object>> audit = shop.manager().queryParam("entityId", (String) o.path("id")).get(shop.path("/audit-entries")).path("items");
        org.junit.jupiter.api.Assertions.assertTrue(audit.stream().anyMatch(a -> "signed".equals(a.get("action")) && String.valueOf(a).contains("LEAVE_WITH_WORKSHOP")),
                "the audit trail names the choice: " + audit);
    }

    @Test
    void signingWithoutTheQuestionLeavesItOpenAndAnUnknownChoiceIsRefused() {
        Response o = orders.ok(orders.with(orders.walkIn(), job("更换机油", "1.0")), "submit-for-signature", null);
        Map<String, Object> bad = new HashMap<>(signature("张伟"));
        bad.put("oldPartsChoice", "SELL_THEM");
        orders.act(o, "sign", bad).then().statusCode(anyOf(is(400), is(422))).contentType("application/problem+json");
        orders.ok(o, "sign", signature("张伟")).then().body("status", is("OPEN"), "oldPartsChoice", nullValue());
    }
}
