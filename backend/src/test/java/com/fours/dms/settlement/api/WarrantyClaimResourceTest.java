package com.fours.dms.settlement.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Warranty claims (issue 10, R-CHK-7) and the insurer's share of a bill (R-DEL-3). The order: the
 * oil change and filter the customer pays (238.00); the bill adds warranty lines the manufacturer
 * pays: the water pump's labour (OP-1203, 1.50 h × 150.00 = 225.00) and the pump (300.00).
 */
@QuarkusTest
class WarrantyClaimResourceTest {
    static final String PHOTO = "/api/stores/BJ01/repair-orders/0193f1f0-7b4e-7c3a-9d2e-5a6b7c8d9e0f/inspection/photos/0193f1f0-7b4e-7c3a-9d2e-5a6b7c8d9e10";

    @Inject
    MutableClock clock;

    Bills bills;

    @BeforeEach
    void shop() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        bills = new Bills(clock);
    }

    Response warrantyDraft(boolean withPart) {
        Response bill = bills.draw(bills.ready(false));
        bill = bills.ok(bills.cashier(), bill, "/adjustments", Map.of("kind", "LABOUR", "payType", "WARRANTY", "code", "OP-1203", "description", "更换水泵",
                "quantity", "1.50", "unitPrice", "150.00", "reason", "水泵漏水，厂家保修"));
        if (withPart) {
            bill = bills.ok(bills.cashier(), bill, "/adjustments", Map.of("kind", "MATERIAL", "payType", "WARRANTY", "code", "06H121026DD", "description", "水泵总成",
                    "quantity", "1", "unitPrice", "300.00", "reason", "水泵漏水，厂家保修"));
        }
        return bill;
    }

    Response claimAction(Response claim, String action, Object body, String role) {
        return bills.as(role).header("If-Match", claim.header("ETag")).body(body).post(bills.path("/warranty-claims/" + claim.path("id") + "/" + action));
    }

    @Test
    void theWarrantyLinesAreClaimedByNamedTransitionsWhileTheCustomersPartIsPaidAndTheCarDelivered() {
        Response draft = warrantyDraft(true);
        bills.cashier().body(Map.of()).post(bills.billPath(draft, "/warranty-claim")).then().statusCode(422).contentType("application/problem+json")
                .body("code", is("R-CHK-7"), "detail", containsString("DRAFT"));
        Response bill = bills.ok(bills.cashier(), draft, "/finalise", null);
        // the warranty lines are not the customer's: the customer still pays 238.00
        bill.then().body("totals.customerPayable", is(238.0f), "totals.warranty", is(525.0f));

        Response claim = bills.cashier().body(Map.of("photoLinks", List.of(PHOTO), "notes", "水泵轴封渗漏")).post(bills.billPath(bill, "/warranty-claim"));
        claim.then().statusCode(201).body("status", is("DRAFT"), "claimedAmount", is(525.0f), "opCode", is("OP-1203"), "causalPart", is("06H121026DD"),
                "labourHours", is(1.5f), "lines.code", contains("OP-1203", "06H121026DD"), "photoLinks", contains(PHOTO), "billNumber", is((String) bill.path("number")),
                "availableActions", contains("edit", "submit"));
        bills.cashier().body(Map.of()).post(bills.billPath(bill, "/warranty-claim")).then().statusCode(409).body("code", is("warranty-claim-exists"));
        claimAction(claim, "accept", Map.of("paidAmount", "525.00"), Roles.SERVICE_MANAGER).then().statusCode(422).contentType("application/problem+json")
                .body("code", is("R-CHK-7"), "detail", containsString("DRAFT"));
        String path = bills.path("/warranty-claims/" + claim.path("id"));
        Response edited = bills.cashier().header("If-Match", claim.header("ETag"))
                .body(Map.of("opCode", "OP-1203", "causalPart", "06H121026DD", "labourHours", "1.20", "photoLinks", List.of(PHOTO))).put(path);
        edited.then().statusCode(200).body("labourHours", is(1.2f), "version", is(1));
        bills.cashier().header("If-Match", claim.header("ETag")).body(Map.of("labourHours", "1.00")).put(path).then().statusCode(412);
        Response submitted = claimAction(edited, "submit", Map.of("claimReference", "FAW-2026-118842"), Roles.CASHIER);
        submitted.then().statusCode(200).body("status", is("SUBMITTED"), "submittedBy", is("cashier-user"), "claimReference", is("FAW-2026-118842"),
                "availableActions", contains("accept", "reject"));
        bills.cashier().header("If-Match", submitted.header("ETag")).body(Map.of("labourHours", "1.00")).put(path).then().statusCode(422).body("code", is("R-CHK-7"));

        // partial close per pay type: the customer's part is paid, released and delivered while the claim is pending
        bills.pay(bill, Map.of("tender", "CARD", "amount", "238.00")).then().statusCode(200).body("status", is("PAID"));
        Response released = bills.ok(bills.cashier(), bills.get(bill), "/release-note", null);
        bills.ok(bills.as(Roles.ADVISOR), released, "/delivery", Bills.delivery());
        bills.as(Roles.ADVISOR).get(bills.path("/repair-orders/" + bill.path("repairOrderId"))).then().statusCode(200).body("status", is("CLOSED"));
        bills.cashier().get(path).then().statusCode(200).body("status", is("SUBMITTED"));

        claimAction(submitted, "accept", Map.of("paidAmount", "500.00"), Roles.CASHIER).then().statusCode(403);
        claimAction(submitted, "accept", Map.of("paidAmount", "525.01"), Roles.SERVICE_MANAGER).then().statusCode(400).body("violations[0].field", is("paidAmount"));
        Response accepted = claimAction(submitted, "accept", Map.of("paidAmount", "500.00", "reason", "工时按 1.0 h 核定"), Roles.SERVICE_MANAGER);
        accepted.then().statusCode(200).body("status", is("ACCEPTED"), "paidAmount", is(500.0f), "decidedBy", is("service-manager-user"), "decidedAt", notNullValue(),
                "availableActions.size()", is(0));
        claimAction(accepted, "reject", Map.of("reason", "x"), Roles.SERVICE_MANAGER).then().statusCode(422).body("code", is("R-CHK-7"), "detail", containsString("ACCEPTED"));
        bills.as(Roles.ADVISOR).queryParam("status", "ACCEPTED").get(bills.path("/warranty-claims")).then().statusCode(200)
                .body("items.id", hasItem((String) claim.path("id")));
        bills.manager().queryParam("entityType", "warranty-claim").queryParam("entityId", (String) claim.path("id")).get(bills.path("/audit-entries"))
                .then().statusCode(200).body("items.action", hasItems("created", "edited", "submitted", "accepted"));
    }

    @Test
    void aClaimIsSubmittedOnlyWithItsCausalPartAndARejectionKeepsItsReason() {
        Response bill = bills.ok(bills.cashier(), warrantyDraft(false), "/finalise", null);
        Response claim = bills.cashier().body(Map.of()).post(bills.billPath(bill, "/warranty-claim"));
        claim.then().statusCode(201).body("causalPart", is((Object) null), "labourHours", is(1.5f), "claimedAmount", is(225.0f));
        claimAction(claim, "submit", Map.of(), Roles.CASHIER).then().statusCode(422).contentType("application/problem+json")
                .body("code", is("R-CHK-7"), "violations.field", contains("causalPart"));
        Response edited = bills.cashier().header("If-Match", claim.header("ETag")).body(Map.of("opCode", "OP-1203", "causalPart", "06H121026DD", "labourHours", "1.50"))
                .put(bills.path("/warranty-claims/" + claim.path("id")));
        Response submitted = claimAction(edited, "submit", Map.of(), Roles.CASHIER);
        submitted.then().statusCode(200);
        claimAction(submitted, "reject", Map.of("reason", " "), Roles.SERVICE_MANAGER).then().statusCode(400).body("violations.field", hasItem("reason"));
        claimAction(submitted, "reject", Map.of("reason", "超出保修期"), Roles.SERVICE_MANAGER).then().statusCode(200)
                .body("status", is("REJECTED"), "decisionReason", is("超出保修期"), "paidAmount", is((Object) null));
    }

    @Test
    void theInsurersShareIsBilledToTheInsurersAccountAsAReceivableAndTheCustomerPaysTheRest() {
        Response bill = bills.ok(bills.cashier(), bills.draw(bills.ready(false)), "/finalise", null);
        Response insurer = bills.manager().body(Map.of("kind", "INSURER", "name", "中国人民财产保险 北京分公司", "creditLimit", "199.99", "paymentTermsDays", 60))
                .post(bills.path("/credit-accounts"));
        insurer.then().statusCode(201).body("kind", is("INSURER"), "customerId", is((Object) null));
        bills.manager().body(Map.of("kind", "INSURER", "creditLimit", "0", "paymentTermsDays", 60)).post(bills.path("/credit-accounts")).then().statusCode(400)
                .body("violations.field", hasItem("name"));
        String share = bills.billPath(bill, "/insurer");
        Map<String, Object> body = Map.of("accountId", insurer.path("id"), "amount", "200.00", "claimNumber", "PICC-RDAA2026110012345");
        bills.cashier().body(body).post(share).then().statusCode(400).body("violations[0].field", is("Idempotency-Key"));
        bills.cashier().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("accountId", insurer.path("id"), "amount", "238.01")).post(share)
                .then().statusCode(409).body("code", is("R-DEL-3"));
        bills.pay(bill, Map.of("tender", "INSURER", "amount", "1.00")).then().statusCode(400).body("violations[0].field", is("tender"));
        // R-DEL-3: the insurer's credit limit holds like a fleet's: one fen above the credit available is refused, naming it, nothing billed
        bills.cashier().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(share).then().statusCode(422).contentType("application/problem+json")
                .body("code", is("R-DEL-3"), "detail", containsString("199.99"), "violations[0].field", is("amount"), "violations[0].message", containsString("199.99"));
        bills.get(bill).then().body("payments.size()", is(0), "totals.balance", is(238.0f));
        String account = bills.path("/credit-accounts/" + insurer.path("id"));
        bills.manager().get(account).then().body("outstanding", is(0.0f), "available", is(199.99f));
        // the service manager raises the limit to exactly the share: at the limit is within it
        bills.manager().header("If-Match", insurer.header("ETag")).body(Map.of("creditLimit", "200.00", "paymentTermsDays", 60, "active", true)).put(account)
                .then().statusCode(200);
        Response billed = bills.cashier().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(share);
        billed.then().statusCode(200).body("status", is("FINALISED"), "totals.balance", is(38.0f), "payments[0].tender", is("INSURER"),
                "payments[0].reference", is("PICC-RDAA2026110012345"), "payments[0].receivableId", notNullValue());
        bills.cashier().get(bills.path("/receivables/" + billed.path("payments[0].receivableId"))).then().statusCode(200)
                .body("source", is("INSURER"), "accountKind", is("INSURER"), "amount", is(200.0f), "dueDate", is("2027-01-22"), "documentNumber", is((String) bill.path("number")));
        bills.cashier().get(bills.path("/receivables/ageing")).then().statusCode(200).body("rows[0].accountName", is("中国人民财产保险 北京分公司"), "rows[0].days0to30", is(200.0f));
        bills.manager().get(account).then().body("outstanding", is(200.0f), "available", is(0.0f));
        bills.pay(bill, Map.of("tender", "CASH", "tendered", "50.00")).then().statusCode(200).body("status", is("PAID"), "payments[1].change", is(12.0f));
    }

    @Test
    void threeClaimsComeInPagesOfTwoNewestFirstWithNoRepeatsNoSkipsAndALimitAbove100IsRefusedNamingLimit() {
        java.util.List<String> opened = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Response bill = bills.ok(bills.cashier(), warrantyDraft(false), "/finalise", null);
            // two claims opened in the same microsecond (the id breaks the tie), the third in the same millisecond but later:
            // a cursor kept to the millisecond would skip the last one
            clock.set(Instant.parse(i == 2 ? "2026-11-25T02:00:00.000900Z" : "2026-11-25T02:00:00.000001Z"));
            Response claim = bills.cashier().body(Map.of()).post(bills.billPath(bill, "/warranty-claim"));
            claim.then().statusCode(201);
            opened.add(claim.path("id"));
        }
        Response first = bills.cashier().queryParam("limit", 2).get(bills.path("/warranty-claims"));
        first.then().statusCode(200).body("items.size()", is(2), "nextCursor", notNullValue());
        Response second = bills.cashier().queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor")).get(bills.path("/warranty-claims"));
        second.then().statusCode(200).body("items.size()", is(1), "nextCursor", org.hamcrest.Matchers.nullValue());
        List<String> paged = new java.util.ArrayList<>(first.<List<String>>path("items.id"));
        paged.addAll(second.path("items.id"));
        org.hamcrest.MatcherAssert.assertThat(paged, org.hamcrest.Matchers.containsInAnyOrder(opened.toArray()));
        org.hamcrest.MatcherAssert.assertThat(paged, is(bills.cashier().queryParam("limit", 100).get(bills.path("/warranty-claims")).then().statusCode(200)
                .extract().<List<String>>path("items.id")));
        bills.cashier().queryParam("limit", 101).get(bills.path("/warranty-claims")).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("limit"));
    }
}
