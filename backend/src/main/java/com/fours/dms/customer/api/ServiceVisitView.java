package com.fours.dms.customer.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceVisit", description = "One visit on the vehicle's service card (R-ARC-4).")
public record ServiceVisitView(
        @Schema(required = true) UUID repairOrderId,
        @Schema(required = true) LocalDate date,
        @Schema(nullable = true) Integer mileage,
        @Schema(required = true, examples = "10 000 km 保养") String summary) {}
