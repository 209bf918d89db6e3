package com.fours.dms.shared.persistence;

import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises a database constraint that refused a write, however deeply the persistence and
 * transaction layers wrapped it (Hibernate at flush, Narayana at commit). The database is the
 * last word on races: two requests that both passed the "does it exist?" check meet here.
 */
public final class ConstraintViolations {
    /** SQLSTATE of a unique or primary-key violation. */
    public static final String UNIQUE = "23505";

    private ConstraintViolations() {}

    public record Refused(String sqlState, String constraint) {
        public boolean unique() {
            return UNIQUE.equals(sqlState);
        }
    }

    public static Optional<Refused> find(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ConstraintViolationException cve) {
                return Optional.of(new Refused(sqlState(cve.getSQLException(), cve.getSQLState()), cve.getConstraintName()));
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Optional.of(new Refused(sql.getSQLState(), null));
            }
        }
        return Optional.empty();
    }

    /** True when `e` is the unique constraint (or unique index) `constraint` refusing a duplicate. */
    public static boolean isUnique(Throwable e, String constraint) {
        return find(e).filter(r -> r.unique() && r.constraint() != null && r.constraint().equalsIgnoreCase(constraint)).isPresent();
    }

    private static String sqlState(SQLException e, String fallback) {
        return e != null && e.getSQLState() != null ? e.getSQLState() : fallback;
    }
}
