package com.fours.dms.shared.http;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Idempotency-Keys expire after {@code dms.idempotency.retention} (24 h): this job deletes the
 * expired keys' rows in batches (set-based, by the created_at index), so the table holds one
 * day of keys however long the system runs. A key reused after it expired acts anew.
 */
@ApplicationScoped
public class IdempotencyCleanup {
    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);
    private static final int BATCH = 5000;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "dms.idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    @Scheduled(every = "${dms.idempotency.cleanup-every:1h}", delayed = "${dms.jobs.delay:30s}", identity = "idempotency-cleanup",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = com.fours.dms.shared.time.ScheduledJobsDisabled.class)
    void run() {
        int deleted = purge();
        if (deleted > 0) {
            LOG.infof("idempotency cleanup: %d expired keys deleted", deleted);
        }
    }

    /** Deletes every key older than the retention; returns how many. */
    public int purge() {
        Instant cutoff = cutoff();
        int total = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    delete from idempotency_record where ctid in (
                      select ctid from idempotency_record where created_at < ?1 limit ?2)""")
                    .setParameter(1, cutoff).setParameter(2, BATCH).executeUpdate());
            total += n;
        } while (n == BATCH);
        return total;
    }

    /** Keys created before this instant have expired. */
    public Instant cutoff() {
        return clock.instant().minus(retention);
    }
}
