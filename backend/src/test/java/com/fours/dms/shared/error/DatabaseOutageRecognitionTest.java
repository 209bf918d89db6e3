package com.fours.dms.shared.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures are "the database is not reachable" (503 + Retry-After) rather than a bug (500). */
class DatabaseOutageRecognitionTest {

    @Test
    void aCommitThatFailedBecauseTheServerWasShuttingDownIsAnOutageThoughItsCauseIsOnlySuppressed() {
        // What Narayana throws when PostgreSQL stops during the one-phase commit (seen in the restart test).
        XAException xa = new XAException("Error trying to transactionCommit local transaction: FATAL: terminating connection due to administrator command");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(rollback)));
    }

    @Test
    void aRollbackForAnyOtherReasonIsNot() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new IllegalStateException("a synchronization failed"));
        assertFalse(DatabaseOutage.causedBy(new RuntimeException(rollback)));
        assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505")));
    }
}
