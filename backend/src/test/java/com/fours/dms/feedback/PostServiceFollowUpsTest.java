package com.fours.dms.feedback;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.BookingStore;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-FUP-1 and R-FUP-3 with a moved clock, in a store on Asia/Shanghai (UTC+8): a delivered order is
 * decided once its window opens (2 days after delivery, the store's day), its call is due 3 days after
 * delivery until the window closes (7 days); each customer type x order type of a week is sampled to at
 * least 50 %, also as more deliveries of the week come in; running the generator again, or twice at
 * once, opens nothing new.
 */
@QuarkusTest
class PostServiceFollowUpsTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    MutableClock clock;

    @Inject
    PostServiceFollowUps followUps;

    @Inject
    DeliveredOrders delivered;

    @Inject
    EntityManager em;

    BookingStore shop;
    String[] privateCv;
    String[] companyCv;
    String[] clubCv;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z")); // Monday 10:00 in the store
        shop = BookingStore.open();
        privateCv = customer(Fixtures.aCustomer());
        companyCv = customer(Fixtures.aCustomer().company(Fixtures.unique("北京车队")));
        clubCv = customer(Fixtures.aCustomer().with("clubMember", true));
    }

    String[] customer(Fixtures.CustomerBuilder c) {
        String customer = shop.as(Roles.ADVISOR).body(c.body()).post(shop.path("/customers")).then().statusCode(201).extract().path("id");
        String vehicle = shop.as(Roles.ADVISOR).body(Fixtures.aVehicle(customer).body()).post(shop.path("/vehicles")).then().statusCode(201).extract().path("id");
        return new String[] {customer, vehicle};
    }

    /** A delivered order of this customer at this instant; its id. */
    UUID deliver(String[] cv, String customerType, String orderType, String at) {
        UUID order = UUID.randomUUID();
        clock.set(Instant.parse(at));
        QuarkusTransaction.requiringNew().run(() -> delivered.record(new DeliveredOrders.Delivery(shop.code, order, "RO-" + order.toString().substring(0, 6),
                UUID.fromString(cv[0]), UUID.fromString(cv[1]), null, List.of(), customerType, orderType, clock.instant())));
        return order;
    }

    PostServiceFollowUps.Run runAt(String at) {
        clock.set(Instant.parse(at));
        return QuarkusTransaction.requiringNew().call(() -> followUps.run(shop.code, SHANGHAI));
    }

    List<Map<String, Object>> calls() {
        return shop.manager().queryParam("type", "FOLLOW_UP_CALL").queryParam("limit", 100).get(shop.path("/tasks")).then().statusCode(200).extract().path("items");
    }

    @Test
    void theCallIsDecidedWhenTheWindowOpensDueThreeDaysAfterDeliveryInTheStoresDayAndClosesAfterSeven() {
        UUID order = deliver(privateCv, "PRIVATE", "CUSTOMER", "2026-11-23T15:30:00Z"); // 23:30 on Monday 23 Nov in the store
        assertEquals(new PostServiceFollowUps.Run(0, 0, 0), runAt("2026-11-24T15:59:00Z"), "23:59 on Tuesday 24 Nov in the store is still day 1");
        PostServiceFollowUps.Run opened = runAt("2026-11-24T16:00:00Z"); // 00:00 on Wednesday 25 Nov in the store: day 2, the window opens
        assertEquals(1, opened.decided());
        assertEquals(1, opened.sampled(), "one order in its stratum: at least half of one is one");
        assertEquals(1, opened.calls());
        List<Map<String, Object>> calls = calls();
        assertEquals(1, calls.size());
        Map<String, Object> call = calls.get(0);
        assertEquals(order.toString(), ((Map<?, ?>) call.get("subject")).get("id"));
        assertEquals("REPAIR_ORDER", ((Map<?, ?>) call.get("subject")).get("type"));
        assertEquals("2026-11-25T16:00:00Z", call.get("dueFrom"), "due at the start of the third day after delivery (26 Nov, store time)");
        assertEquals("2026-11-30T16:00:00Z", call.get("dueUntil"), "the window closes at the end of the seventh day (30 Nov, store time)");

        clock.set(Instant.parse("2026-11-26T02:00:00Z")); // 10:00 on 26 Nov, inside the call window
        shop.as(Roles.CUSTOMER_SERVICE).get(shop.path("/follow-up/queue")).then().statusCode(200)
                .body("offered.task.type", hasItem("FOLLOW_UP_CALL"), "offered.task.subject.id", hasItem(order.toString()));
        assertEquals(new PostServiceFollowUps.Run(0, 0, 0), runAt("2026-11-27T02:00:00Z"), "running again raises nothing new");
    }

    @Test
    void theWindowOpensOnTheSecondDayAndAnOrderWhoseWindowClosedIsDecidedWithoutACall() {
        deliver(privateCv, "PRIVATE", "CUSTOMER", "2026-11-23T02:00:00Z"); // Monday 23 Nov 10:00
        assertEquals(0, runAt("2026-11-24T15:59:00Z").decided(), "Tuesday 23:59: day 1");
        assertEquals(1, runAt("2026-11-24T16:00:00Z").decided(), "Wednesday 00:00: day 2, the window opens");
        // An order delivered 9 days before the generator first sees it (e.g. the job was stopped): decided, no call after day 7.
        deliver(companyCv, "COMPANY", "CUSTOMER", "2026-11-10T02:00:00Z");
        PostServiceFollowUps.Run late = runAt("2026-11-24T16:30:00Z");
        assertEquals(1, late.decided());
        assertEquals(1, late.sampled());
        assertEquals(0, late.calls(), "its window closed on 17 Nov");
        assertEquals(1, calls().size());
    }

    @Test
    void everyCustomerTypeAndOrderTypeOfAWeekIsSampledToAtLeastHalfAlsoAsTheWeekGoesOn() {
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            orders.add(deliver(privateCv, "PRIVATE", "CUSTOMER", "2026-11-23T0" + i + ":00:00Z"));
        }
        for (int i = 0; i < 5; i++) {
            orders.add(deliver(companyCv, "COMPANY", "WARRANTY", "2026-11-23T0" + i + ":10:00Z"));
        }
        for (int i = 0; i < 3; i++) {
            orders.add(deliver(clubCv, "CLUB", "CUSTOMER", "2026-11-23T0" + i + ":20:00Z"));
        }
        PostServiceFollowUps.Run first = runAt("2026-11-25T02:00:00Z");
        assertEquals(15, first.decided());
        assertEquals(4 + 3 + 2, first.sampled(), "ceil(7/2) + ceil(5/2) + ceil(3/2)");
        assertEquals(9, first.calls());

        // Later in the same week three more private orders: the stratum's 10 decided orders need 5 sampled, so one more of the three.
        for (int i = 0; i < 3; i++) {
            deliver(privateCv, "PRIVATE", "CUSTOMER", "2026-11-26T0" + i + ":00:00Z");
        }
        PostServiceFollowUps.Run second = runAt("2026-11-28T02:00:00Z");
        assertEquals(3, second.decided());
        assertEquals(1, second.sampled());

        Response coverage = shop.as(Roles.SERVICE_MANAGER).queryParam("weeks", 2).get(shop.path("/follow-up/coverage"));
        coverage.then().statusCode(200).body("samplePercent", is(50), "weeks", hasSize(2), "weeks[1].weekStart", is("2026-11-16"),
                "weeks[1].delivered", is(0), "weeks[0].weekStart", is("2026-11-23"), "weeks[0].delivered", is(18), "weeks[0].decided", is(18),
                "weeks[0].sampled", is(10), "weeks[0].sampledPercent", is(55.6f), "weeks[0].surveyed", is(0), "weeks[0].coveragePercent", is(0.0f));
        List<Map<String, Object>> strata = coverage.path("weeks[0].strata");
        assertEquals(3, strata.size());
        for (Map<String, Object> s : strata) {
            int decided = (Integer) s.get("decided");
            int sampled = (Integer) s.get("sampled");
            assertTrue(sampled * 2 >= decided, "at least half of " + s);
            assertTrue(sampled * 2 <= decided + 1, "and no more than the quota needs: " + s);
        }
        assertEquals(Set.of("PRIVATE/CUSTOMER", "COMPANY/WARRANTY", "CLUB/CUSTOMER"),
                Set.copyOf(strata.stream().map(s -> s.get("customerType") + "/" + s.get("orderType")).toList()));

        // The choice within a stratum is the hash order of the order ids, not the delivery time: the first seven private
        // orders' sampled ones are exactly the four smallest md5 among them.
        List<String> hashOrder = orders.subList(0, 7).stream().map(UUID::toString)
                .sorted(java.util.Comparator.comparing(PostServiceFollowUpsTest::md5)).toList();
        @SuppressWarnings("unchecked")
        List<Object> chosen = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(repair_order_id as text) from feedback_delivery where store_code = ?1 and sampled and repair_order_id = any(cast(?2 as uuid[]))")
                .setParameter(1, shop.code).setParameter(2, "{" + String.join(",", hashOrder) + "}").getResultList());
        assertEquals(Set.copyOf(hashOrder.subList(0, 4)), Set.copyOf(chosen));
    }

    static String md5(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoInstancesAtOnceOpenEachCallOnce() throws Exception {
        for (int i = 0; i < 6; i++) {
            deliver(i % 2 == 0 ? privateCv : clubCv, i % 2 == 0 ? "PRIVATE" : "CLUB", "CUSTOMER", "2026-11-23T0" + i + ":00:00Z");
        }
        clock.set(Instant.parse("2026-11-26T02:00:00Z"));
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<PostServiceFollowUps.Run>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return QuarkusTransaction.requiringNew().call(() -> followUps.run(shop.code, SHANGHAI));
            }));
        }
        go.countDown();
        int decided = 0;
        int calls = 0;
        for (CompletableFuture<PostServiceFollowUps.Run> r : runs) {
            decided += r.get().decided();
            calls += r.get().calls();
        }
        assertEquals(6, decided, "each order decided once");
        assertEquals(4, calls, "ceil(3/2) + ceil(3/2), each once");
        assertEquals(4, calls().size());
        assertEquals(new PostServiceFollowUps.Run(0, 0, 0), runAt("2026-11-26T03:00:00Z"));
    }
}
