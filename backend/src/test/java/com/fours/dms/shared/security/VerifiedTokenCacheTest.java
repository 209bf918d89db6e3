package com.fours.dms.shared.security;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fours.dms.support.Api;
import com.fours.dms.support.MutableClock;
import com.fours.dms.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VerifiedTokenCacheTest {
    @Inject
    VerifiedTokenCache cache;

    @Inject
    MutableClock clock;

    @Test
    void aVerifiedTokenIsRememberedUntilItExpiresAndAForgedOneNeverIs() {
        clock.set(Instant.now());
        String token = TestTokens.token("cache-user", Set.of(Roles.ADVISOR), "BJ01");
        assertNull(cache.get(token));
        Api.withToken(token).get("/api/me").then().statusCode(200).body("username", is("cache-user"));
        assertNotNull(cache.get(token), "the identity OIDC built is remembered");
        // Served from the cache, the caller is the same person with the same roles and stores.
        Api.withToken(token).get("/api/me").then().statusCode(200).body("username", is("cache-user"), "roles[0]", is("advisor"));

        String forged = token.substring(0, token.length() - 4) + "AAAA";
        Api.withToken(forged).get("/api/me").then().statusCode(401);
        assertNull(cache.get(forged), "a token that failed verification is never cached");

        clock.advance(Duration.ofDays(1));
        assertNull(cache.get(token), "past the token's exp the entry is gone");
    }
}
