package com.fours.dms.shared.http;

import com.fours.dms.shared.error.ProblemException;

/**
 * Optimistic concurrency on the wire: a record's ETag is its version; a change must name the
 * version it was based on in If-Match (428 without, 412 when someone changed it meanwhile).
 */
public final class ETags {
    private ETags() {}

    /** 200 with the record's version as its ETag, so the caller can send it back in If-Match. */
    public static jakarta.ws.rs.core.Response ok(Object body, long version) {
        return jakarta.ws.rs.core.Response.ok(body).tag(String.valueOf(version)).build();
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static long requireIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "Send If-Match with the ETag you read, so that you cannot overwrite someone else's change");
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    public static void check(long expected, long actual) {
        if (expected != actual) {
            throw stale();
        }
    }

    private static ProblemException stale() {
        return new ProblemException(412, "precondition-failed", "Precondition failed",
                "The record was changed since you read it (If-Match does not match its ETag); reload it and try again");
    }
}
