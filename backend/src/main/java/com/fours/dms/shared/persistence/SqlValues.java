package com.fours.dms.shared.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Converts values of native queries whose Java type depends on the driver and Hibernate version. */
public final class SqlValues {
    private SqlValues() {}

    public static Instant instant(Object o) {
        return switch (o) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime odt -> odt.toInstant();
            case java.sql.Timestamp ts -> ts.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + o.getClass().getName());
        };
    }
}
