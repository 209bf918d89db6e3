package com.fours.dms.shared.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One invalid field of a request.")
public record Violation(
        @Schema(required = true, description = "JSON path of the field, e.g. `vin` or `phones[0]`; or a query/header name.", examples = "vin")
                String field,
        @Schema(required = true, examples = "check digit (position 9) does not match") String message) {}
