package com.fours.dms.shared.audit;

import static com.fours.dms.support.Fixtures.aCustomer;
import static org.hamcrest.Matchers.*;

import com.fours.dms.shared.security.Roles;
import com.fours.dms.support.Api;
import com.fours.dms.support.Fixtures;
import com.fours.dms.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {
    static final String CUSTOMERS = "/api/stores/" + Fixtures.STORE + "/customers";

    @Inject
    MutableClock clock;

    @BeforeEach
    void stores() {
        Fixtures.stores();
    }

    @Test
    void everyChangeIsAuditedWithWhoWhenAndWhichFields() {
        clock.set(Instant.parse("2026-11-23T08:30:00Z"));
        String id = aCustomer().named("审计").create();
        String etag = Api.as(Roles.ADVISOR).get(CUSTOMERS + "/" + id).then().extract().header("ETag");
        clock.set(Instant.parse("2026-11-23T09:15:00Z"));
        Api.as(Roles.CUSTOMER_SERVICE).header("If-Match", etag).body(aCustomer().named("审计改").with("clubMember", true).body())
                .put(CUSTOMERS + "/" + id).then().statusCode(200);

        Api.as(Roles.SERVICE_MANAGER).queryParam("entityType", "customer").queryParam("entityId", id)
                .get("/api/stores/BJ01/audit-entries")
                .then().statusCode(200)
                .body("items.action", contains("created", "updated"),
                        "items[0].actor", is("advisor-user"), "items[0].actorRoles", contains("advisor"),
                        "items[0].occurredAt", is("2026-11-23T08:30:00Z"),
                        "items[0].changes.name.to", is("审计"),
                        "items[1].actor", is("customer-service-user"),
                        "items[1].occurredAt", is("2026-11-23T09:15:00Z"),
                        "items[1].changes.name.from", is("审计"), "items[1].changes.name.to", is("审计改"),
                        "items[1].changes.clubMember.to", is(true),
                        "items[1].changes", not(hasKey("address")));
    }

    @Test
    void onlyServiceManagersReadTheTrailAndOnlyOfTheirStores() {
        Api.as(Roles.ADVISOR).get("/api/stores/BJ01/audit-entries").then().statusCode(403);
        Api.as(Roles.SERVICE_MANAGER, Fixtures.OTHER_STORE).get("/api/stores/BJ01/audit-entries").then().statusCode(404);
    }
}
