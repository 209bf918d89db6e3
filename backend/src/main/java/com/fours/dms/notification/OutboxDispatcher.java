package com.fours.dms.notification;

import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.store.StoreService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox (R-APT-5, R-APT-6). Each run claims due rows with a lease in its own short
 * transaction ({@code for update skip locked}, so two backend instances never claim the same row),
 * sends them outside any transaction, then marks each row: SENT with sent_at and the provider, or
 * the error with attempts + 1 and the next attempt after an exponential backoff
 * ({@code dms.outbox.backoff} × 2^(attempts-1)); after {@code dms.outbox.max-attempts} it is FAILED,
 * visible in the notifications list and never silently dropped. A crash between claim and mark
 * leaves the row PENDING with a lease that runs out ({@code dms.outbox.lease}), after which any
 * instance claims it again. Customer messages (SMS, e-mail) due in the store's quiet hours are HELD
 * until the quiet hours end; board messages are never held (and never claimed: they are delivered
 * by being written).
 */
@ApplicationScoped
public class OutboxDispatcher {
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    static final String ACTOR = "system:outbox";

    @Inject
    EntityManager em;

    @Inject
    Instance<NotificationChannel> channelBeans;

    @Inject
    StoreService stores;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @ConfigProperty(name = "dms.outbox.max-attempts", defaultValue = "5")
    int maxAttempts;

    @ConfigProperty(name = "dms.outbox.backoff", defaultValue = "PT1M")
    Duration backoff;

    @ConfigProperty(name = "dms.outbox.lease", defaultValue = "PT5M")
    Duration lease;

    @ConfigProperty(name = "dms.outbox.batch-size", defaultValue = "50")
    int batchSize;

    private final Map<Channel, NotificationChannel> channels = new EnumMap<>(Channel.class);

    /** A claimed row: what its channel needs. */
    record Claimed(UUID id, String store, Channel channel, String recipient, String title, String body) {}

    /** What happened to one row in one run. */
    public enum Outcome { SENT, RETRY, FAILED, HELD, LOST_LEASE }

    @Scheduled(every = "${dms.outbox.every:15s}", delayed = "${dms.jobs.delay:30s}", identity = "outbox-dispatcher",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = com.fours.dms.shared.time.ScheduledJobsDisabled.class)
    void run() {
        Map<Outcome, Integer> done = dispatch();
        if (!done.isEmpty()) {
            LOG.infof("outbox: %s", done);
        }
    }

    /** One run: claim what is due, deliver, mark. Returns how many rows ended in each outcome. One trace span (with its JDBC spans) per run. */
    @jakarta.enterprise.context.control.ActivateRequestContext
    @io.opentelemetry.instrumentation.annotations.WithSpan("outbox dispatch")
    public Map<Outcome, Integer> dispatch() {
        UUID token = UUID.randomUUID();
        List<Claimed> claimed = claim(token);
        Map<Outcome, Integer> done = new LinkedHashMap<>();
        for (Claimed c : claimed) {
            done.merge(deliver(token, c), 1, Integer::sum);
        }
        return done;
    }

    /** Takes a lease on up to a batch of due rows that nobody else holds (committed before anything is sent). */
    @SuppressWarnings("unchecked")
    List<Claimed> claim(UUID token) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createNativeQuery("""
                    update notification n set claimed_until = ?2, claim_token = ?3
                    where n.id in (select id from notification
                                   where status in ('PENDING', 'HELD') and next_attempt_at <= ?1
                                     and (claimed_until is null or claimed_until <= ?1)
                                   order by next_attempt_at, id limit ?4 for update skip locked)
                    returning n.id, n.store_code, n.channel, n.recipient, n.title, n.body""")
                    .setParameter(1, now).setParameter(2, now.plus(lease)).setParameter(3, token).setParameter(4, batchSize)
                    .getResultList();
            return rows.stream().map(r -> new Claimed((UUID) r[0], (String) r[1], Channel.valueOf((String) r[2]),
                    (String) r[3], (String) r[4], (String) r[5])).toList();
        });
    }

    private Outcome deliver(UUID token, Claimed c) {
        Instant now = clock.instant();
        var store = stores.quietHours(c.store());
        if (c.channel().customerFacing()) {
            Optional<Instant> held = store.heldUntil(now);
            if (held.isPresent()) {
                return mark(token, c, Outcome.HELD, m -> m.heldUntil(held.get()), Map.of("until", held.get().toString()));
            }
        }
        String provider;
        try {
            provider = channel(c.channel()).send(new NotificationChannel.Delivery(c.id(), store.storeName(), c.recipient(), c.title(), c.body()));
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            // The message id finds the recipient in the database; the log never names one.
            LOG.warnf("outbox: %s %s failed: %s", c.channel(), c.id(), error);
            return QuarkusTransaction.requiringNew().call(() -> {
                OutboxMessage m = em.find(OutboxMessage.class, c.id(), LockModeType.PESSIMISTIC_WRITE);
                if (!m.claimedBy(token)) {
                    return Outcome.LOST_LEASE;
                }
                if (m.attempts + 1 >= maxAttempts) {
                    m.failed(error);
                    audit.system(c.store(), "notification", c.id(), "failed", Map.of("attempts", m.attempts, "error", m.lastError), ACTOR);
                    return Outcome.FAILED;
                }
                Instant next = now.plus(backoff.multipliedBy(1L << Math.min(m.attempts, 20)));
                m.retryAt(error, next);
                audit.system(c.store(), "notification", c.id(), "retry", Map.of("attempts", m.attempts, "error", m.lastError, "next", next.toString()), ACTOR);
                return Outcome.RETRY;
            });
        }
        return mark(token, c, Outcome.SENT, m -> m.sent(provider, now), Map.of("provider", provider));
    }

    private Outcome mark(UUID token, Claimed c, Outcome outcome, java.util.function.Consumer<OutboxMessage> transition, Map<String, ?> details) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage m = em.find(OutboxMessage.class, c.id(), LockModeType.PESSIMISTIC_WRITE);
            if (!m.claimedBy(token)) {
                LOG.warnf("outbox: lease on %s ran out before it was marked %s", c.id(), outcome);
                return Outcome.LOST_LEASE;
            }
            transition.accept(m);
            audit.system(c.store(), "notification", c.id(), outcome.name().toLowerCase(java.util.Locale.ROOT), details, ACTOR);
            return outcome;
        });
    }

    @jakarta.annotation.PostConstruct
    void channels() {
        channelBeans.forEach(b -> channels.put(b.channel(), b));
    }

    private NotificationChannel channel(Channel channel) {
        NotificationChannel c = channels.get(channel);
        if (c == null) {
            throw new IllegalStateException("no delivery channel for " + channel);
        }
        return c;
    }
}
