package com.fours.dms.store.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateStoreRequest", description = "Opens a store. The code must be one of the stores in the caller's token.")
public record CreateStoreRequest(
        @Schema(required = true, examples = "BJ01") @NotBlank @Pattern(regexp = "[A-Z0-9]{2,16}", message = "2-16 upper-case letters or digits") String code,
        @Schema(required = true, examples = "北京朝阳4S店") @NotBlank @Size(max = 120) String name,
        @Schema(description = "IANA time zone; default Asia/Shanghai.", examples = "Asia/Shanghai", nullable = true) String timezone,
        @Schema(description = "ISO 4217 currency; default CNY.", examples = "CNY", nullable = true) @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as CNY") String currency) {}
