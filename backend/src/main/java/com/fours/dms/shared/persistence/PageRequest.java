package com.fours.dms.shared.persistence;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset pagination over time-ordered ids: the cursor is the last id of the previous page, so a
 * page costs one index range scan however deep the caller goes.
 */
public record PageRequest(UUID after, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(String cursor, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.validation(List.of(new Violation("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        return new PageRequest(decode(cursor), size);
    }

    private static UUID decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(List.of(new Violation("cursor", "is not a cursor this API issued")));
        }
    }

    static String encode(UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Builds the page from up to limit+1 rows fetched in id order. */
    public <E, T> Page<T> page(List<E> rowsPlusOne, Function<E, UUID> id, Function<E, T> view) {
        boolean more = rowsPlusOne.size() > limit;
        List<E> rows = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        String next = more ? encode(id.apply(rows.get(rows.size() - 1))) : null;
        return new Page<>(rows.stream().map(view).toList(), next);
    }
}
