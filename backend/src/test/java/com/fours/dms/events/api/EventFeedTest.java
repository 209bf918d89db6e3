package com.fours.dms.events.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.approval.api.Approvals;
import com.fours.dms.events.EventTypes;
import com.fours.dms.inspection.api.Inspections;
import com.fours.dms.repairorder.api.RepairOrders;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.TestTokens;
import com.fours.dms.support.WorkshopFloor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's event feed (issue 9): each flow that changes state writes its event in its own
 * transaction, in the store's commit order; the integrator and the service manager page through it
 * with the one cursor, see only their store, and nobody else reads it.
 */
@QuarkusTest
class EventFeedTest {
    static final String AT_10 = "2026-11-23T02:00:00Z";
    static final String AT_11 = "2026-11-23T03:00:00Z";

    @Inject
    MutableClock clock;

    WorkshopFloor floor;

    @BeforeEach
    void monday() {
        clock.set(Instant.parse(AT_10));
        floor = WorkshopFloor.open();
    }

    @Test
    void everyFlowThatChangesStateWritesItsEventInCommitOrder() {
        BookingStore shop = floor.shop;
        // Check-in started on a walk-in, which is then cancelled (it leaves the shop).
        Inspections inspections = Inspections.in(shop);
        Response walkIn = inspections.walkIn();
        inspections.start(walkIn, Inspections.body(null, null));
        RepairOrders orders = RepairOrders.in(shop);
        orders.ok(shop.as(Roles.ADVISOR).get(orders.path(walkIn, "")), "cancel", Map.of("reason", "客户改天再来"));
        // Signed and handed over to 周技师, dispatched, clocked on.
        Response order = floor.handedOver(floor.zhou, WorkshopFloor.job("更换机油", "1.0", null));
        Map<String, Object> job = floor.firstJob(order);
        floor.assigned(job, floor.zhou, floor.b01, AT_10, AT_11);
        floor.punch("zhou", "clock-on", Map.of("jobId", job.get("id"))).then().statusCode(200);
        // A supplementary item, approved; then a dearer version, approved too (its old lines are withdrawn).
        Approvals approvals = Approvals.in(shop);
        Response item = approvals.report(order, Approvals.filter());
        approvals.inPerson(order, approvals.sheet(order), List.of(Approvals.choice(item, "APPROVED"))).then().statusCode(200);
        Response approved = shop.as(Roles.ADVISOR).get(approvals.path(order, "/supplementary-items/" + item.path("id")));
        Map<String, Object> dearer = new LinkedHashMap<>(Approvals.filter());
        dearer.put("lines", List.of(RepairOrders.job("更换空调滤芯并清洗风道", "0.5")));
        dearer.put("changeReason", "风道也需清洗");
        Response revised = shop.as(Roles.WORKSHOP).header("If-Match", approved.header("ETag")).body(dearer)
                .post(approvals.path(order, "/supplementary-items/" + item.path("id") + "/versions"));
        revised.then().statusCode(200);
        approvals.inPerson(order, approvals.sheet(order), List.of(Approvals.choice(revised, "APPROVED"))).then().statusCode(200);
        floor.punch("zhou", "finish", Map.of("jobId", job.get("id"))).then().statusCode(200);

        List<Map<String, Object>> events = all(shop::manager, shop, 7);
        Set<String> types = new TreeSet<>();
        events.forEach(e -> types.add((String) e.get("type")));
        long last = 0;
        for (Map<String, Object> e : events) {
            long seq = ((Number) e.get("sequence")).longValue();
            assertTrue(seq > last, "commit order: " + events);
            last = seq;
        }
        // The job's story, in order, with its facts in the payload.
        List<String> story = events.stream().filter(e -> job.get("id").equals(e.get("subjectId"))).map(e -> (String) payload(e).get("action")).toList();
        assertEquals(List.of("created", "handed-to-technician", "assigned", "clocked-on", "finished"), story);
        Map<String, Object> assigned = events.stream().filter(e -> job.get("id").equals(e.get("subjectId")) && "assigned".equals(payload(e).get("action")))
                .findFirst().orElseThrow();
        assertEquals("workshop-job", assigned.get("subjectType"));
        assertEquals(order.path("id"), assigned.get("repairOrderId"));
        Map<String, Object> facts = payload(assigned);
        assertEquals(job.get("id"), facts.get("jobId"));
        assertEquals(order.path("id"), facts.get("repairOrderId"));
        assertEquals(floor.zhou, facts.get("technicianId"));
        assertEquals(floor.b01, facts.get("bayId"));
        assertEquals(shop.code, facts.get("storeCode"));
        assertEquals(List.of(walkIn.path("id"), walkIn.path("id")), events.stream()
                .filter(e -> Set.of("RepairOrderCheckInStarted", "RepairOrderLeftShop").contains(e.get("type"))).map(e -> e.get("repairOrderId")).toList());
        assertEquals(List.of(item.path("id"), item.path("id")), events.stream().filter(e -> "SupplementaryItemReported".equals(e.get("type")))
                .map(e -> e.get("subjectId")).toList(), "reported, then revised");
        assertEquals(List.of(1, 2), events.stream().filter(e -> "SupplementaryItemReported".equals(e.get("type"))).map(e -> payload(e).get("version")).toList());
        Map<String, Object> withdrawn = events.stream().filter(e -> "RepairOrderLinesWithdrawn".equals(e.get("type"))).findFirst().orElseThrow();
        assertEquals(2, ((List<?>) payload(withdrawn).get("lineIds")).size(), "the first version's labour and part lines left the order");
        assertEquals(List.of("IN_PERSON", "IN_PERSON"), events.stream().filter(e -> "SupplementaryItemsDecided".equals(e.get("type")))
                .map(e -> payload(e).get("channel")).toList());
        assertEquals(List.of("started", "ended"), events.stream().filter(e -> "TechnicianClocked".equals(e.get("type")))
                .map(e -> payload(e).get("action")).toList());

        // The quality check (R-QC-1, R-QC-2, R-QC-4) on an order of its own: a major job fails its inspection, is reworked and passes; the car is handed over.
        Response major = floor.handedOver(floor.zhou, WorkshopFloor.job("更换正时皮带", "5.0", null));
        Map<String, Object> belt = floor.firstJob(major);
        shop.manager().put(floor.path("/quality-check/inspectors/" + floor.wu)).then().statusCode(200);
        for (String result : List.of("FAILED", "PASSED")) {
            floor.punch("zhou", "clock-on", Map.of("jobId", belt.get("id"))).then().statusCode(200);
            floor.punch("zhou", "finish", Map.of("jobId", belt.get("id"))).then().statusCode(200);
            floor.tech("zhou").body(Map.of("checklist", points(com.fours.dms.qualitycheck.Checklists.SELF_CHECK), "signaturePng", PNG))
                    .post(floor.path("/quality-check/jobs/" + belt.get("id") + "/self-check")).then().statusCode(200);
            floor.tech("wu").body(Map.of("result", result, "reason", "皮带张紧不足", "checklist", points(com.fours.dms.qualitycheck.Checklists.FINAL_INSPECTION),
                    "signaturePng", PNG)).post(floor.path("/quality-check/jobs/" + belt.get("id") + "/inspection")).then().statusCode(200);
        }
        String qc = floor.path("/repair-orders/" + major.path("id") + "/quality-check");
        Object version = shop.manager().get(qc).then().statusCode(200).extract().path("version");
        shop.as(Roles.ADVISOR).header("If-Match", "\"" + version + "\"").body(Map.of("cleaned", true, "parkingSpot", "P1-01")).post(qc + "/internal-handover")
                .then().statusCode(200);
        List<Map<String, Object>> everything = all(shop::manager, shop, 50);
        everything.forEach(e -> types.add((String) e.get("type")));
        TreeSet<String> expected = new TreeSet<>(EventTypes.ALL);
        expected.removeAll(BOOKING_STORY);
        expected.removeAll(SETTLEMENT_STORY);
        expected.add("RepairOrderCreated");
        expected.add("RepairOrderCancelled");
        assertEquals(expected, types, "every event type of the order's way through the workshop is written by the flow that fires it");
        TreeSet<String> covered = new TreeSet<>(types);
        covered.addAll(BOOKING_STORY);
        covered.addAll(SETTLEMENT_STORY);
        assertEquals(new TreeSet<>(EventTypes.ALL), covered, "this flow, the booking flow below and the settlement write every event type there is");
        assertEquals(List.of("QualityCheckFailed", "QualityCheckPassed", "RepairOrderReadyForDelivery"), everything.stream()
                .filter(e -> major.path("id").equals(e.get("repairOrderId")) && ((String) e.get("type")).matches("QualityCheck.*|RepairOrderReadyForDelivery"))
                .map(e -> (String) e.get("type")).toList(), "the check's story of the major job, in commit order");
    }

    /** The event types the appointment flow writes ({@link #bookingsArrivalsNoShowsAndDeclinesAreEventsToo}). */
    static final Set<String> BOOKING_STORY = Set.of("AppointmentBooked", "AppointmentConfirmed", "AppointmentDepositRecorded", "AppointmentArrived",
            "AppointmentRescheduled", "AppointmentCancelled", "AppointmentNoShow", "InspectionSigned", "RepairOrderDeclined");

    /** The event types the bill and the delivery write (asserted in the feed by SettlementResourceTest). */
    static final Set<String> SETTLEMENT_STORY = Set.of("SettlementFinalised", "RepairOrderClosed");

    @Inject
    com.fours.dms.appointment.AppointmentJobs appointmentJobs;

    /**
     * Issue 12: every appointment transition is an event with the appointment as it is now, and so
     * are orders created, declined or cancelled and a signed check-in inspection; an order drafted
     * for an appointment is cancelled with it, and that is an event of the order.
     */
    @Test
    void bookingsArrivalsNoShowsAndDeclinesAreEventsToo() {
        BookingStore shop = floor.shop;
        // A web booking is requested, confirmed, moved to Tuesday and then cancelled.
        Map<String, Object> web = shop.booking(shop.customerWithVehicle(), "2026-11-24T01:00:00Z");
        web.put("channel", "WEB");
        Response requested = shop.as(Roles.ADVISOR).body(web).post(shop.path("/appointments"));
        requested.then().statusCode(201);
        String webId = requested.path("id");
        Response confirmed = appointment(shop, requested, "/confirm", null);
        Response moved = appointment(shop, confirmed, "/reschedule", Map.of("arrivalAt", "2026-11-24T03:00:00Z"));
        String movedId = moved.path("id");
        Response newOne = shop.as(Roles.ADVISOR).get(shop.path("/appointments/" + movedId));
        appointment(shop, newOne, "/cancel", Map.of("reason", "客户出差"));
        // A booking with high-value parts waits for its deposit; the cashier records it.
        Map<String, Object> dear = shop.booking(shop.customerWithVehicle(), "2026-11-24T05:00:00Z");
        dear.put("parts", List.of(Map.of("partNumber", "5Q0407271", "description", "前减震器总成", "quantity", 2, "unitPrice", "1200.00", "highValue", true)));
        Response held = shop.as(Roles.ADVISOR).body(dear).post(shop.path("/appointments"));
        held.then().statusCode(201);
        shop.as(Roles.CASHIER).header("If-Match", held.header("ETag")).body(Map.of("amount", "1200.00", "method", "MOBILE"))
                .post(shop.path("/appointments/" + held.path("id") + "/deposit")).then().statusCode(200);
        // A phone booking for 11:00 arrives; its check-in is signed, and the customer declines the work.
        Response phone = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-23T03:00:00Z")).post(shop.path("/appointments"));
        phone.then().statusCode(201);
        Response arrived = appointment(shop, phone, "/check-in", null);
        Response draft = shop.as(Roles.ADVISOR).get(shop.path("/repair-orders/" + arrived.path("repairOrderId")));
        Inspections inspections = Inspections.in(shop);
        inspections.sign(inspections.start(draft, Inspections.body(null, null)), draft);
        draft = shop.as(Roles.ADVISOR).get(shop.path("/repair-orders/" + arrived.path("repairOrderId")));
        RepairOrders.in(shop).ok(draft, "decline", Map.of("reason", "客户决定暂不维修"));
        // A booking for 10:30 nobody receives: at 11:01 it is a no-show (R-APT-7) and its prepared draft goes with it.
        Response late = shop.as(Roles.ADVISOR).body(shop.booking(shop.customerWithVehicle(), "2026-11-23T02:30:00Z")).post(shop.path("/appointments"));
        late.then().statusCode(201);
        clock.set(Instant.parse("2026-11-23T03:01:00Z"));
        appointmentJobs.markNoShows();

        List<Map<String, Object>> events = all(shop::manager, shop, 100);
        List<String> webStory = events.stream().filter(e -> webId.equals(e.get("subjectId"))).map(e -> (String) e.get("type")).toList();
        assertEquals(List.of("AppointmentBooked", "AppointmentConfirmed", "AppointmentRescheduled"), webStory);
        Map<String, Object> rescheduled = payload(events.stream().filter(e -> "AppointmentRescheduled".equals(e.get("type"))).findFirst().orElseThrow());
        assertEquals(movedId, rescheduled.get("rescheduledTo"));
        assertEquals("2026-11-24T03:00:00Z", rescheduled.get("rescheduledArrivalAt"));
        assertEquals("RESCHEDULED", rescheduled.get("status"));
        Map<String, Object> cancelled = payload(events.stream().filter(e -> movedId.equals(e.get("subjectId"))).reduce((a, b) -> b).orElseThrow());
        assertEquals(List.of("cancelled", "CANCELLED", "客户出差"), List.of(cancelled.get("action"), cancelled.get("status"), cancelled.get("reason")));
        assertEquals(List.of("AppointmentBooked", "AppointmentDepositRecorded"), events.stream().filter(e -> held.path("id").equals(e.get("subjectId")))
                .map(e -> (String) e.get("type")).toList());
        assertEquals(List.of("RepairOrderCreated", "RepairOrderCheckInStarted", "InspectionSigned", "RepairOrderDeclined", "RepairOrderLeftShop"),
                events.stream().filter(e -> arrived.path("repairOrderId").equals(e.get("repairOrderId")) && "repair-order".equals(e.get("subjectType")))
                        .map(e -> (String) e.get("type")).toList(), "the received customer's order, in commit order");
        assertTrue(events.stream().anyMatch(e -> "AppointmentArrived".equals(e.get("type")) && phone.path("id").equals(e.get("subjectId"))
                && arrived.path("repairOrderId").equals(payload(e).get("repairOrderId"))));
        Map<String, Object> noShow = events.stream().filter(e -> "AppointmentNoShow".equals(e.get("type"))).findFirst().orElseThrow();
        assertEquals(late.path("id"), noShow.get("subjectId"));
        Object lateDraft = payload(noShow).get("repairOrderId");
        assertEquals(List.of("RepairOrderCreated", "RepairOrderCancelled"), events.stream()
                .filter(e -> lateDraft != null && lateDraft.equals(e.get("subjectId"))).map(e -> (String) e.get("type")).filter(t -> t.startsWith("RepairOrderC")).toList(),
                "the no-show's prepared draft was created at booking and cancelled with it");
        Set<String> types = new TreeSet<>();
        events.forEach(e -> types.add((String) e.get("type")));
        assertTrue(types.containsAll(BOOKING_STORY), "missing: " + BOOKING_STORY.stream().filter(t -> !types.contains(t)).toList());
    }

    static Response appointment(BookingStore shop, Response current, String action, Object body) {
        RequestSpecification req = shop.as(Roles.ADVISOR).header("If-Match", current.header("ETag"));
        if (body != null) {
            req = req.body(body);
        }
        Response r = req.post(shop.path("/appointments/" + current.path("id") + action));
        r.then().statusCode(200);
        return r;
    }

    static final String PNG = java.util.Base64.getEncoder().encodeToString(com.fours.dms.inspection.Images.png(60, 20));

    static List<Map<String, Object>> points(List<String> codes) {
        return codes.stream().<Map<String, Object>>map(code -> Map.of("code", code, "ok", true)).toList();
    }

    @Test
    void pagesWithTheOneCursorAndAConsumerThatKeepsItsLastCursorGetsOnlyWhatCameLater() {
        BookingStore shop = floor.shop;
        floor.handedOver("FOREMAN_QUEUE", List.of(WorkshopFloor.job("更换机油", "1.0", null), WorkshopFloor.job("四轮定位", "0.5", null)));
        List<Map<String, Object>> everything = all(shop::manager, shop, 100);
        assertEquals(List.of("RepairOrderCreated", "RepairOrderSigned", "RepairOrderHandedOver", "WorkshopJobChanged", "WorkshopJobChanged"),
                everything.stream().map(e -> (String) e.get("type")).sorted(java.util.Comparator.comparing(t -> t.startsWith("W") ? 1 : 0)).toList());
        assertEquals(everything, all(shop::manager, shop, 1), "pages of one give the same events in the same order");
        assertEquals(everything, all(() -> integrator(shop), shop, 3), "the integrator reads the same feed");

        String lastCursor = (String) everything.get(everything.size() - 1).get("cursor");
        shop.manager().queryParam("cursor", lastCursor).get(shop.path("/events")).then().statusCode(200).body("items", empty(), "nextCursor", nullValue());
        Response other = RepairOrders.in(shop).signed();
        shop.manager().queryParam("cursor", lastCursor).get(shop.path("/events")).then().statusCode(200)
                .body("items.type", contains("RepairOrderCreated", "RepairOrderSigned"), "items[1].repairOrderId", is((String) other.path("id")), "nextCursor", nullValue());

        shop.manager().queryParam("type", "WorkshopJobChanged").get(shop.path("/events")).then().statusCode(200)
                .body("items.type", contains("WorkshopJobChanged", "WorkshopJobChanged"));
        shop.manager().queryParam("type", "Nonsense").get(shop.path("/events")).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("type"));
        String idCursor = com.fours.dms.shared.persistence.Cursor.after(java.util.UUID.randomUUID()).encode();
        shop.manager().queryParam("cursor", idCursor).get(shop.path("/events")).then().statusCode(400).body("violations.field", contains("cursor"));
    }

    @Test
    void aStoreSeesOnlyItsOwnEventsAndOnlyTheManagerAndIntegratorsReadThem() {
        BookingStore other = BookingStore.open();
        Response mine = RepairOrders.in(floor.shop).signed();
        RepairOrders.in(other).signed();
        List<Map<String, Object>> theirs = all(other::manager, other, 100);
        assertEquals(List.of("RepairOrderCreated", "RepairOrderSigned"), theirs.stream().map(e -> e.get("type")).toList());
        assertTrue(theirs.stream().noneMatch(e -> mine.path("id").equals(e.get("repairOrderId"))));
        other.manager().get(floor.path("/events")).then().statusCode(404).contentType("application/problem+json").body("code", is("not-found"));
        Api.withToken(TestTokens.integrator("feed-reader", other.code)).get(floor.path("/events")).then().statusCode(404);
        for (String role : List.of(Roles.ADVISOR, Roles.WORKSHOP, Roles.CASHIER, Roles.CUSTOMER_SERVICE)) {
            floor.shop.as(role).get(floor.path("/events")).then().statusCode(403);
        }
        integrator(floor.shop).get(floor.path("/events")).then().statusCode(200);
    }

    static RequestSpecification integrator(BookingStore shop) {
        return Api.withToken(TestTokens.integrator("feed-reader", shop.code));
    }

    /** Every event of the store, read page by page with this page size (a fresh request each page: rest-assured keeps query parameters). */
    static List<Map<String, Object>> all(Supplier<RequestSpecification> as, BookingStore shop, int limit) {
        List<Map<String, Object>> out = new ArrayList<>();
        String cursor = null;
        Map<String, Object> seen = new HashMap<>();
        do {
            RequestSpecification req = as.get().queryParam("limit", limit);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            Response page = req.get(shop.path("/events"));
            page.then().statusCode(200);
            List<Map<String, Object>> items = page.path("items");
            assertTrue(items.size() <= limit);
            items.forEach(i -> assertEquals(null, seen.put((String) i.get("id"), i), "an event twice"));
            out.addAll(items);
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> payload(Map<String, Object> event) {
        return (Map<String, Object>) event.get("payload");
    }
}
