package com.fours.dms.customer.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Ownership", description = "A period in which a customer owned the vehicle; the current one has no `to`.")
public record OwnershipView(
        @Schema(required = true) UUID customerId,
        @Schema(required = true, examples = "张伟") String customerName,
        @Schema(required = true) Instant from,
        @Schema(nullable = true) Instant to,
        @Schema(nullable = true) String note) {}
