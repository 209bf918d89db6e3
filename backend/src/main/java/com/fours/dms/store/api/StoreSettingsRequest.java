package com.fours.dms.store.api;

import com.fours.dms.shared.api.BuiltByName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StoreSettingsRequest", description = "Replaces a store's settings, opening hours and holidays.")
@BuiltByName
public record StoreSettingsRequest(
        @Schema(required = true, examples = "15") @Min(5) @Max(60) int slotMinutes,
        @Schema(required = true, examples = "30") @Min(5) @Max(240) int noShowGraceMinutes,
        @Schema(required = true, examples = "50") @Min(0) @Max(100) int depositSharePercent,
        @Schema(required = true, examples = "24") @Min(12) @Max(24) int reminderLeadHours,
        @Schema(required = true, examples = "30") @Min(1) @Max(365) int repeatRepairWindowDays,
        @Schema(required = true, examples = "30") @Min(0) @Max(480) int deliveryMarginMinutes,
        @Schema(nullable = true, examples = "13.00", description = "R-CHK-7: VAT rate (%); omitted = unchanged.") @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("100") @jakarta.validation.constraints.Digits(integer = 3, fraction = 2) java.math.BigDecimal taxRatePercent,
        @Schema(nullable = true, examples = "150.00", description = "R-CHK-4: labour rate per hour; omitted = unchanged.") @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.Digits(integer = 8, fraction = 2) java.math.BigDecimal labourRate,
        @Schema(nullable = true, examples = "20.00", description = "R-CHK-4: symptom risk margin (%); omitted = unchanged.") @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("200") @jakarta.validation.constraints.Digits(integer = 3, fraction = 2) java.math.BigDecimal symptomRiskMarginPercent,
        @Schema(nullable = true, examples = "17:00:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time", description = "R-CHK-8: cashier rush start; omitted = unchanged.") java.time.LocalTime cashierRushStart,
        @Schema(nullable = true, examples = "18:30:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time", description = "R-CHK-8: cashier rush end; omitted = unchanged.") java.time.LocalTime cashierRushEnd,
        @Schema(nullable = true, examples = "10485760", description = "R-CHK-1: largest inspection photo in bytes (1 KB - 10 MB); omitted = unchanged.") @Min(1024) @Max(10_485_760) Integer photoMaxBytes,
        @Schema(nullable = true, examples = "21:00:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time", description = "R-APT-6: start of quiet hours (customer messages are held); omitted = unchanged.") java.time.LocalTime quietHoursStart,
        @Schema(nullable = true, examples = "08:00:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time", description = "R-APT-6: end of quiet hours; equal to the start = no quiet hours; omitted = unchanged.") java.time.LocalTime quietHoursEnd,
        @Schema(nullable = true, examples = "24", description = "R-REP-3: hours an approval link stays valid (1-168); omitted = unchanged.") @Min(1) @Max(168) Integer approvalLinkHours,
        @Schema(nullable = true, examples = "0.00", description = "R-REP-3 / R-DEL-1: how much an order may exceed its authorized total (store currency); omitted = unchanged.") @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.Digits(integer = 10, fraction = 2) java.math.BigDecimal authorizationTolerance,
        @Schema(required = true) @NotNull @Size(max = 7) List<StoreSettingsView.@Valid @NotNull OpeningHours> openingHours,
        @Schema(required = true) @NotNull @Size(max = 366) List<StoreSettingsView.@Valid @NotNull Holiday> holidays) {}
