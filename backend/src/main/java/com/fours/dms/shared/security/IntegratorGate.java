package com.fours.dms.shared.security;

import com.fours.dms.shared.error.ProblemException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import com.fours.dms.shared.time.ClockTimeMeter;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Issue 12, client scopes and limits, for integrator clients only (staff are not limited here):
 * <ul>
 * <li>an operation open to integrators needs its scope ({@link IntegratorScopes}) in the token,
 * else 403 {@code integrator-scope} naming it;</li>
 * <li>each client has a token bucket of {@code dms.integrators.rate-limit} requests per minute
 * (a client's token may lower or raise it with the claim {@code rate_limit_per_minute}, a Keycloak
 * client attribute); over it, 429 with {@code Retry-After}. Every answer to an integrator carries
 * {@code RateLimit-Limit} and {@code RateLimit-Remaining}. Buckets are per backend instance
 * (Bucket4j, bounded Caffeine cache); time is the injected Clock.</li>
 * </ul>
 */
@Singleton
public class IntegratorGate {
    private static final String REMAINING = IntegratorGate.class.getName() + ".remaining";
    private static final String LIMIT = IntegratorGate.class.getName() + ".limit";
    private static final Map<Method, Optional<String>> SCOPE = new ConcurrentHashMap<>();

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @ConfigProperty(name = "dms.integrators.rate-limit", defaultValue = "1200")
    int perMinute;

    private Cache<String, Bucket> buckets;
    private TimeMeter time;

    @PostConstruct
    void init() {
        buckets = Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(Duration.ofMinutes(10)).build();
        time = new ClockTimeMeter(clock);
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 10)
    public void gate(ContainerRequestContext request, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null || !user.isIntegrator()) {
            return;
        }
        String client = user.clientId() == null ? user.username() : user.clientId();
        int limit = limitFor();
        Bucket bucket = buckets.get(client + "|" + limit, k -> Bucket.builder()
                .addLimit(l -> l.capacity(limit).refillGreedy(limit, Duration.ofMinutes(1))).withCustomTimePrecision(time).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        request.setProperty(LIMIT, limit);
        request.setProperty(REMAINING, probe.getRemainingTokens());
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new ProblemException(429, "rate-limited", "Too many requests",
                    "Client " + client + " may send " + limit + " requests a minute; try again in " + seconds + " s",
                    null, Map.of("Retry-After", Long.toString(seconds), "RateLimit-Limit", Integer.toString(limit), "RateLimit-Remaining", "0"));
        }
        Optional<String> needed = SCOPE.computeIfAbsent(resource.getResourceMethod(), IntegratorGate::scopeOf);
        if (needed.isPresent() && !user.scopes().contains(needed.get())) {
            throw new ProblemException(403, "integrator-scope", "Scope missing",
                    "Client " + client + " lacks the scope " + needed.get() + " this operation needs; ask the store to grant it in Keycloak");
        }
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        Object limit = request.getProperty(LIMIT);
        if (limit != null && !response.getHeaders().containsKey("RateLimit-Limit")) {
            response.getHeaders().putSingle("RateLimit-Limit", limit.toString());
            response.getHeaders().putSingle("RateLimit-Remaining", String.valueOf(request.getProperty(REMAINING)));
        }
    }

    private int limitFor() {
        Object claim = user.claim("rate_limit_per_minute");
        if (claim != null) {
            try {
                int v = Integer.parseInt(claim.toString().trim());
                if (v > 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // a mistyped client attribute: the default applies
            }
        }
        return perMinute;
    }

    static Optional<String> scopeOf(Method m) {
        for (Extension e : m.getAnnotationsByType(Extension.class)) {
            if (IntegratorScopes.EXTENSION.equals(e.name())) {
                return Optional.of(e.value());
            }
        }
        return Optional.empty();
    }
}
