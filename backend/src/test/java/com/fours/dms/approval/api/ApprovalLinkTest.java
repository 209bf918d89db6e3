package com.fours.dms.approval.api;

import static com.fours.dms.approval.api.Approvals.brakes;
import static com.fours.dms.approval.api.Approvals.choice;
import static com.fours.dms.approval.api.Approvals.customer;
import static com.fours.dms.approval.api.Approvals.filter;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.repairorder.api.RepairOrders;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-REP-3 (c): the customer decides on their phone through a link without login. The token is
 * unguessable and kept hashed; used, expired, tampered and other stores' links answer a problem and
 * no data; a client guessing tokens gets 429. Each test is its own client (X-Forwarded-For).
 */
@QuarkusTest
class ApprovalLinkTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final AtomicInteger CLIENT = new AtomicInteger(10);

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    BookingStore shop;
    Approvals approvals;
    String ip;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        shop = BookingStore.open();
        approvals = Approvals.in(shop);
        ip = "198.51.100." + CLIENT.getAndIncrement();
    }

    @Test
    void theCustomerApprovesOneItemAndDeclinesAnotherOnThePhoneAndTheLinkIsUsedUp() {
        Response o = approvals.handedOver();
        Response brakes = approvals.report(o, brakes());
        Response filter = approvals.report(o, filter());
        Response link = approvals.sendLink(o);
        link.then().body("status", is("ACTIVE"), "language", is("zh-CN"), "items.itemId", contains((String) brakes.path("id"), (String) filter.path("id")),
                "messages", hasSize(1), "messages[0].channel", is("SMS"), "messages[0].status", is("PENDING"), "usedAt", nullValue(),
                "expiresAt", is(NOW.plus(Duration.ofHours(24)).toString()));
        String token = approvals.token(link);
        assertEquals(43, token.length(), "256 random bits, base64url");

        Response page = customer(ip).get(approvals.publicPath(token, ""));
        page.then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("language", is("zh-CN"), "sheet.items.description", contains("左前刹车片剩余2mm，建议更换", "空调滤芯脏污"),
                        "sheet.authorizedTotal", is(169.5f), "sheet.totalIfAllApproved", is(913.04f), "sheet.items[0].lines.amount", contains(120.0f, 420.0f));
        Response decided = customer(ip).body(Map.of("decisions", List.of(choice(brakes, "APPROVED"), choice(filter, "DECLINED")), "signerName", "张伟",
                "signaturePng", RepairOrders.signature("张伟").get("signaturePng"))).post(approvals.publicPath(token, "/decision"));
        decided.then().statusCode(200).body("channel", is("LINK"), "approved", is(1), "declined", is(1), "authorizedTotal", is(779.7f), "difference", is(610.2f));

        shop.as(Roles.ADVISOR).get(approvals.path(o, "/authorization")).then().body("history[0].channel", is("LINK"),
                "history[0].authorizerName", is("张伟"), "history[0].recordedBy", nullValue(), "history[0].contactUsed", is((String) link.path("messages[0].recipient")),
                "history[0].evidence.clientIp", is(ip), "history[0].evidence.userAgent", containsString("iPhone"), "history[0].evidence.linkId", is((String) link.path("id")),
                "history[0].evidence.signature", is(true), "history[0].evidence.messageIds", hasItem((String) link.path("messages[0].id")),
                "history[0].snapshotSha256", notNullValue());
        shop.as(Roles.ADVISOR).get(approvals.path(o, "/approval-ledger/" + decided.path("ledgerEntryId"))).then()
                .body("shown.items.description", contains("左前刹车片剩余2mm，建议更换", "空调滤芯脏污"));
        shop.as(Roles.ADVISOR).get(approvals.path(o, "/approval-links")).then().body("items[0].status", is("USED"),
                "items[0].ledgerEntryId", is((String) decided.path("ledgerEntryId")));
        shop.as(Roles.WORKSHOP).get(shop.path("/repair-orders/" + o.path("id"))).then().body("lines", hasSize(3), "findings.description", contains("空调滤芯脏污"));

        // Used: the page says so and shows nothing; a second decision is refused.
        customer(ip).get(approvals.publicPath(token, "")).then().statusCode(409).contentType("application/problem+json")
                .body("code", is("approval-link-used"), "sheet", nullValue());
        customer(ip).body(Map.of("decisions", List.of(choice(brakes, "DECLINED"), choice(filter, "DECLINED")), "signerName", "张伟",
                "signaturePng", RepairOrders.signature("张伟").get("signaturePng"))).post(approvals.publicPath(token, "/decision"))
                .then().statusCode(409).body("code", is("approval-link-used"));
    }

    @Test
    void onlyTheTokensHashIsKeptAndTheLinkGoesByTextAndMailAsTheCustomerHasThem() {
        String customer = shop.as(Roles.ADVISOR).body(Fixtures.aCustomer().with("email", "zhang.wei@example.com").body()).post(shop.path("/customers"))
                .then().statusCode(201).extract().path("id");
        String vehicle = shop.as(Roles.ADVISOR).body(Fixtures.aVehicle(customer).body()).post(shop.path("/vehicles")).then().statusCode(201).extract().path("id");
        Response o = approvals.orders.with(shop.as(Roles.ADVISOR).body(Map.of("customerId", customer, "vehicleId", vehicle, "requestedWork", "保养"))
                .post(shop.path("/repair-orders")), RepairOrders.job("保养", "1.0"));
        o = approvals.orders.ok(o, "submit-for-signature", null);
        o = approvals.orders.ok(o, "sign", RepairOrders.signature("张伟"));
        o = approvals.orders.ok(o, "hand-over", Map.of("receiver", "FOREMAN_QUEUE"));
        approvals.report(o, brakes());
        Response link = shop.as(Roles.ADVISOR).body(Map.of("language", "en")).post(approvals.path(o, "/approval-links"));
        link.then().statusCode(201).body("messages.channel", containsInAnyOrder("SMS", "EMAIL"), "language", is("en"));
        String token = approvals.token(link);
        String hash = com.fours.dms.approval.ApprovalLinksTestAccess.sha256(token);
        Object[] row = (Object[]) em.createNativeQuery("select token_sha256, snapshot from approval_link where id = ?1")
                .setParameter(1, java.util.UUID.fromString(link.path("id"))).getSingleResult();
        assertEquals(hash, row[0]);
        org.junit.jupiter.api.Assertions.assertFalse(((String) row[1]).contains(token), "the token is nowhere but in the message");
        String body = shop.manager().get(shop.path("/notifications")).jsonPath()
                .getString("items.find { it.id == '" + link.path("messages.find { it.channel == 'EMAIL' }.id") + "' }.body");
        org.hamcrest.MatcherAssert.assertThat(body, allOf(containsString("additional item"), containsString("/approve/" + shop.code + "/" + token)));
    }

    @Test
    void anExpiredLinkShowsNothingAndTheStoreSetsHowLongALinkLasts() {
        Response o = approvals.handedOver();
        approvals.report(o, brakes());
        String token = approvals.token(approvals.sendLink(o));
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        customer(ip).get(approvals.publicPath(token, "")).then().statusCode(200);
        clock.advance(Duration.ofSeconds(1));
        customer(ip).get(approvals.publicPath(token, "")).then().statusCode(410).contentType("application/problem+json")
                .body("code", is("approval-link-expired"), "sheet", nullValue());
        shop.as(Roles.ADVISOR).get(approvals.path(o, "/approval-links")).then().body("items[0].status", is("EXPIRED"));

        Response settings = shop.manager().get(shop.path("/settings"));
        settings.then().body("approvalLinkHours", is(24), "authorizationTolerance", is(0.0f));
        Map<String, Object> body = new HashMap<>(settings.jsonPath().getMap(""));
        body.remove("version");
        body.put("approvalLinkHours", 2);
        body.put("authorizationTolerance", "20.00");
        shop.manager().header("If-Match", settings.header("ETag")).body(body).put(shop.path("/settings")).then().statusCode(200)
                .body("approvalLinkHours", is(2), "authorizationTolerance", is(20.0f));
        body.put("approvalLinkHours", 0);
        shop.manager().header("If-Match", shop.manager().get(shop.path("/settings")).header("ETag")).body(body).put(shop.path("/settings"))
                .then().statusCode(400).body("violations.field", contains("approvalLinkHours"));
        Response again = approvals.sendLink(o);
        again.then().body("expiresAt", is(clock.instant().plus(Duration.ofHours(2)).toString()));
        shop.as(Roles.ADVISOR).get(approvals.path(o, "/authorization")).then().body("tolerance", is(20.0f));
    }

    @Test
    void aTamperedOrOtherStoresTokenShowsNothing() {
        Response o = approvals.handedOver();
        approvals.report(o, brakes());
        String token = approvals.token(approvals.sendLink(o));
        String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        customer(ip).get(approvals.publicPath(tampered, "")).then().statusCode(404).contentType("application/problem+json")
                .body("code", is("approval-link-invalid"), "sheet", nullValue());
        customer(ip).get(approvals.publicPath("short", "")).then().statusCode(404).body("code", is("approval-link-invalid"));
        customer(ip).get("/api/public/stores/" + Fixtures.OTHER_STORE + "/approval-links/" + token).then().statusCode(404)
                .body("code", is("approval-link-invalid"), "detail", not(containsString(shop.code)));
        customer(ip).get(approvals.publicPath(token, "")).then().statusCode(200);
    }

    @Test
    void aLinkWhoseItemsWereDecidedAnotherWayIsOutdated() {
        Response o = approvals.handedOver();
        Response brakes = approvals.report(o, brakes());
        Response link = approvals.sendLink(o);
        String token = approvals.token(link);
        Response sheet = approvals.sheet(o);
        shop.as(Roles.ADVISOR).body(Approvals.phoneBody(sheet, List.of(choice(brakes, "APPROVED")), NOW.toString()))
                .post(approvals.path(o, "/approval-decisions/phone")).then().statusCode(200);
        customer(ip).get(approvals.publicPath(token, "")).then().statusCode(409).body("code", is("approval-link-outdated"), "sheet", nullValue());
        shop.as(Roles.ADVISOR).get(approvals.path(o, "/approval-links")).then().body("items[0].status", is("OUTDATED"));
    }

    @Test
    void photosOfTheLinkAreServedOnlyWhileItIsActive() {
        Response o = approvals.handedOver();
        Response item = approvals.report(o, brakes());
        String photoId = io.restassured.RestAssured.given().filter(com.fours.dms.support.Api.contract())
                .auth().oauth2(com.fours.dms.support.TestTokens.token("workshop-user", java.util.Set.of(Roles.WORKSHOP), shop.code))
                .multiPart("file", "b.png", com.fours.dms.inspection.Images.png(64, 48), "image/png").accept("application/json")
                .post(approvals.path(o, "/supplementary-items/" + item.path("id") + "/photos")).then().statusCode(201).extract().path("photos[0].id");
        String token = approvals.token(approvals.sendLink(o));
        customer(ip).accept("*/*").get(approvals.publicPath(token, "/photos/" + photoId)).then().statusCode(200).contentType("image/png");
        customer(ip).accept("*/*").get(approvals.publicPath(token, "/photos/" + photoId + "/thumbnail")).then().statusCode(200).contentType("image/jpeg");
        customer(ip).accept("*/*").get(approvals.publicPath(token, "/photos/" + java.util.UUID.randomUUID())).then().statusCode(404);
        clock.advance(Duration.ofDays(2));
        customer(ip).accept("*/*").get(approvals.publicPath(token, "/photos/" + photoId)).then().statusCode(410);
    }

    @Test
    void aClientGuessingTokensIsRefusedWith429UntilTheWindowPasses() {
        Response o = approvals.handedOver();
        approvals.report(o, brakes());
        String token = approvals.token(approvals.sendLink(o));
        for (int i = 0; i < 10; i++) {
            customer(ip).get(approvals.publicPath(com.fours.dms.approval.ApprovalLinksTestAccess.randomToken(), "")).then().statusCode(404);
        }
        customer(ip).get(approvals.publicPath(com.fours.dms.approval.ApprovalLinksTestAccess.randomToken(), "")).then().statusCode(429)
                .contentType("application/problem+json").body("code", is("too-many-attempts")).header("Retry-After", notNullValue());
        // Even the right token waits: the guesser cannot tell a hit.
        customer(ip).get(approvals.publicPath(token, "")).then().statusCode(429);
        customer("203.0.113.200").get(approvals.publicPath(token, "")).then().statusCode(200);
        clock.advance(Duration.ofMinutes(2));
        customer(ip).get(approvals.publicPath(token, "")).then().statusCode(200);
    }

    @Test
    void theLedgerRefusesAnyChange() {
        Response o = approvals.handedOver();
        Response brakes = approvals.report(o, brakes());
        approvals.inPerson(o, approvals.sheet(o), List.of(choice(brakes, "APPROVED"))).then().statusCode(200);
        for (String sql : List.of("update approval_ledger_entry set authorized_total_after = 0 where repair_order_id = ?1",
                "delete from approval_ledger_item where entry_id in (select id from approval_ledger_entry where repair_order_id = ?1)",
                "delete from approval_ledger_entry where repair_order_id = ?1")) {
            Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                    em.createNativeQuery(sql).setParameter(1, java.util.UUID.fromString(o.path("id"))).executeUpdate()));
            org.hamcrest.MatcherAssert.assertThat(rootMessage(e), containsString("append-only"));
        }
        shop.as(Roles.ADVISOR).get(approvals.path(o, "/authorization")).then().body("history", hasSize(1), "authorizedTotal", is(779.7f));
    }

    private static String rootMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
