package com.fours.dms.repairorder.api;

import static com.fours.dms.repairorder.api.RepairOrders.job;
import static com.fours.dms.repairorder.api.RepairOrders.part;
import static com.fours.dms.repairorder.api.RepairOrders.signature;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.inspection.Images;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-CHK-9 signatures are evidence: the drawn image, signer, time, device and the hash of exactly the
 * estimate signed; a later change needs a new signature and the old one stays. R-CHK-10: the receiver
 * is a technician of the store or the foreman's queue, and the printed time is never before the signature.
 */
@QuarkusTest
class SignatureEvidenceTest {
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

    Response awaitingSignature() {
        return orders.ok(orders.with(orders.walkIn(), job("更换机油及机滤", "1.0")), "submit-for-signature", null);
    }

    @Test
    void theSignatureKeepsTheImageTheSignerTheDeviceAndTheHashOfTheEstimate() {
        Response o = awaitingSignature();
        byte[] drawn = Images.png(150, 50);
        Map<String, Object> body = new java.util.HashMap<>(signature("张伟"));
        body.put("signaturePng", "data:image/png;base64," + Base64.getEncoder().encodeToString(drawn));
        o = shop.as(Roles.ADVISOR).header("If-Match", o.header("ETag")).header("User-Agent", "Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X)").body(body)
                .post(orders.path(o, "/sign"));
        o.then().statusCode(200).body("status", is("OPEN"), "signature.signerName", is("张伟"), "signature.signedAt", is("2026-11-23T02:00:00Z"),
                "signature.device", is("接待台平板 1"), "signature.userAgent", containsString("iPad"), "signature.recordedBy", is("advisor-user"),
                "signature.estimateHash", matchesPattern("[0-9a-f]{64}"), "signature.matchesCurrentEstimate", is(true), "signature.id", notNullValue());
        Response png = shop.as(Roles.WORKSHOP).accept("*/*").get(orders.path(o, "/signatures/" + o.path("signature.id") + "/image"));
        png.then().statusCode(200).contentType("image/png").header("Cache-Control", containsString("private"));
        assertArrayEquals(drawn, png.asByteArray(), "the image is exactly what was drawn");
        shop.as(Roles.ADVISOR).header("If-None-Match", png.header("ETag")).get(orders.path(o, "/signatures/" + o.path("signature.id") + "/image")).then().statusCode(304);
        List<Map<String, Object>> audit = shop.manager().queryParam("entityId", (String) o.path("id")).get(shop.path("/audit-entries")).path("items");
        Map<String, Object> signed = audit.stream().filter(a -> "signed".equals(a.get("action"))).findFirst().orElseThrow();
        assertTrue(String.valueOf(signed).contains((String) o.path("signature.estimateHash")), "the audit trail names the hash: " + signed);
    }

    @Test
    void aChangeAfterSigningNeedsANewSignatureAndTheOldOneStaysAsHistory() {
        Response o = orders.ok(awaitingSignature(), "sign", signature("张伟"));
        String firstHash = o.path("signature.estimateHash");
        String firstId = o.path("signature.id");
        clock.set(Instant.parse("2026-11-23T02:05:00Z"));
        // The customer adds a part before the car goes to the workshop: the order is back in DRAFT and the signature no longer matches.
        o = orders.with(o, part("06L115562B", "1", "85.00", "DEALER", "OEM", false));
        o.then().body("status", is("DRAFT"), "signature.id", is(firstId), "signature.estimateHash", is(firstHash), "signature.matchesCurrentEstimate", is(false),
                "availableActions", hasItem("submit-for-signature"));
        orders.act(o, "hand-over", Map.of("receiver", "FOREMAN_QUEUE")).then().statusCode(409).body("code", is("R-CHK-9"));
        o = orders.ok(orders.ok(o, "submit-for-signature", null), "sign", signature("张伟"));
        o.then().body("status", is("OPEN"), "signature.matchesCurrentEstimate", is(true), "signature.signedAt", is("2026-11-23T02:05:00Z"));
        String secondHash = o.path("signature.estimateHash");
        assertNotEquals(firstHash, secondHash, "another estimate, another hash");
        assertNotEquals(firstId, o.path("signature.id"));
        shop.as(Roles.CASHIER).get(orders.path(o, "/signatures")).then().statusCode(200).body("size()", is(2))
                .body("estimateHash", contains(secondHash, firstHash)).body("matchesCurrentEstimate", contains(true, false));
    }

    @Test
    void theHashIsOfTheContentSoTheSameEstimateAgainMatchesTheFirstSignature() {
        Response o = orders.ok(awaitingSignature(), "sign", signature("张伟"));
        String firstHash = o.path("signature.estimateHash");
        o = orders.with(o, part("06L115562B", "1", "85.00", "DEALER", "OEM", false));
        String partId = o.path("lines.find { it.kind == 'PART' }.id");
        o = shop.as(Roles.ADVISOR).header("If-Match", o.header("ETag")).delete(orders.path(o, "/lines/" + partId));
        o.then().statusCode(200).body("signature.estimateHash", is(firstHash), "signature.matchesCurrentEstimate", is(true));
    }

    @Test
    void aSignatureMustBeACompletePngImage() {
        Response o = awaitingSignature();
        Map<String, Object> jpeg = new java.util.HashMap<>(signature("张伟"));
        jpeg.put("signaturePng", Base64.getEncoder().encodeToString(Images.jpeg(20, 20)));
        orders.act(o, "sign", jpeg).then().statusCode(422).contentType("application/problem+json")
                .body("code", is("signature-not-png"), "violations.field", contains("signaturePng"));
        orders.act(o, "sign", Map.of("signerName", "张伟")).then().statusCode(400).body("violations.field", contains("signaturePng"));
        shop.as(Roles.ADVISOR).get(orders.path(o, "")).then().body("status", is("AWAITING_SIGNATURE"), "signature", nullValue());
    }

    @Test
    void theReceiverIsATechnicianOfTheStoreOrTheForemanQueue() {
        shop.as(Roles.WORKSHOP).get(shop.path("/handover-receivers")).then().statusCode(200)
                .body("[0].id", is("FOREMAN_QUEUE"), "[0].kind", is("FOREMAN_QUEUE"), "[0].name", nullValue())
                .body("findAll { it.kind == 'TECHNICIAN' }.name", containsInAnyOrder("赵师傅", "钱师傅"));
        Response o = orders.ok(awaitingSignature(), "sign", signature("张伟"));
        for (String unknown : List.of("赵师傅", "车间主管", java.util.UUID.randomUUID().toString())) {
            orders.act(o, "hand-over", Map.of("receiver", unknown)).then().statusCode(422).contentType("application/problem+json")
                    .body("code", is("unknown-receiver"), "violations.field", contains("receiver"));
        }
        orders.act(o, "hand-over", Map.of("receiver", "FOREMAN_QUEUE", "assignDirectly", true)).then().statusCode(422)
                .body("code", is("R-CHK-10"), "violations.field", contains("assignDirectly"));
        // A technician of another store is a stranger here.
        BookingStore other = BookingStore.open();
        String foreign = RepairOrders.in(other).technician("赵师傅");
        orders.act(o, "hand-over", Map.of("receiver", foreign)).then().statusCode(422).body("code", is("unknown-receiver"));
        orders.ok(o, "hand-over", Map.of("receiver", orders.technician("钱师傅"))).then()
                .body("handover.receiver", is("钱师傅"), "handover.receiverKind", is("TECHNICIAN"), "handover.route", is("FOREMAN"));
    }

    @Test
    void theHandOverTimeIsNeverBeforeTheSignature() {
        Response o = awaitingSignature();
        clock.set(Instant.parse("2026-11-23T02:03:00Z"));
        o = orders.ok(o, "sign", signature("张伟"));
        clock.set(Instant.parse("2026-11-23T02:04:00Z"));
        // 10:04 rounds down to 10:00, before the 10:03 signature: the print says 10:10.
        orders.ok(o, "hand-over", Map.of("receiver", "FOREMAN_QUEUE")).then().body("handover.at", is("2026-11-23T02:10:00Z"));
    }
}
