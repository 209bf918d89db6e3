package com.fours.dms.receivable.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import com.fours.dms.settlement.api.Bills;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.WorkshopFloor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fleet credit accounts, bills on account and receivables (issue 10, R-DEL-3). The bill: an oil
 * change and a filter, 238.00 customer pay, finalised on Monday 2026-11-23 10:00 Asia/Shanghai
 * (02:00 UTC), so the receivable's invoice date is the store's 23 November.
 */
@QuarkusTest
class ReceivableResourceTest {
    @Inject
    MutableClock clock;

    Bills bills;

    @BeforeEach
    void shop() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        bills = new Bills(clock, WorkshopFloor.open());
    }

    /** The final bill of a fleet (company) customer's order. */
    Response finalBill() {
        Response order = bills.readyForFleet();
        Response bill = bills.ok(bills.cashier(), bills.draw(order), "/finalise", null);
        bill.then().body("totals.balance", is(238.0f));
        return bill;
    }

    String customerOf(Response bill) {
        return bills.as(Roles.ADVISOR).get(bills.path("/repair-orders/" + bill.path("repairOrderId"))).then().statusCode(200).extract().path("customerId");
    }

    Response openAccount(String customerId, String limit, int terms) {
        Response r = bills.manager().body(Map.of("kind", "FLEET", "customerId", customerId, "name", "京通物流 车队", "creditLimit", limit, "paymentTermsDays", terms))
                .post(bills.path("/credit-accounts"));
        r.then().log().ifValidationFails().statusCode(201);
        return r;
    }

    Response onAccount(Response bill) {
        return bills.pay(bill, Map.of("tender", "ON_ACCOUNT"));
    }

    @Test
    void aBillIsPaidOnAccountUpToTheCreditLimitAtTheLimitAndRefusedAboveItNamingTheCreditAvailable() {
        Response bill = finalBill();
        String customer = customerOf(bill);
        onAccount(bill).then().statusCode(422).contentType("application/problem+json")
                .body("code", is("R-DEL-3"), "detail", containsString("no credit account"), "violations[0].message", containsString("0.00"));

        bills.cashier().body(Map.of("kind", "FLEET", "customerId", customer, "creditLimit", "1000.00", "paymentTermsDays", 30))
                .post(bills.path("/credit-accounts")).then().statusCode(403);
        bills.manager().body(Map.of("kind", "FLEET", "creditLimit", "1000.00", "paymentTermsDays", 30)).post(bills.path("/credit-accounts"))
                .then().statusCode(400).body("violations.field", hasItem("customerId"));
        bills.manager().body(Map.of("kind", "FLEET", "customerId", customer, "creditLimit", "-1", "paymentTermsDays", 400)).post(bills.path("/credit-accounts"))
                .then().statusCode(400);
        Response account = openAccount(customer, "237.99", 30);
        account.then().body("kind", is("FLEET"), "creditLimit", is(237.99f), "outstanding", is(0.0f), "available", is(237.99f), "active", is(true));
        bills.manager().body(Map.of("kind", "FLEET", "customerId", customer, "creditLimit", "1.00", "paymentTermsDays", 30)).post(bills.path("/credit-accounts"))
                .then().statusCode(409).body("code", is("credit-account-exists"));

        // over the limit by one fen: refused, nothing charged
        onAccount(bill).then().statusCode(422).contentType("application/problem+json")
                .body("code", is("R-DEL-3"), "detail", containsString("237.99"), "violations[0].field", is("amount"));
        bills.get(bill).then().body("status", is("FINALISED"), "payments", empty());
        String accountPath = bills.path("/credit-accounts/" + account.path("id"));
        bills.manager().get(accountPath).then().statusCode(200).body("outstanding", is(0.0f));

        // the service manager raises the limit to exactly the bill: at the limit is within it
        Response raised = bills.manager().header("If-Match", account.header("ETag"))
                .body(Map.of("creditLimit", "238.00", "paymentTermsDays", 30, "active", true)).put(accountPath);
        raised.then().statusCode(200).body("creditLimit", is(238.0f), "version", is(1));
        bills.manager().header("If-Match", account.header("ETag")).body(Map.of("creditLimit", "238.00", "paymentTermsDays", 30, "active", true))
                .put(accountPath).then().statusCode(412);
        Response paid = onAccount(bill);
        paid.then().statusCode(200).body("status", is("PAID"), "payments[0].tender", is("ON_ACCOUNT"), "payments[0].amount", is(238.0f),
                "payments[0].receivableId", notNullValue(), "availableActions", hasItem("release-note"));
        bills.manager().get(accountPath).then().body("outstanding", is(238.0f), "available", is(0.0f));
        // R-DEL-4: approved on account is paid: the release note is issued
        bills.ok(bills.cashier(), bills.get(bill), "/release-note", null).then().body("releaseNoteAt", notNullValue());

        String receivable = paid.path("payments[0].receivableId");
        bills.cashier().get(bills.path("/receivables/" + receivable)).then().statusCode(200)
                .body("source", is("ON_ACCOUNT"), "documentNumber", is((String) bill.path("number")), "amount", is(238.0f), "outstanding", is(238.0f),
                        "invoiceDate", is("2026-11-23"), "dueDate", is("2026-12-23"), "ageDays", is(0), "bucket", is("DAYS_0_30"), "overdueDays", is(0));
        bills.manager().queryParam("entityType", "receivable").queryParam("entityId", receivable).get(bills.path("/audit-entries")).then().statusCode(200)
                .body("items.action", hasItem("raised"));
        bills.manager().queryParam("entityType", "credit-account").queryParam("entityId", (String) account.path("id")).get(bills.path("/audit-entries"))
                .then().statusCode(200).body("items.action", hasItem("credit-account-changed"));
    }

    @Test
    void theAgeingBucketsTurnAt30_31_60_61_90_91StoreDaysAfterTheInvoiceDateInTheStoresZone() {
        Response bill = finalBill();
        String account = openAccount(customerOf(bill), "5000.00", 30).path("id");
        onAccount(bill).then().statusCode(200);
        String[][] boundaries = {
                // the store's midnight is 16:00 UTC the day before: 23:59:59 on day 30 is still 0–30
                {"2026-12-23T15:59:59Z", "30", "DAYS_0_30"}, {"2026-12-23T16:00:00Z", "31", "DAYS_31_60"},
                {"2027-01-21T16:00:00Z", "60", "DAYS_31_60"}, {"2027-01-22T16:00:00Z", "61", "DAYS_61_90"},
                {"2027-02-20T16:00:00Z", "90", "DAYS_61_90"}, {"2027-02-21T16:00:00Z", "91", "OVER_90"}};
        String[] columns = {"days0to30", "days31to60", "days61to90", "over90"};
        String[] buckets = {"DAYS_0_30", "DAYS_31_60", "DAYS_61_90", "OVER_90"};
        for (String[] b : boundaries) {
            clock.set(Instant.parse(b[0]));
            Response list = bills.cashier().get(bills.path("/receivables"));
            list.then().statusCode(200).body("items.size()", is(1), "items[0].ageDays", is(Integer.parseInt(b[1])), "items[0].bucket", is(b[2]));
            Response ageing = bills.cashier().get(bills.path("/receivables/ageing"));
            ageing.then().statusCode(200).body("rows.size()", is(1), "rows[0].accountId", is(account), "rows[0].total", is(238.0f), "totals.total", is(238.0f));
            for (int i = 0; i < 4; i++) {
                ageing.then().body("rows[0]." + columns[i], is(buckets[i].equals(b[2]) ? 238.0f : 0.0f));
            }
            // due on 23 December (30 days' terms): overdue from the 24th
            ageing.then().body("rows[0].overdue", is(b[1].equals("30") ? 0.0f : 238.0f));
        }
        bills.as(Roles.ADVISOR).get(bills.path("/receivables/ageing")).then().statusCode(403);
    }

    @Test
    void theFleetPaysItsReceivableInPartsByTwoTendersAndTheStatementShowsOpeningInvoicesPaymentsAndClosing() {
        Response bill = finalBill();
        String account = openAccount(customerOf(bill), "5000.00", 30).path("id");
        String receivable = onAccount(bill).then().statusCode(200).extract().path("payments[0].receivableId");
        String pay = bills.path("/receivables/" + receivable + "/payments");

        clock.set(Instant.parse("2026-12-02T03:00:00Z"));
        bills.cashier().body(Map.of("tender", "CARD", "amount", "100.00")).post(pay).then().statusCode(400).body("violations[0].field", is("Idempotency-Key"));
        String key = UUID.randomUUID().toString();
        bills.cashier().header("Idempotency-Key", key).body(Map.of("tender", "CARD", "amount", "100.00", "reference", "POS 0042")).post(pay)
                .then().statusCode(200).body("paid", is(100.0f), "outstanding", is(138.0f), "entries.size()", is(1));
        bills.cashier().header("Idempotency-Key", key).body(Map.of("tender", "CARD", "amount", "100.00", "reference", "POS 0042")).post(pay)
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("outstanding", is(138.0f));
        bills.cashier().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("tender", "BANK_TRANSFER", "amount", "138.01")).post(pay)
                .then().statusCode(409).contentType("application/problem+json").body("code", is("R-DEL-3"), "detail", containsString("138.00"));
        bills.cashier().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("tender", "ON_ACCOUNT", "amount", "1.00")).post(pay)
                .then().statusCode(400);
        bills.cashier().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("tender", "BANK_TRANSFER", "amount", "38.00", "reference", "网银 1201"))
                .post(pay).then().statusCode(200).body("paid", is(138.0f), "outstanding", is(100.0f), "entries.tender", contains("CARD", "BANK_TRANSFER"));

        // corrections: the service manager only, with a reason, never below 0
        String rp = bills.path("/receivables/" + receivable);
        Response now = bills.manager().get(rp);
        bills.cashier().header("If-Match", now.header("ETag")).body(Map.of("amount", "-20.00", "reason", "协议价")).post(rp + "/corrections").then().statusCode(403);
        bills.manager().header("If-Match", now.header("ETag")).body(Map.of("amount", "-20.00", "reason", " ")).post(rp + "/corrections")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        bills.manager().header("If-Match", now.header("ETag")).body(Map.of("amount", "-100.01", "reason", "协议价")).post(rp + "/corrections")
                .then().statusCode(400).body("violations[0].field", is("amount"));
        bills.manager().header("If-Match", now.header("ETag")).body(Map.of("amount", "-20.00", "reason", "车队协议价差额")).post(rp + "/corrections")
                .then().statusCode(200).body("corrected", is(-20.0f), "outstanding", is(80.0f), "entries[2].reason", is("车队协议价差额"),
                        "entries[2].recordedBy", is("service-manager-user"));
        bills.manager().header("If-Match", now.header("ETag")).body(Map.of("amount", "-1.00", "reason", "x")).post(rp + "/corrections").then().statusCode(412);

        // November: nothing before, the invoice; December: opened with the invoice, two payments and the correction
        String statement = bills.path("/credit-accounts/" + account + "/statement");
        bills.cashier().queryParam("from", "2026-11-01").queryParam("to", "2026-11-30").get(statement).then().statusCode(200)
                .body("openingBalance", is(0.0f), "lines.kind", contains("INVOICE"), "lines[0].debit", is(238.0f), "invoiced", is(238.0f),
                        "closingBalance", is(238.0f), "account.name", is("京通物流 车队"));
        bills.cashier().queryParam("from", "2026-12-01").queryParam("to", "2026-12-31").get(statement).then().statusCode(200)
                .body("openingBalance", is(238.0f), "lines.kind", contains("PAYMENT", "PAYMENT", "CORRECTION"), "lines.credit", contains(100.0f, 38.0f, 20.0f),
                        "lines.balance", contains(138.0f, 100.0f, 80.0f), "paid", is(138.0f), "corrected", is(-20.0f), "closingBalance", is(80.0f));
        bills.cashier().queryParam("from", "2026-12-31").queryParam("to", "2026-12-01").get(statement).then().statusCode(400);
        bills.cashier().get(bills.path("/credit-accounts")).then().statusCode(200).body("items.find { it.id == '" + account + "' }.outstanding", is(80.0f));
    }

    @Test
    void aVoidedBillOnAccountIsCorrectedOffItsReceivableAndAReceivableWithPaymentsHoldsTheVoidBack() {
        Response bill = finalBill();
        openAccount(customerOf(bill), "5000.00", 30);
        String first = onAccount(bill).then().statusCode(200).extract().path("payments[0].receivableId");
        bills.ok(bills.manager(), bills.get(bill), "/void", Map.of("reason", "开错单")).then().body("status", is("VOID"), "payments.kind", contains("PAYMENT", "REFUND"));
        bills.cashier().get(bills.path("/receivables/" + first)).then().statusCode(200)
                .body("outstanding", is(0.0f), "corrected", is(-238.0f), "entries[0].kind", is("CORRECTION"), "entries[0].reason", containsString("开错单"));
        bills.cashier().get(bills.path("/receivables")).then().statusCode(200).body("items", empty());
        bills.cashier().queryParam("all", true).get(bills.path("/receivables")).then().statusCode(200).body("items.id", contains(first));

        // billed again and charged again; once the fleet paid part of it, the void waits for the manager's correction
        Response order = bills.as(Roles.ADVISOR).get(bills.path("/repair-orders/" + bill.path("repairOrderId")));
        Response again = bills.ok(bills.cashier(), bills.draw(order), "/finalise", null);
        String second = onAccount(again).then().statusCode(200).extract().path("payments[0].receivableId");
        bills.cashier().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("tender", "CASH", "amount", "10.00"))
                .post(bills.path("/receivables/" + second + "/payments")).then().statusCode(200);
        bills.act(bills.manager(), bills.get(again), "/void", Map.of("reason", "开错单")).then().statusCode(409).contentType("application/problem+json")
                .body("code", is("R-DEL-3"), "detail", containsString("10.00"));
        bills.get(again).then().body("status", is("PAID"));
    }

    @Test
    void threeReceivablesComeInPagesOfTwoWithNoRepeatsNoSkipsAndALimitAbove100IsRefusedNamingLimit() {
        // three bills on account raised at the same instant on the same store day: the id breaks the tie
        java.util.List<String> raised = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Response bill = finalBill();
            openAccount(customerOf(bill), "5000.00", 30);
            clock.set(Instant.parse("2026-11-23T02:00:00Z"));
            raised.add(onAccount(bill).then().statusCode(200).extract().path("payments[0].receivableId"));
        }
        Response first = bills.cashier().queryParam("limit", 2).get(bills.path("/receivables"));
        first.then().statusCode(200).body("items.size()", is(2), "nextCursor", notNullValue());
        Response second = bills.cashier().queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor")).get(bills.path("/receivables"));
        second.then().statusCode(200).body("items.size()", is(1), "nextCursor", org.hamcrest.Matchers.nullValue());
        java.util.List<String> paged = new java.util.ArrayList<>(first.<java.util.List<String>>path("items.id"));
        paged.addAll(second.path("items.id"));
        java.util.List<String> whole = bills.cashier().queryParam("limit", 100).get(bills.path("/receivables")).then().statusCode(200)
                .body("nextCursor", org.hamcrest.Matchers.nullValue()).extract().path("items.id");
        org.hamcrest.MatcherAssert.assertThat(paged, is(whole));
        org.hamcrest.MatcherAssert.assertThat(paged, org.hamcrest.Matchers.containsInAnyOrder(raised.toArray()));

        bills.cashier().queryParam("limit", 101).get(bills.path("/receivables")).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("limit"), "violations[0].message", containsString("100"));
        bills.cashier().queryParam("limit", 0).get(bills.path("/receivables")).then().statusCode(400).body("violations[0].field", is("limit"));
        bills.cashier().queryParam("cursor", "bm90LWEtY3Vyc29y").get(bills.path("/receivables")).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("cursor"));
        // a well-formed cursor of another list (an id-ordered one) is not this list's either
        bills.cashier().queryParam("cursor", java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raised.get(0).getBytes()))
                .get(bills.path("/receivables")).then().statusCode(400).body("violations[0].field", is("cursor"));
    }

    @Test
    void aPrivateCustomerGetsNoCreditAccountTheRefusalNamesTheRuleAndTheField() {
        Response privateBill = bills.ok(bills.cashier(), bills.draw(bills.ready(false)), "/finalise", null);
        String privateCustomer = customerOf(privateBill);
        bills.manager().body(Map.of("kind", "FLEET", "customerId", privateCustomer, "creditLimit", "1000.00", "paymentTermsDays", 30)).post(bills.path("/credit-accounts"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", is("R-DEL-3"), "detail", containsString("private"), "violations[0].field", is("customerId"),
                        "violations[0].message", containsString("R-DEL-3"));
        bills.manager().get(bills.path("/credit-accounts")).then().statusCode(200).body("items", empty());
        // so the private customer's bill cannot go on account either: no account, credit available 0.00
        onAccount(privateBill).then().statusCode(422).body("code", is("R-DEL-3"), "violations[0].message", containsString("0.00"));
        // a fleet (company) customer gets one
        openAccount(customerOf(finalBill()), "1000.00", 30).then().body("kind", is("FLEET"));
    }
}
