package com.fours.dms.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes a race deterministic: runs `work` in its own transaction on another thread (with a request
 * context, as an anonymous caller) and keeps that transaction open (uncommitted, its row locks
 * held) until {@link #commit()}. `work` is either a service call or, where the service checks
 * the caller's stores, the competing request's write in SQL ({@link #sql}). Meanwhile the test
 * sends the competing request and waits, with {@link #awaitSomeoneBlocked()}, until PostgreSQL
 * shows it waiting for this transaction's locks — the moment where "check, then write" code has
 * already checked. No sleeps: the test waits for a state of the database, with a deadline.
 */
public final class HeldTransaction<T> {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final CountDownLatch worked = new CountDownLatch(1);
    private final CountDownLatch commit = new CountDownLatch(1);
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile int backendPid;

    private HeldTransaction() {}

    /** Starts `work` and returns once it has run (its transaction still open). */
    public static <T> HeldTransaction<T> hold(Callable<T> work) throws Exception {
        HeldTransaction<T> h = new HeldTransaction<>();
        h.thread.submit(() -> {
            io.quarkus.arc.ManagedContext request = Arc.container().requestContext();
            request.activate();
            try {
                T value = QuarkusTransaction.requiringNew().call(() -> {
                    EntityManager em = Arc.container().instance(EntityManager.class).get();
                    h.backendPid = ((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue();
                    T v = work.call();
                    em.flush();
                    h.worked.countDown();
                    if (!h.commit.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                        throw new TimeoutException("the test never released the held transaction");
                    }
                    return v;
                });
                h.result.complete(value);
            } catch (Throwable e) {
                h.result.completeExceptionally(e);
            } finally {
                request.terminate();
                h.worked.countDown();
            }
        });
        if (!h.worked.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            throw new TimeoutException("the held work did not finish");
        }
        if (h.result.isCompletedExceptionally()) {
            h.result.get();
        }
        return h;
    }

    /** Work that runs one SQL write, as the competing request's transaction would have written it. */
    public static Callable<Integer> sql(String statement, Object... parameters) {
        return () -> {
            var q = Arc.container().instance(EntityManager.class).get().createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                q.setParameter(i + 1, parameters[i]);
            }
            return q.executeUpdate();
        };
    }

    /** Waits until another database session is blocked by this transaction's locks. */
    public void awaitSomeoneBlocked() throws Exception {
        AgroalDataSource ds = Arc.container().instance(AgroalDataSource.class).get();
        long until = System.nanoTime() + DEADLINE.toNanos();
        try (Connection c = ds.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
            q.setInt(1, backendPid);
            while (System.nanoTime() < until) {
                if (result.isDone()) {
                    result.get();
                }
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        throw new TimeoutException("nobody got blocked by the held transaction (backend " + backendPid + ")");
    }

    /** Commits the held transaction and returns what its work returned. */
    public T commit() throws Exception {
        commit.countDown();
        try {
            return result.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            thread.shutdown();
        }
    }
}
