package com.fours.dms.approval.api;

import static com.fours.dms.approval.api.Approvals.brakes;
import static com.fours.dms.approval.api.Approvals.choice;
import static com.fours.dms.approval.api.Approvals.filter;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.repairorder.api.RepairOrders;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-REP-3 / R-REP-4: the workshop reports supplementary items, the customer decides on the tablet
 * or by phone, the ledger keeps it and the order follows. Store time Asia/Shanghai (UTC+8); the
 * signed order has one 1-hour job: 150.00 + 13 % VAT = 169.50 authorized.
 */
@QuarkusTest
class ApprovalResourceTest {
    /** Monday 2026-11-23 10:00 in Beijing. */
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Inject
    MutableClock clock;

    BookingStore shop;
    Approvals approvals;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        shop = BookingStore.open();
        approvals = Approvals.in(shop);
    }

    @Test
    void aReportIsPricedLikeTheEstimateAndTheAdvisorIsAskedAtOnce() {
        Response o = approvals.handedOver();
        Response item = approvals.report(o, brakes());
        item.then().header("ETag", is("\"0\"")).header("Location", endsWith("/supplementary-items/" + item.path("id")))
                .body("status", is("AWAITING_DECISION"), "currentVersion", is(1), "approvedVersion", nullValue(), "orderNumber", is((String) o.path("number")),
                        "reportedBy", is("workshop-user"), "availableActions", contains("revise", "add-photo", "decide"),
                        // 0.8 h × 150.00 = 120.00; 1 × 420.00 = 420.00
                        "versions[0].lines.amount", contains(120.0f, 420.0f), "versions[0].lines[0].labourRate", is(150.0f),
                        "versions[0].lines[1].disclaimers", empty(), "versions[0].customerPay", is(540.0f), "versions[0].extraMinutes", is(45),
                        "versions[0].safetyCritical", is(true), "versions[0].requirement", is("RECOMMENDED"), "versions[0].decision", nullValue());
        Response tasks = shop.as(Roles.ADVISOR).queryParam("type", "SUPPLEMENTARY_APPROVAL").queryParam("subjectId", (String) o.path("id")).get(shop.path("/tasks"));
        tasks.then().statusCode(200).body("items", hasSize(1), "items[0].priority", is("HIGH"), "items[0].assignee.role", is("advisor"),
                "items[0].subject.type", is("REPAIR_ORDER"), "items[0].title", containsString("左前刹车片"), "items[0].title", startsWith("【安全】"));
        shop.as(Roles.CASHIER).get(approvals.path(o, "/supplementary-items")).then().statusCode(200).body("items.id", contains((String) item.path("id")));
    }

    @Test
    void onlyAnOrderTheWorkshopHasTakesSupplementaryItemsAndLinesAreCheckedLikeEstimateLines() {
        Response signedNotHandedOver = approvals.orders.signed();
        shop.as(Roles.WORKSHOP).body(brakes()).post(approvals.path(signedNotHandedOver, "/supplementary-items"))
                .then().statusCode(409).contentType("application/problem+json").body("code", is("R-REP-3"), "detail", containsString("not handed over"));
        Response o = approvals.handedOver();
        Map<String, Object> fee = Approvals.item("诊断费", 0, false, List.of(RepairOrders.fee("ESTIMATE", "50.00")));
        shop.as(Roles.WORKSHOP).body(fee).post(approvals.path(o, "/supplementary-items"))
                .then().statusCode(400).body("code", is("validation-failed"), "violations.field", contains("lines[0].kind"));
        Map<String, Object> noHours = Approvals.item("x", 10, false, List.of(Map.of("kind", "JOB", "payType", "CUSTOMER", "description", "工时")));
        shop.as(Roles.WORKSHOP).body(noHours).post(approvals.path(o, "/supplementary-items"))
                .then().statusCode(400).body("violations.field", contains("hours"));
        Map<String, Object> itemPricing = Approvals.item("x", 10, false, List.of(RepairOrders.with(RepairOrders.job("按项目", "1.0"), "pricingMode", "ITEM")));
        shop.as(Roles.WORKSHOP).body(itemPricing).post(approvals.path(o, "/supplementary-items")).then().statusCode(409).body("code", is("R-CHK-4"));
        shop.as(Roles.WORKSHOP).body(Map.of("description", "x")).post(approvals.path(o, "/supplementary-items"))
                .then().statusCode(400).body("violations.field", hasItems("lines", "extraMinutes", "requirement"));
        shop.as(Roles.WORKSHOP).body(brakes()).post(shop.path("/repair-orders/" + java.util.UUID.randomUUID() + "/supplementary-items"))
                .then().statusCode(404).body("code", is("not-found"));
    }

    @Test
    void anInPersonDecisionAddsTheApprovedLinesMovesThePromiseAndKeepsTheDeclinedOnTheVehicle() {
        Response o = approvals.handedOver();
        Instant promised = Instant.parse(o.path("promisedDeliveryAt"));
        Response brakes = approvals.report(o, brakes());
        Response filter = approvals.report(o, filter());
        Response sheet = approvals.sheet(o);
        sheet.then().body("sheet.items.itemId", contains((String) brakes.path("id"), (String) filter.path("id")),
                "sheet.authorizedCustomerPay", is(150.0f), "sheet.authorizedTotal", is(169.5f),
                "sheet.items.addsCustomerPay", contains(540.0f, 118.0f), "sheet.items.addsMinutes", contains(45, 15),
                // all: (150 + 540 + 118) = 808.00 + 105.04 VAT = 913.04
                "sheet.totalIfAllApproved", is(913.04f), "sheet.totals.addsCustomerPay", contains(0.0f, 118.0f, 540.0f, 658.0f),
                "sheet.totals.total", contains(169.5f, 302.84f, 779.7f, 913.04f), "sheet.promises.addsMinutes", contains(0, 15, 45, 60),
                "sheet.plate", notNullValue(), "sheet.customerName", notNullValue(), "sheetHash", matchesPattern("[0-9a-f]{64}"));
        Response decided = approvals.inPerson(o, sheet, List.of(choice(brakes, "APPROVED"), choice(filter, "DECLINED")));
        decided.then().statusCode(200).body("channel", is("IN_PERSON"), "approved", is(1), "declined", is(1),
                // 150 + 540 = 690.00 + 89.70 = 779.70; difference 610.20
                "authorizedTotal", is(779.7f), "difference", is(610.2f));
        Instant moved = Instant.parse(decided.path("promisedDeliveryAt"));
        assertTrue(moved.isAfter(promised) && !moved.isBefore(promised.plus(Duration.ofMinutes(45))), promised + " → " + moved);

        Response order = shop.as(Roles.WORKSHOP).get(shop.path("/repair-orders/" + o.path("id")));
        order.then().body("lines", hasSize(3), "lines.findAll { it.supplementaryItemId == '" + brakes.path("id") + "' }.amount", contains(120.0f, 420.0f),
                "lines[0].supplementaryItemId", nullValue(), "totals.customerPayable", is(779.7f), "promisedDeliveryAt", is(decided.<String>path("promisedDeliveryAt")),
                "promisedDeliverySource", is("REVISED"), "promisedDeliveryReason", contains("SUPPLEMENTARY_ITEMS"),
                "findings.description", contains("空调滤芯脏污"), "findings[0].disposition", is("DECLINED"), "signature.matchesCurrentEstimate", is(false));
        shop.as(Roles.ADVISOR).get(approvals.path(o, "/supplementary-items/" + brakes.path("id"))).then().statusCode(200)
                .body("status", is("APPROVED"), "approvedVersion", is(1), "orderLineIds", hasSize(2), "versions[0].decision", is("APPROVED"),
                        "versions[0].ledgerEntryId", is((String) decided.path("ledgerEntryId")), "availableActions", contains("revise", "add-photo"));
        shop.as(Roles.ADVISOR).get(approvals.path(o, "/supplementary-items/" + filter.path("id"))).then()
                .body("status", is("DECLINED"), "findingId", is((String) order.path("findings[0].id")));

        Response auth = shop.as(Roles.CASHIER).get(approvals.path(o, "/authorization"));
        auth.then().statusCode(200).body("signedTotal", is(169.5f), "authorizedTotal", is(779.7f), "currentTotal", is(779.7f), "tolerance", is(0.0f),
                "withinAuthorization", is(true), "exceededBy", is(0.0f), "pendingItems", is(0), "history", hasSize(1),
                "history[0].authorizedTotalBefore", is(169.5f), "history[0].authorizedTotalAfter", is(779.7f), "history[0].difference", is(610.2f),
                "history[0].authorizerName", is("张伟"), "history[0].authorizerRelation", is("CUSTOMER"), "history[0].recordedBy", is("advisor-user"),
                "history[0].workshopTold", is("李师傅"), "history[0].evidence.signature", is(true), "history[0].evidence.device", is("接待台平板 1"),
                "history[0].evidence.messageIds", hasSize(2),
                "history[0].items.decision", contains("APPROVED", "DECLINED"), "history[0].items[0].lines.line.amount", contains(120.0f, 420.0f),
                "history[0].items[0].lines.decision", contains("APPROVED", "APPROVED"), "history[0].items[0].orderLineIds", hasSize(2),
                "history[0].items[1].findingId", notNullValue(), "history[0].snapshotSha256", is((String) sheet.path("sheetHash")));
        String entry = decided.path("ledgerEntryId");
        Response detail = shop.as(Roles.WORKSHOP).get(approvals.path(o, "/approval-ledger/" + entry));
        detail.then().statusCode(200).body("entry.id", is(entry), "shown.items.itemId", contains((String) brakes.path("id"), (String) filter.path("id")),
                "shown.totalIfAllApproved", is(913.04f));
        assertEquals(sheet.jsonPath().getMap("sheet"), detail.jsonPath().getMap("shown"), "the ledger keeps the sheet as it was shown");
        shop.as(Roles.ADVISOR).accept("*/*").get(approvals.path(o, "/approval-ledger/" + entry + "/signature")).then().statusCode(200).contentType("image/png");
        Response tasks = shop.as(Roles.ADVISOR).queryParam("type", "SUPPLEMENTARY_APPROVAL").queryParam("subjectId", (String) o.path("id")).get(shop.path("/tasks"));
        tasks.then().body("items.status", everyItem(is("DONE")));
        // R-PRE-3: the vehicle's next order carries the declined item.
        Response next = shop.as(Roles.ADVISOR).body(Map.of("customerId", o.path("customerId"), "vehicleId", o.path("vehicleId"), "requestedWork", "下次保养",
                        "secondOrderOverride", Map.of("reason", "本单仍在车间，先开下次保养单")))
                .post(shop.path("/repair-orders"));
        next.then().statusCode(201).body("carriedFindings.description", hasItem("空调滤芯脏污"));
    }

    @Test
    void aDecisionNamesTheSheetItWasGivenOnAndCoversEveryItemOnce() {
        Response o = approvals.handedOver();
        Response brakes = approvals.report(o, brakes());
        Response sheet = approvals.sheet(o);
        Response filter = approvals.report(o, filter());
        approvals.inPerson(o, sheet, List.of(choice(brakes, "APPROVED"))).then().statusCode(400)
                .body("violations.message", hasItem(containsString(filter.<String>path("id"))));
        approvals.inPerson(o, sheet, List.of(choice(brakes, "APPROVED"), choice(filter, "APPROVED"))).then().statusCode(409)
                .contentType("application/problem+json").body("code", is("approval-sheet-changed"));
        Response fresh = approvals.sheet(o);
        approvals.inPerson(o, fresh, List.of(choice(brakes, "APPROVED"), choice(brakes, "DECLINED"), choice(filter, "APPROVED"))).then().statusCode(400)
                .body("violations.message", hasItem("appears twice"));
        approvals.inPerson(o, fresh, List.of(Map.of("itemId", java.util.UUID.randomUUID().toString(), "version", 1, "decision", "APPROVED"))).then()
                .statusCode(422).body("code", is("unknown-reference"));
        Map<String, Object> notPng = Approvals.inPersonBody(fresh, List.of(choice(brakes, "APPROVED"), choice(filter, "APPROVED")));
        notPng.put("signaturePng", java.util.Base64.getEncoder().encodeToString("not a png".getBytes()));
        shop.as(Roles.ADVISOR).body(notPng).post(approvals.path(o, "/approval-decisions/in-person")).then().statusCode(422).body("code", is("signature-not-png"));
        Map<String, Object> noWorkshop = Approvals.inPersonBody(fresh, List.of(choice(brakes, "APPROVED"), choice(filter, "APPROVED")));
        noWorkshop.remove("workshopTold");
        shop.as(Roles.ADVISOR).body(noWorkshop).post(approvals.path(o, "/approval-decisions/in-person")).then().statusCode(400)
                .body("violations.field", contains("workshopTold"));
        approvals.inPerson(o, fresh, List.of(choice(brakes, "APPROVED"), choice(filter, "APPROVED"))).then().statusCode(200);
        approvals.inPerson(o, fresh, List.of(choice(brakes, "APPROVED"), choice(filter, "APPROVED"))).then().statusCode(409).body("code", is("R-REP-3"));
    }

    @Test
    void aPhoneDecisionKeepsTheCallTheWordsAndWhoWasToldButNoSignature() {
        Response o = approvals.handedOver();
        clock.advance(Duration.ofMinutes(10));
        Response brakes = approvals.report(o, brakes());
        Response sheet = approvals.sheet(o);
        List<Map<String, Object>> approve = List.of(choice(brakes, "APPROVED"));
        shop.as(Roles.ADVISOR).body(Approvals.phoneBody(sheet, approve, NOW.plus(Duration.ofHours(1)).toString())).post(approvals.path(o, "/approval-decisions/phone"))
                .then().statusCode(400).body("violations.field", contains("calledAt"), "violations.message", contains("must not be in the future"));
        shop.as(Roles.ADVISOR).body(Approvals.phoneBody(sheet, approve, NOW.toString())).post(approvals.path(o, "/approval-decisions/phone"))
                .then().statusCode(400).body("violations.field", contains("calledAt"), "violations.message", contains(startsWith("is before the item")));
        Map<String, Object> noWords = Approvals.phoneBody(sheet, approve, NOW.plus(Duration.ofMinutes(10)).toString());
        noWords.remove("customerWords");
        noWords.remove("phoneNumber");
        shop.as(Roles.ADVISOR).body(noWords).post(approvals.path(o, "/approval-decisions/phone")).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("customerWords", "phoneNumber"));
        Map<String, Object> designated = Approvals.phoneBody(sheet, approve, NOW.plus(Duration.ofMinutes(10)).toString());
        designated.put("consentBy", "DESIGNATED_PERSON");
        designated.put("consentGivenBy", "李娜（车主妻子）");
        Response decided = shop.as(Roles.ADVISOR).body(designated).post(approvals.path(o, "/approval-decisions/phone"));
        decided.then().statusCode(200).body("channel", is("PHONE"), "decidedAt", is(NOW.plus(Duration.ofMinutes(10)).toString()));
        shop.as(Roles.ADVISOR).get(approvals.path(o, "/authorization")).then().body("history[0].channel", is("PHONE"),
                "history[0].contactUsed", is("13812345678"), "history[0].authorizerName", is("李娜（车主妻子）"), "history[0].authorizerRelation", is("DESIGNATED_PERSON"),
                "history[0].customerWords", is("刹车片换吧，空调滤芯下次再说"), "history[0].workshopTold", is("李师傅"), "history[0].recordedBy", is("advisor-user"),
                "history[0].evidence.signature", is(false), "history[0].decidedAt", is(NOW.plus(Duration.ofMinutes(10)).toString()),
                "history[0].recordedAt", is(NOW.plus(Duration.ofMinutes(10)).toString()));
        shop.as(Roles.ADVISOR).accept("*/*").get(approvals.path(o, "/approval-ledger/" + decided.path("ledgerEntryId") + "/signature"))
                .then().statusCode(404).body("code", is("no-signature"));
    }

    @Test
    void aChangeOfPriceNeedsANewDecisionAndTheApprovedVersionStaysInForceUntilThen() {
        Response o = approvals.handedOver();
        Response item = approvals.report(o, brakes());
        approvals.inPerson(o, approvals.sheet(o), List.of(choice(item, "APPROVED"))).then().statusCode(200);
        Response approved = shop.as(Roles.WORKSHOP).get(approvals.path(o, "/supplementary-items/" + item.path("id")));
        List<String> firstLines = approved.path("orderLineIds");
        Map<String, Object> dearer = new LinkedHashMap<>(brakes());
        dearer.put("lines", List.of(RepairOrders.job("更换前刹车片及刹车盘", "1.5"), RepairOrders.part("3C0698151A", "1", "420.00", "DEALER", "OEM", true),
                RepairOrders.part("5Q0615301H", "1", "680.00", "DEALER", "OEM", true)));
        dearer.put("extraMinutes", 90);
        shop.as(Roles.WORKSHOP).header("If-Match", approved.header("ETag")).body(dearer).post(approvals.path(o, "/supplementary-items/" + item.path("id") + "/versions"))
                .then().statusCode(400).body("violations.field", contains("changeReason"));
        dearer.put("changeReason", "拆检后发现刹车盘也需更换");
        shop.as(Roles.WORKSHOP).header("If-Match", "\"0\"").body(dearer).post(approvals.path(o, "/supplementary-items/" + item.path("id") + "/versions"))
                .then().statusCode(412);
        Response revised = shop.as(Roles.WORKSHOP).header("If-Match", approved.header("ETag")).body(dearer)
                .post(approvals.path(o, "/supplementary-items/" + item.path("id") + "/versions"));
        revised.then().statusCode(200).body("status", is("AWAITING_DECISION"), "currentVersion", is(2), "approvedVersion", is(1), "versions", hasSize(2),
                "versions[1].customerPay", is(1325.0f), "versions[1].changeReason", is("拆检后发现刹车盘也需更换"), "versions[0].decision", is("APPROVED"));
        // Still authorized: the approved version (779.70) until the customer decides on the change.
        shop.as(Roles.ADVISOR).get(approvals.path(o, "/authorization")).then().body("authorizedTotal", is(779.7f), "pendingItems", is(1));
        Response sheet = approvals.sheet(o);
        // 1.5 h = 225.00 + 420 + 680 = 1325.00; adds 1325 − 540 = 785.00; 45 more minutes.
        sheet.then().body("sheet.items[0].version", is(2), "sheet.items[0].replacesVersion", is(1), "sheet.items[0].addsCustomerPay", is(785.0f),
                "sheet.items[0].addsMinutes", is(45), "sheet.authorizedTotal", is(779.7f), "sheet.totalIfAllApproved", is(1666.75f));
        approvals.inPerson(o, sheet, List.of(choice(revised, "APPROVED"))).then().statusCode(200).body("authorizedTotal", is(1666.75f), "difference", is(887.05f));
        Response order = shop.as(Roles.ADVISOR).get(shop.path("/repair-orders/" + o.path("id")));
        order.then().body("lines", hasSize(4), "lines.id", not(hasItems(firstLines.toArray())), "totals.customerPayable", is(1666.75f));
        shop.as(Roles.ADVISOR).get(approvals.path(o, "/authorization")).then().body("withinAuthorization", is(true), "history", hasSize(2),
                "history[1].items[0].version", is(2), "history[1].items[0].replacedLineIds", containsInAnyOrder(firstLines.toArray()));
    }

    @Test
    void aDeclinedSafetyCriticalItemIsListedForTheCustomersSignatureAtDelivery() {
        Response o = approvals.handedOver();
        Response brakes = approvals.report(o, brakes());
        Response filter = approvals.report(o, filter());
        approvals.inPerson(o, approvals.sheet(o), List.of(choice(brakes, "DECLINED"), choice(filter, "DECLINED"))).then().statusCode(200)
                .body("authorizedTotal", is(169.5f), "difference", is(0.0f), "promisedDeliveryAt", is((String) o.path("promisedDeliveryAt")));
        shop.as(Roles.CASHIER).get(approvals.path(o, "/declined-safety-items")).then().statusCode(200)
                .body("items.itemId", contains((String) brakes.path("id")), "items[0].description", is("左前刹车片剩余2mm，建议更换"),
                        "items[0].channel", is("IN_PERSON"), "items[0].authorizerName", is("张伟"), "items[0].customerPay", is(540.0f), "items[0].findingId", notNullValue());
        shop.as(Roles.WORKSHOP).get(shop.path("/repair-orders/" + o.path("id"))).then()
                .body("findings.description", containsInAnyOrder("左前刹车片剩余2mm，建议更换", "空调滤芯脏污"), "findings.find { it.description.startsWith('左前') }.safetyCritical", is(true));
    }

    @Test
    void twoDecisionsOnOneItemAtTheSameMomentLeaveExactlyOne() throws Exception {
        for (int round = 0; round < 3; round++) {
            Response o = approvals.handedOver();
            Response item = approvals.report(o, brakes());
            Response sheet = approvals.sheet(o);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (String decision : List.of("APPROVED", "DECLINED")) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return approvals.inPerson(o, sheet, List.of(choice(item, decision))).statusCode();
                    }));
                }
                start.countDown();
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> f : answers) {
                    codes.add(f.get());
                }
                assertTrue(codes.containsAll(List.of(200, 409)) && codes.size() == 2, "one decision wins, the other is refused: " + codes);
            } finally {
                pool.shutdownNow();
            }
            shop.as(Roles.ADVISOR).get(approvals.path(o, "/authorization")).then().body("history", hasSize(1), "history[0].items", hasSize(1));
        }
    }

    @Test
    void photosFromTheCameraAreCheckedByContentAndServed() {
        Response o = approvals.handedOver();
        Response item = approvals.report(o, brakes());
        String photos = approvals.path(o, "/supplementary-items/" + item.path("id") + "/photos");
        Response added = upload(photos, "brake.jpg", com.fours.dms.inspection.Images.jpeg(640, 480), "image/jpeg");
        added.then().statusCode(201).body("photos", hasSize(1), "photos[0].mediaType", is("image/jpeg"), "photos[0].thumbnailAvailable", is(true));
        upload(photos, "fake.jpg", "not an image at all".getBytes(), "image/jpeg").then().statusCode(415).body("code", is("unsupported-photo-type"));
        String photo = photos + "/" + added.path("photos[0].id");
        shop.as(Roles.CASHIER).accept("*/*").get(photo).then().statusCode(200).contentType("image/jpeg").header("Cache-Control", containsString("private"));
        shop.as(Roles.CASHIER).accept("*/*").get(photo + "/thumbnail").then().statusCode(200).contentType("image/jpeg");
        approvals.sheet(o).then().body("sheet.items[0].photoIds", contains((String) added.path("photos[0].id")));
    }

    Response upload(String path, String name, byte[] data, String type) {
        return io.restassured.RestAssured.given().filter(com.fours.dms.support.Api.contract())
                .auth().oauth2(com.fours.dms.support.TestTokens.token("workshop-user", java.util.Set.of(Roles.WORKSHOP), shop.code))
                .multiPart("file", name, data, type).accept("application/json").post(path);
    }
}
