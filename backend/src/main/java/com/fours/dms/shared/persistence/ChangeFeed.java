package com.fours.dms.shared.persistence;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A list read as a change feed (issue 12, "Reading changes"): {@code ?updatedSince=} asks for the rows
 * changed at or after that instant, in the order their last change <em>committed</em> (the table's
 * {@code change_seq}, numbered at commit by the database, V240). A row changed while a client pages
 * moves behind the client's cursor and comes again with its new version: nothing is skipped, and no
 * version is served twice. Every page carries a {@code syncCursor}; a client stores it and later asks
 * with {@code cursor=syncCursor} (and its updatedSince) for only what changed since — unlike a
 * timestamp, the cursor cannot miss a change that committed late with an earlier clock.
 *
 * @param since updatedSince as sent
 * @param after the change number to continue after (0 from the start)
 */
public record ChangeFeed(Instant since, long after, int limit) {
    public static final String FIELD = "updatedSince";
    public static final String DESCRIPTION = "Change feed: only rows changed at or after this instant (ISO-8601 with offset), "
            + "in the order their changes committed; a row changed while you page comes again with its new version. "
            + "Keep the page's syncCursor and send it back as cursor (with updatedSince) to get only later changes.";
    /** The page field a feed resumes from (every feed page's schema describes it so). */
    public static final String SYNC_CURSOR = "Change feed only (updatedSince given): the cursor to resume from once this page is read; "
            + "store it and send it back as cursor with updatedSince to get only later changes.";
    private static final String KEY_PREFIX = "feed:";
    private static final UUID NO_ROW = new UUID(0, 0);

    /** The feed asked for, or null when {@code updatedSince} is absent (the list's ordinary order); a feed cursor without updatedSince is a 400. */
    public static ChangeFeed of(String updatedSince, String cursor, Integer limit, int defaultLimit, int maxLimit) {
        Cursor c = Cursor.decode(cursor);
        boolean feedCursor = c != null && c.key() != null && c.key().startsWith(KEY_PREFIX);
        if (updatedSince == null) {
            if (feedCursor) {
                throw ProblemException.validation(List.of(new Violation(FIELD, "is required with a change-feed cursor (send the updatedSince you started with)")));
            }
            return null;
        }
        Instant since;
        try {
            since = OffsetDateTime.parse(updatedSince.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.validation(List.of(new Violation(FIELD, "must be an ISO-8601 date-time with offset, e.g. 2026-12-01T08:00:00+08:00")));
        }
        PageRequest page = PageRequest.of(null, limit, defaultLimit, maxLimit);
        long after = 0;
        if (c != null) {
            if (!feedCursor) {
                throw Cursor.invalid();
            }
            try {
                after = Long.parseLong(c.key().substring(KEY_PREFIX.length()));
            } catch (NumberFormatException e) {
                throw Cursor.invalid();
            }
        }
        return new ChangeFeed(since, after, page.limit());
    }

    public static ChangeFeed of(String updatedSince, String cursor, Integer limit) {
        return of(updatedSince, cursor, limit, PageRequest.DEFAULT_LIMIT, PageRequest.MAX_LIMIT);
    }

    /** Rows to fetch: one more than the limit tells whether there is a next page. */
    public int fetch() {
        return limit + 1;
    }

    /**
     * The feed's JPQL condition on an entity mapping {@code change_seq} as {@code changeSeq}, with
     * {@code timeField} its last-change time, to be followed by {@link #ORDER}; its parameters are
     * in {@link #parameters()}.
     */
    public String condition(String timeField) {
        return timeField + " >= :since and changeSeq > :after";
    }

    public static final String ORDER = " order by changeSeq";

    /** The parameters of {@link #condition}, in a map the caller may add its own to. */
    public java.util.Map<String, Object> parameters() {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("since", since);
        p.put("after", after);
        return p;
    }

    /** A page of the feed and the cursor to resume from once it is read to its end. */
    public record Result<T>(List<T> items, String nextCursor, String syncCursor) {}

    /**
     * Builds the page from up to limit+1 rows fetched in change_seq order after {@link #after()}. The sync
     * cursor of an empty page is where the caller stands: the cursor it sent, or, on a first page with
     * nothing changed yet, the table's current last number in the store (so later changes are all after it).
     */
    public <E, T> Result<T> page(List<E> rowsPlusOne, Function<E, Long> changeSeq, Function<E, T> view, EntityManager em, String table, String store) {
        boolean more = rowsPlusOne.size() > limit;
        List<E> rows = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        String last;
        if (!rows.isEmpty()) {
            last = cursor(changeSeq.apply(rows.get(rows.size() - 1)));
        } else if (after > 0) {
            last = cursor(after);
        } else {
            Number max = (Number) em.createNativeQuery("select coalesce(max(change_seq), 0) from " + table + " where store_code = ?1")
                    .setParameter(1, store).getSingleResult();
            last = cursor(max.longValue());
        }
        return new Result<>(rows.stream().map(view).toList(), more ? last : null, last);
    }

    static String cursor(long seq) {
        return Cursor.after(KEY_PREFIX + seq, NO_ROW).encode();
    }
}
