package com.fours.dms.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.PrivatePostgres;
import com.fours.dms.support.SseClient;
import com.fours.dms.support.TestTokens;
import com.fours.dms.support.WorkshopFloor;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Live updates survive a database restart (issue 9, issue 15): the backend's listening connection
 * dies with the server and reconnects by itself; a stream that stayed open meanwhile gets the change
 * committed while nobody listened (read back from the table) and then live changes again within 2 s.
 */
@QuarkusTest
@TestProfile(OperationsProfile.class)
class LiveStreamAcrossRestartTest {
    static final String AT_10 = "2026-11-23T02:00:00Z";
    static final String AT_11 = "2026-11-23T03:00:00Z";
    static final String AT_12 = "2026-11-23T04:00:00Z";

    @PrivatePostgres.Inject
    PrivatePostgres.Cluster pg;

    @TestHTTPResource("/")
    URL base;

    @Inject
    MutableClock clock;

    @Test
    void aStreamOpenAcrossADatabaseRestartMissesNothingAndIsLiveAgain() throws Exception {
        clock.set(Instant.parse(AT_10));
        WorkshopFloor floor = WorkshopFloor.open();
        Response order = floor.handedOver("FOREMAN_QUEUE", List.of(WorkshopFloor.job("更换机油", "1.0", null), WorkshopFloor.job("四轮定位", "1.0", null)));
        List<Map<String, Object>> jobs = floor.jobsOf(order);
        String token = TestTokens.token("manager", Set.of(Roles.SERVICE_MANAGER), floor.shop.code);
        try (SseClient stream = SseClient.open(base.toString(), floor.shop.code, token).connected(Duration.ofSeconds(10))) {
            pg.stop();
            pg.start();
            // The first assignment that goes through after the restart (503 while the pool reconnects) ...
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int status;
            do {
                status = floor.assign(floor.foreman(), jobs.get(0), floor.zhou, floor.b01, AT_10, AT_11).statusCode();
            } while (status == 503 && System.nanoTime() < deadline);
            assertEquals(200, status, "the API works again after the restart");
            // ... reaches the stream even if it committed before the listener was back (it reads what it missed) ...
            stream.await(e -> "WorkshopJobChanged".equals(e.name()) && e.data().contains((String) jobs.get(0).get("id")), Duration.ofSeconds(10));
            // ... and the next one is live again.
            floor.assigned(jobs.get(1), floor.zhou, floor.b01, AT_11, AT_12);
            stream.await(e -> "WorkshopJobChanged".equals(e.name()) && e.data().contains((String) jobs.get(1).get("id")), Duration.ofSeconds(2));
        }
    }
}
