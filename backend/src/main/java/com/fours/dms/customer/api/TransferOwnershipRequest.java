package com.fours.dms.customer.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransferOwnershipRequest", description = "Hands the vehicle to another customer of the same store (R-ARC-2). History stays with the vehicle.")
public record TransferOwnershipRequest(
        @Schema(required = true) @NotNull UUID newOwnerId,
        @Schema(nullable = true, examples = "二手车转让") @Size(max = 500) String note) {}
