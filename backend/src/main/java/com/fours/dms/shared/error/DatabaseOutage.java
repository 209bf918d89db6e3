package com.fours.dms.shared.error;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises "the database is not reachable right now", however the pool (Agroal), the driver,
 * Hibernate and the transaction manager wrapped it: the server is down or restarting, a pooled
 * connection died with it, or no connection could be had in time. Such a request did not fail
 * because of what it asked; it answers 503 with Retry-After (never 500), and the pool reconnects by
 * itself once the server is back.
 */
public final class DatabaseOutage {
    /**
     * SQLSTATEs of a server that is going away or not accepting connections: admin_shutdown,
     * crash_shutdown, cannot_connect_now (starting up / shutting down), too_many_connections.
     * Class 08 (connection exception) is matched by prefix.
     */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {}

    public static boolean causedBy(Throwable e) {
        return causedBy(e, e, 0);
    }

    /**
     * Walks the causes and the suppressed exceptions: a commit that failed because the connection
     * died is a RollbackException whose XAException (and its PSQLException) is only suppressed.
     */
    private static boolean causedBy(Throwable top, Throwable e, int depth) {
        for (Throwable c = e; c != null && depth < 32; c = c.getCause() == c ? null : c.getCause(), depth++) {
            if (c instanceof org.hibernate.exception.JDBCConnectionException
                    || c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof ConnectException || c instanceof NoRouteToHostException) {
                return true;
            }
            if (c instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || UNAVAILABLE.contains(state))) {
                    return true;
                }
                // Agroal: no connection within quarkus.datasource.jdbc.acquisition-timeout (no SQLSTATE).
                if (state == null && sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout")) {
                    return true;
                }
            }
            if ((c instanceof SocketException || c instanceof SocketTimeoutException) && hasSqlAncestor(top, c)) {
                return true;
            }
            for (Throwable s : c.getSuppressed()) {
                if (causedBy(top, s, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A socket error counts only when it surfaced through JDBC, not from, say, the SMTP client. */
    private static boolean hasSqlAncestor(Throwable top, Throwable socket) {
        for (Throwable c = top; c != null && c != socket; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException || c instanceof org.hibernate.JDBCException) {
                return true;
            }
        }
        return false;
    }
}
