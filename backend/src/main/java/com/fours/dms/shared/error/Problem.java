package com.fours.dms.shared.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the one error body of this API. */
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json for every error.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, description = "URI reference identifying the problem type.", examples = "/problems/validation-failed") String type,
        @Schema(required = true, examples = "Request is not valid") String title,
        @Schema(required = true, examples = "400") int status,
        @Schema(description = "Human-readable explanation of this occurrence.") String detail,
        @Schema(description = "The request path this problem occurred on.", examples = "/api/stores/BJ01/vehicles") String instance,
        @Schema(required = true, description = "Stable machine code; refused business rules use their rule id (e.g. `R-APT-4`).", examples = "validation-failed") String code,
        @Schema(description = "Invalid fields, for validation problems.") List<Violation> violations,
        @Schema(description = "The existing records a conflict is about, so the caller can continue them instead (e.g. the repair orders a vehicle already has in the shop).",
                examples = "[\"0193f1f0-7b4e-7c3a-9d2e-5a6b7c8d9e0f\"]") List<String> existingIds,
        @Schema(required = true, description = "The request's id, also in the X-Request-Id response header and in every log line of the request: quote it when reporting a problem.",
                examples = "5f0c2a4e-8d1b-4c39-9f2e-0b6a7c1d2e3f") String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
