package com.fours.dms.customer;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Opaque keyset cursor (sort key, id) for searches ordered by a column other than the id. */
final class SearchCursor {
    private SearchCursor() {}

    static String encode(String key, UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "\u0000" + id).getBytes(StandardCharsets.UTF_8));
    }

    static String[] decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\u0000", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    static UUID id(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.validation(List.of(new Violation("cursor", "is not a cursor this API issued")));
    }
}
