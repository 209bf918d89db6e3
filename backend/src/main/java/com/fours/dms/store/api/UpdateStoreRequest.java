package com.fours.dms.store.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateStoreRequest", description = "Changes a store's master data.")
public record UpdateStoreRequest(
        @Schema(required = true, examples = "北京朝阳4S店") @NotBlank @Size(max = 120) String name,
        @Schema(examples = "Asia/Shanghai", nullable = true) String timezone,
        @Schema(examples = "CNY", nullable = true) @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as CNY") String currency) {}
