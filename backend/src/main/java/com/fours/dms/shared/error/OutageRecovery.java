package com.fours.dms.shared.error;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * When a request meets a database outage, the other idle connections in the pool most likely died
 * with the server too: they are checked and the dead ones dropped right away (at most once a second,
 * off the request's thread), so that after the restart no request is handed a dead connection.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable
public class OutageRecovery {
    private static final Logger LOG = Logger.getLogger(OutageRecovery.class);
    private static final long MIN_INTERVAL_NANOS = 1_000_000_000L;

    @Inject
    AgroalDataSource dataSource;

    private final AtomicLong lastFlush = new AtomicLong();
    private volatile boolean flushed;

    void outageSeen() {
        long now = System.nanoTime();
        long last = lastFlush.get();
        if (flushed && now - last < MIN_INTERVAL_NANOS || !lastFlush.compareAndSet(last, now)) {
            return;
        }
        flushed = true;
        CompletableFuture.runAsync(() -> {
            try {
                dataSource.flush(AgroalDataSource.FlushMode.INVALID);
            } catch (RuntimeException e) {
                LOG.debugf("flushing invalid connections failed: %s", e.getMessage());
            }
        });
    }
}
