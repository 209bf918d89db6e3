package com.fours.dms.shared.error;

import java.util.List;
import java.util.Map;

/**
 * A refusal the caller can act on. Services throw it; one mapper turns it into problem+json.
 * Factory methods name the common kinds so that codes and statuses stay consistent.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String code;
    private final String title;
    private final List<Violation> violations;
    private final Map<String, String> headers;
    private final List<String> existingIds;

    public ProblemException(int status, String code, String title, String detail, List<Violation> violations, Map<String, String> headers) {
        this(status, code, title, detail, violations, headers, null);
    }

    private ProblemException(int status, String code, String title, String detail, List<Violation> violations, Map<String, String> headers,
            List<String> existingIds) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.violations = violations;
        this.headers = headers == null ? Map.of() : headers;
        this.existingIds = existingIds;
    }

    /** The same problem naming the existing records it is about (e.g. the orders a vehicle already has), so the caller can continue them. */
    public ProblemException withExistingIds(List<?> ids) {
        return new ProblemException(status, code, title, getMessage(), violations, headers, ids.stream().map(String::valueOf).toList());
    }

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, null, null);
    }

    public static ProblemException validation(List<Violation> violations) {
        return new ProblemException(400, "validation-failed", "Request is not valid",
                violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message() : violations.size() + " fields are not valid",
                violations, null);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist or is not visible to you");
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail);
    }

    /** A business rule from DOMAIN.md refused the request; the code is the rule id. */
    public static ProblemException rule(String ruleId, String detail) {
        return new ProblemException(409, ruleId, "Refused by business rule " + ruleId, detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public List<String> existingIds() {
        return existingIds;
    }
}
