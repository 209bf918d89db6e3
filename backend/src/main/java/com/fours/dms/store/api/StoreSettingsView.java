package com.fours.dms.store.api;

import com.fours.dms.shared.api.BuiltByName;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StoreSettings", description = "A store's booking calendar and the configurable numbers of the rules (defaults from DOMAIN.md).")
@BuiltByName
public record StoreSettingsView(
        @Schema(required = true, examples = "15", description = "Booking grid in minutes.") int slotMinutes,
        @Schema(required = true, examples = "30", description = "R-APT-7: minutes late before a no-show.") int noShowGraceMinutes,
        @Schema(required = true, examples = "50", description = "R-APT-4: deposit share of high-value parts (%).") int depositSharePercent,
        @Schema(required = true, examples = "24", description = "R-APT-6: reminder lead time in hours (12-24).") int reminderLeadHours,
        @Schema(required = true, examples = "30", description = "R-APT-2: repeat-repair window in days.") int repeatRepairWindowDays,
        @Schema(required = true, examples = "30", description = "Margin added to the work time for the tentative delivery.") int deliveryMarginMinutes,
        @Schema(required = true, examples = "13.00", description = "R-CHK-7: VAT rate (%) on the customer-pay subtotal.") java.math.BigDecimal taxRatePercent,
        @Schema(required = true, examples = "150.00", description = "R-CHK-4: labour rate per hour, store currency.") java.math.BigDecimal labourRate,
        @Schema(required = true, examples = "20.00", description = "R-CHK-4: risk margin (%) added to symptom-priced jobs.") java.math.BigDecimal symptomRiskMarginPercent,
        @Schema(required = true, examples = "17:00:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time",
                description = "R-CHK-8: start of the cashier's rush hours (promised delivery avoids them).") LocalTime cashierRushStart,
        @Schema(required = true, examples = "18:30:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time",
                description = "R-CHK-8: end of the cashier's rush hours.") LocalTime cashierRushEnd,
        @Schema(examples = "10485760", description = "R-CHK-1: largest inspection photo accepted, in bytes.") Integer photoMaxBytes,
        @Schema(required = true, examples = "21:00:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time",
                description = "R-APT-6: start of quiet hours (store-local): customer SMS/e-mail falling due after it wait until quietHoursEnd.") LocalTime quietHoursStart,
        @Schema(required = true, examples = "08:00:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time",
                description = "R-APT-6: end of quiet hours (store-local); may be the next morning.") LocalTime quietHoursEnd,
        @Schema(required = true, examples = "24", description = "R-REP-3: hours an approval link sent to the customer stays valid (1-168, default 24).") int approvalLinkHours,
        @Schema(required = true, examples = "0.00", description = "R-REP-3 / R-DEL-1: how much an order may exceed its authorized total before work or settlement stops (store currency, default 0).") java.math.BigDecimal authorizationTolerance,
        @Schema(required = true) List<OpeningHours> openingHours,
        @Schema(required = true) List<Holiday> holidays,
        @Schema(required = true, description = "Store version; also the ETag.") long version) {

    @Schema(name = "OpeningHours")
    public record OpeningHours(@Schema(required = true, description = "1 = Monday … 7 = Sunday", examples = "1") int dayOfWeek,
            @Schema(required = true, examples = "08:30:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time") LocalTime opens,
            @Schema(required = true, examples = "18:00:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time") LocalTime closes) {}

    @Schema(name = "Holiday")
    public record Holiday(@Schema(required = true, examples = "2027-02-06") LocalDate date, @Schema(required = true, examples = "春节") String name) {}
}
