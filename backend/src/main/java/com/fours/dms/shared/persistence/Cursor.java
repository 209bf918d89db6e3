package com.fours.dms.shared.persistence;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The one keyset cursor codec: the last row of a page as (sort key, id), opaque to clients
 * (URL-safe Base64). A list ordered by its time-ordered id alone has no key; a list ordered by
 * another column (arrival time, plate, VIN …) carries that column's value as the key, the id
 * breaking ties. Anything a client sends that this codec did not issue is a 400 problem on the
 * field {@code cursor}, never a 500.
 */
public record Cursor(String key, UUID id) {
    public static final String FIELD = "cursor";
    private static final char SEPARATOR = '\u0000';

    public Cursor {
        if (id == null) {
            throw new IllegalArgumentException("a cursor needs the row's id");
        }
    }

    /** After the row with this id, in id order. */
    public static Cursor after(UUID id) {
        return new Cursor(null, id);
    }

    /** After the row with this sort key and id, in (key, id) order. */
    public static Cursor after(String key, UUID id) {
        return new Cursor(key == null ? "" : key, id);
    }

    /** After the row with this instant and id, in (instant, id) order; the instant is kept to the millisecond. */
    public static Cursor after(Instant key, UUID id) {
        return new Cursor(Long.toString(key.toEpochMilli()), id);
    }

    /**
     * After the row with this instant and id, the instant kept exactly (to the microsecond PostgreSQL
     * stores): for a list ordered by a clock-stamped column, where a millisecond cursor would skip rows.
     */
    public static Cursor afterExactly(Instant key, UUID id) {
        return new Cursor(key.toString(), id);
    }

    public String encode() {
        String text = key == null ? id.toString() : key + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Null for no cursor (first page). */
    public static Cursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            int sep = text.lastIndexOf(SEPARATOR);
            return sep < 0 ? after(UUID.fromString(text)) : new Cursor(text.substring(0, sep), UUID.fromString(text.substring(sep + 1)));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The sort key, for a list ordered by (key, id); a cursor of an id-ordered list is refused. */
    public String requireKey() {
        if (key == null) {
            throw invalid();
        }
        return key;
    }

    /** The sort key as the instant it was issued from ({@link #after(Instant, UUID)}). */
    public Instant instantKey() {
        try {
            return Instant.ofEpochMilli(Long.parseLong(requireKey()));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** The sort key as the instant it was issued from ({@link #afterExactly(Instant, UUID)}). */
    public Instant exactInstantKey() {
        try {
            return Instant.parse(requireKey());
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid();
        }
    }

    /** The 400 problem on {@code cursor}: for a list that parses a composite key of its own. */
    public static ProblemException invalid() {
        return ProblemException.validation(List.of(new Violation(FIELD, "is not a cursor this API issued")));
    }
}
