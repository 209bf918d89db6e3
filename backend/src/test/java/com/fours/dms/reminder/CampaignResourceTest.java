package com.fours.dms.reminder;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, R-REM-6: a recall campaign's VIN list is checked row by row (check digit, duplicates, empty rows) with a
 * report of every rejected row that can be read again; a VIN of a car not on the archive is accepted and flags the
 * car once it is registered; the cars on the archive get one message (on a consented channel) and one call; a second
 * upload of the same file adds, sends and opens nothing; the car is flagged at check-in until the campaign work is
 * done on its order.
 */
@QuarkusTest
class CampaignResourceTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    MutableClock clock;

    @Inject
    Campaigns campaigns;

    BookingStore shop;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-12-03T02:00:00Z"));
        shop = BookingStore.open();
    }

    String campaign(String validFrom, String validTo) {
        Map<String, Object> body = new HashMap<>(Map.of("code", Fixtures.unique("RC-"), "kind", "RECALL", "titleZh", "右前安全气囊气体发生器更换",
                "titleEn", "Airbag inflator replacement", "work", "更换右前安全气囊气体发生器", "validFrom", validFrom, "validTo", validTo));
        return shop.manager().body(body).post(shop.path("/campaigns")).then().statusCode(201).body("progress.vins", is(0)).extract().path("id");
    }

    Response upload(String campaign, String csv) {
        return shop.manager().contentType("multipart/form-data").multiPart("file", "vins.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(shop.path("/campaigns/" + campaign + "/imports"));
    }

    String vinOf(String vehicle) {
        return shop.manager().get(shop.path("/vehicles/" + vehicle)).then().statusCode(200).extract().path("vin");
    }

    List<Map<String, Object>> calls(String vehicle) {
        return shop.manager().queryParam("type", "SERVICE_REMINDER").queryParam("subjectId", vehicle).get(shop.path("/tasks")).then().statusCode(200)
                .extract().path("items");
    }

    List<String> notices() {
        return shop.manager().get(shop.path("/notifications")).then().statusCode(200).extract().path("items.findAll { it.kind == 'CAMPAIGN_NOTICE' }.channel");
    }

    List<Map<String, Object>> open(String vehicle) {
        return shop.as(Roles.ADVISOR).queryParam("vehicleId", vehicle).get(shop.path("/campaigns/open")).then().statusCode(200).extract().path("items");
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndASecondUploadCreatesNothingNew() {
        String[] a = shop.customerWithVehicle();
        String[] b = shop.customerWithVehicle();
        for (String channel : List.of("SMS", "EMAIL")) {
            shop.as(Roles.CUSTOMER_SERVICE).body(Map.of("allowed", false)).put(shop.path("/follow-up/customers/" + b[0] + "/consent/" + channel)).then().statusCode(200);
        }
        String vinA = vinOf(a[1]);
        String vinB = vinOf(b[1]);
        String typo = vinA.substring(0, 8) + (vinA.charAt(8) == '1' ? '2' : '1') + vinA.substring(9);
        String elsewhere = Fixtures.randomVin();
        String csv = "VIN,备注\n" + vinA + ",a\n" + typo + ",typo\n" + vinB.toLowerCase() + ",lower case\n" + vinA + ",again\n,empty\n" + elsewhere + ",not ours\nABC123,short\n";
        String id = campaign("2026-12-01", "2027-05-31");
        Response first = upload(id, csv);
        first.then().statusCode(201).header("Location", endsWith("/imports/" + first.path("id")))
                .body("rowsTotal", is(7), "accepted", is(3), "rejected", is(4), "entriesNew", is(3), "notInArchive", is(1), "messages", is(1), "calls", is(2),
                        "rejections.line", contains(3, 5, 6, 8),
                        "rejections[0].reason", containsString("check digit"), "rejections[0].value", is(typo),
                        "rejections[1].reason", is("duplicate of line 2"), "rejections[2].reason", is("VIN is empty"),
                        "rejections[3].reason", containsString("17 characters"));
        // The report is kept: read again later, the same rows and reasons.
        shop.as(Roles.CUSTOMER_SERVICE).get(shop.path("/campaigns/" + id + "/imports/" + first.path("id"))).then().statusCode(200)
                .body("rejections.line", contains(3, 5, 6, 8), "rejections[1].reason", is("duplicate of line 2"), "accepted", is(3));

        Response again = upload(id, csv);
        again.then().statusCode(201).body("accepted", is(3), "rejected", is(4), "entriesNew", is(0), "messages", is(0), "calls", is(0));
        assertEquals(List.of("SMS"), notices());
        List<Map<String, Object>> callsA = calls(a[1]);
        assertEquals(1, callsA.size());
        assertEquals("RECALL_CAMPAIGN", callsA.get(0).get("purpose"));
        assertEquals("customer-service", ((Map<?, ?>) callsA.get(0).get("assignee")).get("role"));
        assertEquals(1, calls(b[1]).size());
        shop.manager().get(shop.path("/campaigns/" + id)).then().statusCode(200)
                .body("active", is(true), "progress.vins", is(3), "progress.vehicles", is(2), "progress.notInArchive", is(1), "progress.messaged", is(1),
                        "progress.reached", is(0), "progress.booked", is(0), "progress.done", is(0));
        shop.as(Roles.CUSTOMER_SERVICE).get(shop.path("/campaigns/" + id + "/imports")).then().statusCode(200).body("items", hasSize(2));
        shop.manager().queryParam("entityType", "campaign").queryParam("entityId", id).get(shop.path("/audit-entries")).then().statusCode(200)
                .body("items.action", hasItems("created", "vins-imported"));
    }

    @Test
    void theCarIsFlaggedAtCheckInUntilTheCampaignWorkIsDoneOnItsOrder() {
        String[] a = shop.customerWithVehicle();
        String[] other = shop.customerWithVehicle();
        String elsewhere = Fixtures.randomVin();
        String id = campaign("2026-12-01", "2027-05-31");
        upload(id, vinOf(a[1]) + "\n" + elsewhere + "\n").then().statusCode(201).body("accepted", is(2), "rejected", is(0), "notInArchive", is(1));
        List<Map<String, Object>> flagged = open(a[1]);
        assertEquals(1, flagged.size());
        assertEquals("更换右前安全气囊气体发生器", flagged.get(0).get("work"));
        assertEquals(List.of(), open(other[1]));

        // A car not on the archive at the upload is flagged when it comes in and is registered.
        String customer = shop.as(Roles.ADVISOR).body(Fixtures.aCustomer().body()).post(shop.path("/customers")).then().statusCode(201).extract().path("id");
        String newcomer = shop.as(Roles.ADVISOR).body(Fixtures.aVehicle(customer).vin(elsewhere).body()).post(shop.path("/vehicles")).then().statusCode(201)
                .extract().path("id");
        assertEquals(1, open(newcomer).size());

        // The desk's call: reached, then booked (an appointment id is required).
        String entry = (String) flagged.get(0).get("id");
        Response e = shop.as(Roles.CUSTOMER_SERVICE).get(shop.path("/campaigns/entries/" + entry));
        shop.as(Roles.CUSTOMER_SERVICE).header("If-Match", e.header("ETag")).body(Map.of("outcome", "BOOKED")).post(shop.path("/campaigns/entries/" + entry + "/contact"))
                .then().statusCode(400).body("violations.field", hasItem("appointmentId"));
        Response reached = shop.as(Roles.CUSTOMER_SERVICE).header("If-Match", e.header("ETag")).body(Map.of("outcome", "REACHED"))
                .post(shop.path("/campaigns/entries/" + entry + "/contact"));
        reached.then().statusCode(200).body("reachedAt", notNullValue());

        // Done on an order of another car: refused; on its own order: closed, no longer flagged, the call is done.
        String wrongOrder = shop.as(Roles.ADVISOR).body(Map.of("customerId", other[0], "vehicleId", other[1], "requestedWork", "保养"))
                .post(shop.path("/repair-orders")).then().statusCode(201).extract().path("id");
        String order = shop.as(Roles.ADVISOR).body(Map.of("customerId", a[0], "vehicleId", a[1], "requestedWork", "保养；召回活动"))
                .post(shop.path("/repair-orders")).then().statusCode(201).extract().path("id");
        shop.as(Roles.ADVISOR).header("If-Match", reached.header("ETag")).body(Map.of("repairOrderId", wrongOrder))
                .post(shop.path("/campaigns/entries/" + entry + "/done")).then().statusCode(422).body("code", is("campaign-order-vehicle"));
        Response done = shop.as(Roles.ADVISOR).header("If-Match", reached.header("ETag")).body(Map.of("repairOrderId", order, "note", "已更换"))
                .post(shop.path("/campaigns/entries/" + entry + "/done"));
        done.then().statusCode(200).body("status", is("DONE"), "doneOrderId", is(order), "availableActions", empty());
        assertEquals(List.of(), open(a[1]));
        assertEquals("DONE", calls(a[1]).get(0).get("status"));
        shop.as(Roles.ADVISOR).header("If-Match", done.header("ETag")).body(Map.of("repairOrderId", order))
                .post(shop.path("/campaigns/entries/" + entry + "/done")).then().statusCode(409).body("code", is("campaign-entry-done"));
        shop.manager().get(shop.path("/campaigns/" + id)).then().statusCode(200)
                .body("progress.reached", is(1), "progress.done", is(1), "progress.vehicles", is(1));
        shop.manager().queryParam("entityType", "campaign-entry").queryParam("entityId", entry).get(shop.path("/audit-entries")).then().statusCode(200)
                .body("items.action", hasItems("reached", "done"));
        shop.manager().queryParam("status", "DONE").get(shop.path("/campaigns/" + id + "/vehicles")).then().statusCode(200)
                .body("items.id", contains(entry));
    }

    @Test
    void aCampaignThatStartsLaterSendsOnItsFirstDayOnceAndBadInputIsA4xx() {
        String[] a = shop.customerWithVehicle();
        String id = campaign("2026-12-10", "2027-01-31");
        upload(id, "车架号\n" + vinOf(a[1]) + "\n").then().statusCode(201).body("accepted", is(1), "messages", is(0), "calls", is(0));
        assertEquals(List.of(), open(a[1]));
        clock.set(Instant.parse("2026-12-09T15:59:00Z"));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> campaigns.claim(shop.code, SHANGHAI, clock.instant())).calls());
        clock.set(Instant.parse("2026-12-09T16:00:00Z"));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> campaigns.claim(shop.code, SHANGHAI, clock.instant())).calls());
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> campaigns.claim(shop.code, SHANGHAI, clock.instant())).calls());
        assertEquals(1, calls(a[1]).size());
        assertEquals(1, open(a[1]).size());

        upload(id, "plate,model\n京A12345,帕萨特\n").then().statusCode(422).body("code", is("import-columns"));
        upload(id, "VIN\n").then().statusCode(422).body("code", is("import-unreadable"));
        Map<String, Object> bad = new HashMap<>(Map.of("code", "RC-X", "kind", "RECALL", "titleZh", "x", "work", "x", "validFrom", "2027-01-02", "validTo", "2027-01-01"));
        shop.manager().body(bad).post(shop.path("/campaigns")).then().statusCode(400).body("violations.field", hasItem("validTo"));
        bad.put("validTo", "2027-02-01");
        shop.manager().body(bad).post(shop.path("/campaigns")).then().statusCode(201);
        shop.manager().body(bad).post(shop.path("/campaigns")).then().statusCode(409).body("code", is("campaign-duplicate-code"));
        shop.manager().queryParam("limit", 101).get(shop.path("/campaigns")).then().statusCode(400).body("violations.field", hasItem("limit"));
        shop.manager().get(shop.path("/campaigns")).then().statusCode(200).body("items", hasSize(2));
        clock.set(Instant.parse("2027-02-02T02:00:00Z"));
        upload(id, vinOf(a[1]) + "\n").then().statusCode(409).body("code", is("campaign-ended"));
    }
}
