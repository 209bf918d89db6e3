package com.fours.dms.inspection.api;

import com.fours.dms.shared.image.PhotoTypes;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.inspection.Images;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The walk-around check-in (R-CHK-1, R-CHK-2): readings, key, damage marks, photos, signature and versions. */
@QuarkusTest
class InspectionResourceTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Inject
    MutableClock clock;

    BookingStore shop;
    Inspections inspections;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        shop = BookingStore.open();
        inspections = Inspections.in(shop);
    }

    @Test
    void theSignatureImageIsServedOnceSigned() {
        Response order = inspections.walkIn();
        Response i = inspections.start(order, Inspections.body(null, null));
        String url = inspections.path(order, "/signature");
        shop.as(Roles.CASHIER).get(url).then().statusCode(404).contentType("application/problem+json").body("code", is("not-found"));
        inspections.sign(i, order);
        Response png = shop.as(Roles.WORKSHOP).get(url);
        png.then().statusCode(200).contentType("image/png").header("ETag", notNullValue()).header("Cache-Control", containsString("private"));
        byte[] bytes = png.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4));
        shop.as(Roles.ADVISOR).header("If-None-Match", png.header("ETag")).get(url).then().statusCode(304);
    }

    @Test
    void advisorRecordsTheCheckInWithDamageMarksAndKey() {
        Response order = inspections.walkIn();
        Response i = inspections.start(order, Inspections.body("k-001", "a-01"));
        i.then().body("versionNumber", is(1)).body("current", is(true)).body("odometer", is(25_000)).body("odometerWarning", nullValue())
                .body("keyTag", is("K-001")).body("keySlot", is("A-01")).body("protectiveCoversFitted", is(true))
                .body("documents[1].name", is("环保标志")).body("documents[1].valid", is(false)).body("belongings", hasSize(2))
                .header("ETag", notNullValue()).header("Location", endsWith("/inspection"));
        Response marked = inspections.addMark(i, order);
        marked.then().body("damageMarks", hasSize(1)).body("damageMarks[0].zone", is("FRONT_LEFT_DOOR")).body("damageMarks[0].x", is(0.3f));
        shop.as(Roles.WORKSHOP).get(inspections.path(order, "")).then().statusCode(200).body("damageMarks[0].type", is("SCRATCH"));
        Response removed = shop.as(Roles.ADVISOR).header("If-Match", marked.header("ETag"))
                .delete(inspections.path(order, "/damage-marks/" + marked.path("damageMarks[0].id")));
        removed.then().statusCode(200).body("damageMarks", hasSize(0));
        // A second inspection for the same order is refused; update goes through PUT.
        inspections.create(order, Inspections.body(null, null)).then().statusCode(409).body("code", is("inspection-exists"));
        Map<String, Object> changed = Inspections.body("K-001", "A-02");
        changed.put("fuelLevel", null);
        changed.put("fuelPercent", 80);
        shop.as(Roles.ADVISOR).header("If-Match", removed.header("ETag")).body(changed).put(inspections.path(order, "")).then().statusCode(200)
                .body("keySlot", is("A-02")).body("fuelPercent", is(80));
        shop.as(Roles.ADVISOR).header("If-Match", removed.header("ETag")).body(changed).put(inspections.path(order, "")).then().statusCode(412);
        shop.as(Roles.ADVISOR).body(changed).put(inspections.path(order, "")).then().statusCode(428);
        List<String> actions = shop.manager().queryParam("entityId", i.<String>path("id")).get(shop.path("/audit-entries")).path("items.action");
        assertEquals(true, actions.containsAll(List.of("created", "damage-mark-added", "damage-mark-removed", "updated")), actions.toString());
    }

    @Test
    void aLowerOdometerReadingNeedsTheAdvisorsConfirmationWhichIsKept() {
        Response order = inspections.walkIn();
        Map<String, Object> body = Inspections.body(null, null);
        body.put("odometer", 19_000); // the vehicle's last service was at 20 000 km
        inspections.create(order, body).then().statusCode(422).contentType("application/problem+json")
                .body("code", is("R-CHK-2")).body("violations[0].field", is("odometer"));
        body.put("odometerLowerConfirmed", true);
        inspections.start(order, body).then().body("odometerLowerConfirmed", is(true))
                .body("odometerWarning.readingKm", is(19_000)).body("odometerWarning.lastRecordedKm", is(20_000)).body("odometerWarning.confirmed", is(true));
    }

    @Test
    void keyTagAndSlotAreUniqueAmongCarsInTheShopAndFreedWhenTheOrderLeaves() {
        Response first = inspections.walkIn();
        inspections.start(first, Inspections.body("K-100", "S-100"));
        Response second = inspections.walkIn();
        inspections.create(second, Inspections.body("k-100 ", "S-200")).then().statusCode(409).body("code", is("R-CHK-2"))
                .body("violations[0].field", is("keyTag"));
        inspections.create(second, Inspections.body("K-200", "S-100")).then().statusCode(409).body("violations[0].field", is("keySlot"));
        // The first order is cancelled: its car leaves the shop and the key tag is free again.
        shop.as(Roles.ADVISOR).header("If-Match", first.header("ETag")).body(Map.of("reason", "客户取消")).post(shop.path("/repair-orders/" + first.path("id") + "/cancel"))
                .then().statusCode(200);
        inspections.start(second, Inspections.body("K-100", "S-100"));
        // Another store may use the same tag.
        Inspections other = Inspections.in(BookingStore.open());
        other.start(other.walkIn(), Inspections.body("K-100", "S-100"));
    }

    @Test
    void signingFreezesTheInspectionAndACorrectionIsVersionTwoKeepingVersionOne() {
        Response order = inspections.walkIn();
        Response i = inspections.addMark(inspections.start(order, Inspections.body("K-300", "S-300")), order);
        inspections.upload(order, "door.jpg", Images.jpeg(64, 48), "image/jpeg").then().statusCode(201);
        inspections.act(i, order, "/sign", Map.of("signerName", "张伟", "signaturePng", java.util.Base64.getEncoder().encodeToString(Images.jpeg(10, 10))))
                .then().statusCode(422).body("code", is("signature-not-png"));
        Response signed = inspections.sign(i, order);
        signed.then().body("signature.signerName", is("张伟")).body("signature.signedAt", is("2026-11-23T02:00:00Z"));
        // Frozen: every change is refused with R-CHK-2.
        shop.as(Roles.ADVISOR).header("If-Match", signed.header("ETag")).body(Inspections.body("K-300", "S-300")).put(inspections.path(order, ""))
                .then().statusCode(409).body("code", is("R-CHK-2")).body("detail", containsString("new version"));
        inspections.act(signed, order, "/damage-marks", Map.of("zone", "ROOF", "type", "DENT")).then().statusCode(409).body("code", is("R-CHK-2"));
        inspections.upload(order, "roof.png", Images.png(20, 20), "image/png").then().statusCode(409).body("code", is("R-CHK-2"));
        // The correction: version 2, unsigned, same content and photos, supersedes version 1.
        Response v2 = inspections.act(signed, order, "/corrections", Map.of());
        v2.then().statusCode(201).body("versionNumber", is(2)).body("supersedes", is(i.<String>path("id"))).body("signature", nullValue())
                .body("damageMarks", hasSize(1)).body("keyTag", is("K-300"));
        inspections.act(v2, order, "/damage-marks", Map.of("zone", "ROOF", "type", "DENT")).then().statusCode(200).body("damageMarks", hasSize(2));
        shop.as(Roles.CASHIER).get(inspections.path(order, "/photos")).then().statusCode(200).body("items", hasSize(1));
        Response versions = shop.as(Roles.CUSTOMER_SERVICE).get(inspections.path(order, "/versions"));
        versions.then().statusCode(200).body("items", hasSize(2)).body("items[0].versionNumber", is(1)).body("items[0].current", is(false))
                .body("items[0].signature.signerName", is("张伟")).body("items[0].damageMarks", hasSize(1))
                .body("items[1].versionNumber", is(2)).body("items[1].current", is(true)).body("items[1].damageMarks", hasSize(2));
    }

    @Test
    void jpegAndPngPhotosAreStoredWithThumbnailsAndServedWithTheirType() {
        Response order = inspections.walkIn();
        Response i = inspections.addMark(inspections.start(order, Inspections.body(null, null)), order);
        byte[] jpeg = Images.jpeg(800, 600);
        Response up = inspections.uploading(shop.as(Roles.ADVISOR), "IMG_0001.jpg", jpeg, "application/octet-stream")
                .multiPart("damageMarkId", i.<String>path("damageMarks[0].id")).post(inspections.path(order, "/photos"));
        up.then().statusCode(201).body("mediaType", is("image/jpeg")).body("sizeBytes", is(jpeg.length)).body("thumbnailAvailable", is(true))
                .body("damageMarkId", is(i.<String>path("damageMarks[0].id")));
        // The declared type says JPEG, the bytes say PNG: the bytes win.
        inspections.upload(order, "fake.jpg", Images.png(30, 30), "image/jpeg").then().statusCode(201).body("mediaType", is("image/png"));
        inspections.upload(order, "phone.webp", Images.webp(), "image/webp").then().statusCode(201).body("mediaType", is("image/webp")).body("thumbnailAvailable", is(false));
        shop.as(Roles.WORKSHOP).get(inspections.path(order, "/photos")).then().statusCode(200).body("items", hasSize(3));

        Response img = shop.as(Roles.WORKSHOP).accept("*/*").get(inspections.path(order, "/photos/" + up.path("id")));
        img.then().statusCode(200).contentType("image/jpeg").header("Cache-Control", containsString("private")).header("ETag", notNullValue());
        assertArrayEquals(jpeg, img.asByteArray());
        shop.as(Roles.WORKSHOP).accept("*/*").header("If-None-Match", img.header("ETag")).get(inspections.path(order, "/photos/" + up.path("id"))).then().statusCode(304);
        Response thumb = shop.as(Roles.CASHIER).accept("*/*").get(inspections.path(order, "/photos/" + up.path("id") + "/thumbnail"));
        thumb.then().statusCode(200).contentType("image/jpeg");
        assertEquals(com.fours.dms.shared.image.PhotoTypes.Type.JPEG, com.fours.dms.shared.image.PhotoTypes.detect(thumb.asByteArray()));
        String webpId = shop.as(Roles.ADVISOR).get(inspections.path(order, "/photos")).path("items[2].id");
        shop.as(Roles.ADVISOR).accept("*/*").get(inspections.path(order, "/photos/" + webpId + "/thumbnail")).then().statusCode(404)
                .body("code", is("thumbnail-unavailable"));
        shop.as(Roles.ADVISOR).delete(inspections.path(order, "/photos/" + webpId)).then().statusCode(204);
        shop.as(Roles.ADVISOR).accept("*/*").get(inspections.path(order, "/photos/" + webpId)).then().statusCode(404);
    }

    @Test
    void badFilesGetAClear4xxProblemNeverA500() {
        Response order = inspections.walkIn();
        inspections.start(order, Inspections.body(null, null));
        inspections.upload(order, "scan.jpg", Images.pdf(), "image/jpeg").then().statusCode(415).contentType("application/problem+json")
                .body("code", is("unsupported-photo-type"));
        inspections.upload(order, "notes.jpg", "this is text renamed to .jpg, long enough".getBytes(), "image/jpeg").then().statusCode(415)
                .body("code", is("unsupported-photo-type"));
        inspections.upload(order, "cut.jpg", Images.truncated(Images.jpeg(200, 200)), "image/jpeg").then().statusCode(422)
                .contentType("application/problem+json").body("code", is("photo-truncated"));
        inspections.upload(order, "cut.png", Images.truncated(Images.png(200, 200)), "image/png").then().statusCode(422).body("code", is("photo-truncated"));
        shop.as(Roles.ADVISOR).contentType("multipart/form-data").multiPart("other", "x").post(inspections.path(order, "/photos")).then().statusCode(400)
                .body("violations[0].field", is("file"));
        inspections.upload(order, "x.jpg", Images.jpeg(20, 20), "image/jpeg").then().statusCode(201);
        // The store allows 2 KB photos: a bigger one is refused with 413.
        shop.changeSettings(s -> s.photoMaxBytes(2048)).then().statusCode(200).body("photoMaxBytes", is(2048));
        inspections.upload(order, "big.png", Images.jpeg(400, 400), "image/jpeg").then().statusCode(413).contentType("application/problem+json")
                .body("code", is("photo-too-large"));
        // Beyond the HTTP body limit (12 MB) the HTTP layer refuses it before reading it all, never a 500. A body
        // sent chunked (no Content-Length, as here) gets a bare 413 once the limit is crossed; a declared length
        // gets the payload-too-large problem up front (ProblemDetailsTest).
        byte[] huge = new byte[13 * 1024 * 1024];
        System.arraycopy(Images.jpeg(20, 20), 0, huge, 0, 100);
        io.restassured.RestAssured.given().auth().oauth2(com.fours.dms.support.TestTokens.token("advisor-user", java.util.Set.of(Roles.ADVISOR), shop.code))
                .contentType("multipart/form-data").multiPart("file", "huge.jpg", huge, "image/jpeg").post(inspections.path(order, "/photos"))
                .then().statusCode(413);
    }

    @Test
    void photosAreServedOnlyWithinTheStoreAndToStaffWhoSeeTheOrder() {
        Response order = inspections.walkIn();
        inspections.start(order, Inspections.body(null, null));
        String id = inspections.upload(order, "a.jpg", Images.jpeg(20, 20), "image/jpeg").path("id");
        String photo = inspections.path(order, "/photos/" + id);
        BookingStore other = BookingStore.open();
        other.as(Roles.ADVISOR).accept("*/*").get(photo).then().statusCode(404);
        other.as(Roles.ADVISOR).accept("*/*").get(other.path("/repair-orders/" + order.path("id") + "/inspection/photos/" + id)).then().statusCode(404);
        shop.as(Roles.INTEGRATOR).accept("*/*").get(photo).then().statusCode(403);
        shop.as(Roles.CUSTOMER_SERVICE).accept("*/*").get(photo).then().statusCode(200).contentType("image/jpeg");
    }
}
