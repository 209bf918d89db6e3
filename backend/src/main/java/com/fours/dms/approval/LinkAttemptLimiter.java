package com.fours.dms.approval;

import com.fours.dms.shared.error.ProblemException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import com.fours.dms.shared.time.ClockTimeMeter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-REP-3: a client that keeps presenting bad approval-link tokens (guessed, tampered, another
 * store's) is refused with 429 for a while, for every link. One token bucket per client address
 * (Bucket4j), {@code dms.approval.link.bad-attempts} bad tokens per
 * {@code dms.approval.link.bad-attempt-window}, refilled gradually; the buckets live in a bounded
 * Caffeine cache. Time is the injected Clock, so tests move it instead of sleeping. Each backend
 * instance counts on its own (a guesser behind two instances gets twice the attempts of a 2^256 space).
 */
@ApplicationScoped
public class LinkAttemptLimiter {
    @Inject
    Clock clock;

    @ConfigProperty(name = "dms.approval.link.bad-attempts", defaultValue = "10")
    int badAttempts;

    @ConfigProperty(name = "dms.approval.link.bad-attempt-window", defaultValue = "PT15M")
    Duration window;

    private Cache<String, Bucket> buckets;
    private TimeMeter time;

    @PostConstruct
    void init() {
        buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
        time = new ClockTimeMeter(clock);
    }

    /** Refuses a client that used up its bad attempts (429 with Retry-After); a good token from it waits too. */
    public void check(String client) {
        Bucket b = buckets.getIfPresent(key(client));
        if (b != null && b.getAvailableTokens() <= 0) {
            long seconds = Math.max(1, Duration.ofNanos(b.estimateAbilityToConsume(1).getNanosToWaitForRefill()).toSeconds());
            throw new ProblemException(429, "too-many-attempts", "Too many attempts",
                    "Too many invalid approval links from this device; try again in " + seconds + " s or contact the store",
                    null, Map.of("Retry-After", Long.toString(seconds)));
        }
    }

    /** One bad token from the client. */
    public void failed(String client) {
        buckets.get(key(client), k -> Bucket.builder().addLimit(l -> l.capacity(badAttempts).refillGreedy(badAttempts, window))
                .withCustomTimePrecision(time).build()).tryConsume(1);
    }

    private static String key(String client) {
        return client == null || client.isBlank() ? "unknown" : client;
    }
}
