package com.fours.dms.shared.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** A database constraint that refuses a write (a race no service translated) answers 409 problem+json, never 500. */
class ConstraintConflictMappingTest {
    private final ProblemMappers mappers = new ProblemMappers();

    private static ConstraintViolationException violation(String sqlState, String constraint) {
        return new ConstraintViolationException("could not execute statement", new SQLException("refused", sqlState), constraint);
    }

    private static Problem problem(Response r) {
        return (Problem) r.getEntity();
    }

    @Test
    void aDuplicateAtFlushIsA409Duplicate() {
        Response r = mappers.constraintRefused(violation("23505", "customer_phone_key"), null);
        assertEquals(409, r.getStatus());
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
        assertEquals("duplicate", problem(r).code());
    }

    @Test
    void aDuplicateWrappedAtCommitIsStillA409NotA500() {
        jakarta.transaction.RollbackException atCommit = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction");
        atCommit.initCause(new jakarta.persistence.PersistenceException(violation("23505", "repair_order_appointment_id_key")));
        Response r = mappers.unexpected(new RuntimeException(atCommit), null);
        assertEquals(409, r.getStatus());
        assertEquals("duplicate", problem(r).code());
    }

    @Test
    void otherConstraintsRefusingARacingWriteAre409Too() {
        Response r = mappers.unexpected(violation("23503", "repair_order_line_repair_order_id_fkey"), null);
        assertEquals(409, r.getStatus());
        assertEquals("constraint-conflict", problem(r).code());
    }

    @Test
    void aRealBugStaysA500() {
        assertEquals(500, mappers.unexpected(new IllegalStateException("boom"), null).getStatus());
    }
}
