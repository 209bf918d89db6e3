package com.fours.dms.shared.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.credential.TokenCredential;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers the identity OIDC built for an access token, until that token expires. A tablet sends
 * the same token for minutes; verifying its RS256 signature and parsing it again on every request
 * was half of the CPU a simple read cost (JFR, 64 clients). The key is the exact token string, so
 * only a byte-identical token that already passed full verification is served from here; entries
 * die at the token's own `exp`. Local JWT checks never consulted revocation, so nothing is weakened.
 */
@ApplicationScoped
public class VerifiedTokenCache {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @ConfigProperty(name = "dms.security.token-cache.max-size", defaultValue = "10000")
    int maxSize;

    @Inject
    Clock clock;

    record Entry(SecurityIdentity identity, long expiresAtEpochSecond) {}

    public SecurityIdentity get(String token) {
        Entry e = entries.get(token);
        if (e == null) {
            return null;
        }
        if (clock.instant().getEpochSecond() >= e.expiresAtEpochSecond()) {
            entries.remove(token, e);
            return null;
        }
        return e.identity();
    }

    public void put(String token, SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        if (entries.size() >= maxSize) {
            long now = clock.instant().getEpochSecond();
            entries.values().removeIf(x -> x.expiresAtEpochSecond() <= now);
            if (entries.size() >= maxSize) {
                entries.clear();
            }
        }
        entries.put(token, new Entry(identity, jwt.getExpirationTime()));
    }

    int size() {
        return entries.size();
    }

    /** Consulted before OIDC: answers only for a token it already saw verified; otherwise OIDC verifies. */
    @ApplicationScoped
    public static class Provider implements IdentityProvider<TokenAuthenticationRequest> {
        @Inject
        VerifiedTokenCache cache;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            TokenCredential token = request.getToken();
            return Uni.createFrom().item(token == null ? null : cache.get(token.getToken()));
        }
    }

    /** Runs after a successful authentication and remembers OIDC's result. */
    @ApplicationScoped
    public static class Filler implements SecurityIdentityAugmentor {
        @Inject
        VerifiedTokenCache cache;

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            if (!identity.isAnonymous()) {
                TokenCredential token = identity.getCredential(TokenCredential.class);
                if (token != null && token.getToken() != null && cache.get(token.getToken()) == null) {
                    cache.put(token.getToken(), identity);
                }
            }
            return Uni.createFrom().item(identity);
        }
    }
}
