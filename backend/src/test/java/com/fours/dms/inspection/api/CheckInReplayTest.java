package com.fours.dms.inspection.api;

import static com.fours.dms.repairorder.api.RepairOrders.job;
import static com.fours.dms.repairorder.api.RepairOrders.signature;
import static org.hamcrest.Matchers.*;

import com.fours.dms.inspection.Images;
import com.fours.dms.repairorder.api.RepairOrders;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: an offline tablet replays its queued check-in writes (marks, photos, readings, lines,
 * the signatures) with their Idempotency-Keys. A retry whose first attempt went through answers
 * the first answer (ETag included, even though If-Match is now stale) and writes no second row;
 * the same key with another body is refused with 422.
 */
@QuarkusTest
class CheckInReplayTest {
    @Inject
    MutableClock clock;

    BookingStore shop;
    Inspections inspections;
    RepairOrders orders;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        shop = BookingStore.open();
        inspections = Inspections.in(shop);
        orders = RepairOrders.in(shop);
    }

    private Response keyed(Response inspection, Response order, String key, String rest, Object body) {
        return shop.as(Roles.ADVISOR).header("If-Match", inspection.header("ETag")).header("Idempotency-Key", key).body(body).post(inspections.path(order, rest));
    }

    @Test
    void aRetriedDamageMarkAddsOneMarkAndAnotherBodyWithTheSameKeyIs422() {
        Response order = inspections.walkIn();
        Response i = inspections.start(order, Inspections.body(null, null));
        String key = Fixtures.unique("mark-");
        Map<String, Object> mark = Map.of("zone", "FRONT_BUMPER", "type", "SCRATCH", "note", "划痕");
        Response first = keyed(i, order, key, "/damage-marks", mark);
        first.then().statusCode(200).body("damageMarks", hasSize(1));
        // The response was lost: the tablet sends the same key with the If-Match it had (now stale).
        keyed(i, order, key, "/damage-marks", mark).then().statusCode(200).header("Idempotent-Replayed", "true")
                .header("ETag", is(first.header("ETag"))).body("damageMarks", hasSize(1))
                .body("damageMarks[0].id", is(first.<String>path("damageMarks[0].id")));
        keyed(first, order, key, "/damage-marks", Map.of("zone", "REAR_BUMPER", "type", "DENT")).then().statusCode(422)
                .contentType("application/problem+json").body("code", is("idempotency-key-reused"));
        shop.as(Roles.WORKSHOP).get(inspections.path(order, "")).then().statusCode(200).body("damageMarks", hasSize(1)).header("ETag", is(first.header("ETag")));
        // Without a key a stale If-Match is still refused: only a replay is answered.
        inspections.act(i, order, "/damage-marks", mark).then().statusCode(412);
    }

    @Test
    void aRetriedMarkRemovalAnswersTheFirstAnswerAndTheSameKeyForAnotherMarkIs422() {
        Response order = inspections.walkIn();
        Response i = inspections.start(order, Inspections.body(null, null));
        Response two = keyed(i, order, Fixtures.unique("mark-"), "/damage-marks", Map.of("zone", "FRONT_BUMPER", "type", "SCRATCH"));
        two = keyed(two, order, Fixtures.unique("mark-"), "/damage-marks", Map.of("zone", "ROOF", "type", "DENT"));
        String first = two.path("damageMarks[0].id");
        String second = two.path("damageMarks[1].id");
        String key = Fixtures.unique("unmark-");
        String etag = two.header("ETag");
        Response removed = shop.as(Roles.ADVISOR).header("If-Match", etag).header("Idempotency-Key", key).delete(inspections.path(order, "/damage-marks/" + first));
        removed.then().statusCode(200).body("damageMarks", hasSize(1)).body("damageMarks[0].id", is(second));
        // The answer was lost: the tablet replays the removal with the If-Match it had (now stale).
        shop.as(Roles.ADVISOR).header("If-Match", etag).header("Idempotency-Key", key).delete(inspections.path(order, "/damage-marks/" + first))
                .then().statusCode(200).header("Idempotent-Replayed", "true").header("ETag", is(removed.header("ETag")))
                .body("damageMarks", hasSize(1)).body("damageMarks[0].id", is(second));
        shop.as(Roles.ADVISOR).header("If-Match", removed.header("ETag")).header("Idempotency-Key", key).delete(inspections.path(order, "/damage-marks/" + second))
                .then().statusCode(422).contentType("application/problem+json").body("code", is("idempotency-key-reused"));
        shop.as(Roles.WORKSHOP).get(inspections.path(order, "")).then().statusCode(200).body("damageMarks", hasSize(1)).header("ETag", is(removed.header("ETag")));
        // Without a key a stale If-Match is still refused.
        shop.as(Roles.ADVISOR).header("If-Match", etag).delete(inspections.path(order, "/damage-marks/" + second)).then().statusCode(412);
    }

    @Test
    void aRetriedPhotoUploadStoresOnePhotoAndOtherBytesWithTheSameKeyAre422() {
        Response order = inspections.walkIn();
        Response i = inspections.addMark(inspections.start(order, Inspections.body(null, null)), order);
        String markId = i.path("damageMarks[0].id");
        String key = Fixtures.unique("photo-");
        byte[] jpeg = Images.jpeg(320, 240);
        Response first = inspections.uploading(shop.as(Roles.ADVISOR).header("Idempotency-Key", key), "a.jpg", jpeg, "image/jpeg")
                .multiPart("damageMarkId", markId).post(inspections.path(order, "/photos"));
        first.then().statusCode(201).body("damageMarkId", is(markId));
        inspections.uploading(shop.as(Roles.ADVISOR).header("Idempotency-Key", key), "a.jpg", jpeg, "image/jpeg")
                .multiPart("damageMarkId", markId).post(inspections.path(order, "/photos"))
                .then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", is(first.header("Location"))).body("id", is(first.<String>path("id")));
        inspections.uploading(shop.as(Roles.ADVISOR).header("Idempotency-Key", key), "b.png", Images.png(40, 40), "image/png")
                .multiPart("damageMarkId", markId).post(inspections.path(order, "/photos"))
                .then().statusCode(422).body("code", is("idempotency-key-reused"));
        shop.as(Roles.ADVISOR).get(inspections.path(order, "/photos")).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void retriedReadingsAndInspectionSignatureAnswerTheFirstAnswer() {
        Response order = inspections.walkIn();
        Response i = inspections.start(order, Inspections.body(null, null));
        String readingsKey = Fixtures.unique("readings-");
        Map<String, Object> readings = Inspections.body("K-7", "B-2");
        Response put = shop.as(Roles.ADVISOR).header("If-Match", i.header("ETag")).header("Idempotency-Key", readingsKey).body(readings).put(inspections.path(order, ""));
        put.then().statusCode(200).body("keyTag", is("K-7"));
        shop.as(Roles.ADVISOR).header("If-Match", i.header("ETag")).header("Idempotency-Key", readingsKey).body(readings).put(inspections.path(order, ""))
                .then().statusCode(200).header("Idempotent-Replayed", "true").header("ETag", is(put.header("ETag")));
        Map<String, Object> other = Inspections.body("K-8", "B-2");
        shop.as(Roles.ADVISOR).header("If-Match", put.header("ETag")).header("Idempotency-Key", readingsKey).body(other).put(inspections.path(order, ""))
                .then().statusCode(422).body("code", is("idempotency-key-reused"));

        String signKey = Fixtures.unique("sign-");
        Map<String, Object> sign = Map.of("signerName", "张伟", "signaturePng", Base64.getEncoder().encodeToString(Images.png(120, 40)));
        Response signed = keyed(put, order, signKey, "/sign", sign);
        signed.then().statusCode(200).body("signature.signerName", is("张伟"));
        keyed(put, order, signKey, "/sign", sign).then().statusCode(200).header("Idempotent-Replayed", "true").body("signature.signedAt", is(signed.<String>path("signature.signedAt")));
        shop.as(Roles.ADVISOR).get(inspections.path(order, "/versions")).then().body("items", hasSize(1));
        long audits = shop.manager().queryParam("entityId", i.<String>path("id")).get(shop.path("/audit-entries")).<java.util.List<String>>path("items.action").stream()
                .filter(a -> a.equals("updated")).count();
        org.junit.jupiter.api.Assertions.assertEquals(1, audits, "one update audited, not two");
    }

    @Test
    void aRetriedLineAndOrderSignatureWriteOnce() {
        Response o = orders.walkIn();
        String lineKey = Fixtures.unique("line-");
        Map<String, Object> line = job("更换机油及机滤", "1.0");
        Response added = shop.as(Roles.ADVISOR).header("If-Match", o.header("ETag")).header("Idempotency-Key", lineKey).body(line).post(orders.path(o, "/lines"));
        added.then().statusCode(200).body("lines", hasSize(1));
        shop.as(Roles.ADVISOR).header("If-Match", o.header("ETag")).header("Idempotency-Key", lineKey).body(line).post(orders.path(o, "/lines"))
                .then().statusCode(200).header("Idempotent-Replayed", "true").header("ETag", is(added.header("ETag"))).body("lines", hasSize(1));
        shop.as(Roles.ADVISOR).header("If-Match", added.header("ETag")).header("Idempotency-Key", lineKey).body(job("四轮定位", "1.5")).post(orders.path(o, "/lines"))
                .then().statusCode(422).body("code", is("idempotency-key-reused"));
        shop.as(Roles.ADVISOR).get(orders.path(o, "")).then().body("lines", hasSize(1));

        Response awaiting = orders.ok(added, "submit-for-signature", null);
        String signKey = Fixtures.unique("ro-sign-");
        Map<String, Object> sign = signature("张伟");
        Response signed = shop.as(Roles.ADVISOR).header("If-Match", awaiting.header("ETag")).header("Idempotency-Key", signKey).body(sign).post(orders.path(o, "/sign"));
        signed.then().statusCode(200).body("status", is("OPEN"));
        shop.as(Roles.ADVISOR).header("If-Match", awaiting.header("ETag")).header("Idempotency-Key", signKey).body(sign).post(orders.path(o, "/sign"))
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("status", is("OPEN"));
        shop.as(Roles.ADVISOR).get(orders.path(o, "/signatures")).then().statusCode(200).body("$", hasSize(1));
    }
}
