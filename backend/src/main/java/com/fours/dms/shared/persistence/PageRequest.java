package com.fours.dms.shared.persistence;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one pagination rule of every list endpoint: {@code limit} is 1..max (default 20, max 100
 * unless the endpoint documents other bounds) and {@code cursor} is a {@link Cursor} this API
 * issued; anything else is a 400 problem naming the field. Keyset pagination: the cursor is the
 * last row of the previous page, so a page costs one index range scan however deep the caller
 * goes. Fetch {@link #fetch()} rows (one more than the limit) and build the page with
 * {@link #page} (id order) or {@link #pageByKey} ((key, id) order).
 */
public record PageRequest(Cursor cursor, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(String cursor, Integer limit) {
        return of(cursor, limit, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** For an endpoint whose page must hold more (e.g. a calendar week); its parameter documents the bounds. */
    public static PageRequest of(String cursor, Integer limit, int defaultLimit, int maxLimit) {
        int size = limit == null ? defaultLimit : limit;
        if (size < 1 || size > maxLimit) {
            throw ProblemException.validation(List.of(new Violation("limit", "must be between 1 and " + maxLimit)));
        }
        return new PageRequest(Cursor.decode(cursor), size);
    }

    /** The first page of this size (internal callers that page through a list). */
    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }

    /** The id to continue after, for a list in id order; null on the first page. */
    public UUID after() {
        if (cursor == null) {
            return null;
        }
        if (cursor.key() != null) {
            throw Cursor.invalid();
        }
        return cursor.id();
    }

    /** Rows to fetch: one more than the limit tells whether there is a next page. */
    public int fetch() {
        return limit + 1;
    }

    static String encode(UUID id) {
        return Cursor.after(id).encode();
    }

    /** Builds the page from up to limit+1 rows fetched in id order. */
    public <E, T> Page<T> page(List<E> rowsPlusOne, Function<E, UUID> id, Function<E, T> view) {
        return pageByKey(rowsPlusOne, e -> Cursor.after(id.apply(e)), view);
    }

    /** Builds the page from up to limit+1 rows fetched in the order the cursor of each row names. */
    public <E, T> Page<T> pageByKey(List<E> rowsPlusOne, Function<E, Cursor> cursorOf, Function<E, T> view) {
        boolean more = rowsPlusOne.size() > limit;
        List<E> rows = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        String next = more ? cursorOf.apply(rows.get(rows.size() - 1)).encode() : null;
        return new Page<>(rows.stream().map(view).toList(), next);
    }
}
