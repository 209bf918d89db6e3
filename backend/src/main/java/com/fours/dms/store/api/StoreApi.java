package com.fours.dms.store.api;

import com.fours.dms.shared.api.BuiltByName;
import com.fours.dms.store.Store;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of the store: master data, settings and the caller (me). */
public final class StoreApi {
    private StoreApi() {}

    @Schema(name = "Store", description = "A dealer outlet (4S store).")
    public record View(
            @Schema(required = true, examples = "BJ01") String code,
            @Schema(required = true, examples = "北京朝阳4S店") String name,
            @Schema(required = true, examples = "Asia/Shanghai") String timezone,
            @Schema(required = true, examples = "CNY") String currency,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, description = "Optimistic-lock version; also sent as the ETag.") long version) {

        public static View of(Store s) {
            return new View(s.code, s.name, s.timezone, s.currency, s.createdAt, s.updatedAt, s.version);
        }
    }

    @Schema(name = "CreateStoreRequest", description = "Opens a store. The code must be one of the stores in the caller's token.")
    public record CreateRequest(
            @Schema(required = true, examples = "BJ01") @NotBlank @Pattern(regexp = "[A-Z0-9]{2,16}", message = "2-16 upper-case letters or digits") String code,
            @Schema(required = true, examples = "北京朝阳4S店") @NotBlank @Size(max = 120) String name,
            @Schema(description = "IANA time zone; default Asia/Shanghai.", examples = "Asia/Shanghai", nullable = true) String timezone,
            @Schema(description = "ISO 4217 currency; default CNY.", examples = "CNY", nullable = true) @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as CNY") String currency) {}

    @Schema(name = "UpdateStoreRequest", description = "Changes a store's master data.")
    public record UpdateRequest(
            @Schema(required = true, examples = "北京朝阳4S店") @NotBlank @Size(max = 120) String name,
            @Schema(examples = "Asia/Shanghai", nullable = true) String timezone,
            @Schema(examples = "CNY", nullable = true) @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as CNY") String currency) {}

    @Schema(name = "StoreSettings", description = "A store's booking calendar and the configurable numbers of the rules (defaults from DOMAIN.md).")
    @BuiltByName
    public record SettingsView(
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
            @Schema(required = true, examples = "75", description = "R-REP-2: share (%) of a job's estimated duration after which the order's advisor gets a progress-check task (the rule's 70-80, default 75).") int progressCheckPercent,
            @Schema(required = true, examples = "10.00", description = "R-CHK-4 (issue 8): how far (%) an advisor may move a catalogue part's list price or an operation's flat-rate hours on an estimate line, with a reason (default 10).") java.math.BigDecimal cataloguePriceTolerancePercent,
            @Schema(required = true, examples = "SAFETY_AND_MAJOR", description = "R-QC-1: which jobs an inspector inspects before the car is ready: ALL, or SAFETY_AND_MAJOR (jobs on brakes, steering, suspension or tyres or with a critical-system part, and repairs of majorRepairHours sold hours or more; the default). Other jobs pass on the technician's signed self-check.") com.fours.dms.store.FinalInspectionScope finalInspectionScope,
            @Schema(required = true, examples = "4.00", description = "R-QC-1: a job is a major repair from this many sold hours (default 4).") java.math.BigDecimal majorRepairHours,
            @Schema(nullable = true, examples = "北京市朝阳区东三环北路 8 号", description = "Printed on the repair order's head.") String address,
            @Schema(nullable = true, examples = "010-6500 8888", description = "Printed on the repair order's head.") String phone,
            @Schema(nullable = true, examples = "车辆交修时请取走贵重物品；竣工后 3 日内未取车的，本店按日收取停车费。", description = "The store's own terms, printed on every repair order.") String orderTerms,
            @Schema(required = true, examples = "整车修理或总成修理为车辆行驶20000公里或100日……", description = "Quality-warranty terms printed on the repair order (default: the legal minimum of the 机动车维修管理规定).") String warrantyTerms,
            @Schema(required = true) List<OpeningHours> openingHours,
            @Schema(required = true) List<Holiday> holidays,
            @Schema(required = true, description = "Store version; also the ETag.") long version) {}

    @Schema(name = "OpeningHours")
    public record OpeningHours(@Schema(required = true, description = "1 = Monday … 7 = Sunday", examples = "1") int dayOfWeek,
            @Schema(required = true, examples = "08:30:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time") LocalTime opens,
            @Schema(required = true, examples = "18:00:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time") LocalTime closes) {}

    @Schema(name = "Holiday")
    public record Holiday(@Schema(required = true, examples = "2027-02-06") LocalDate date, @Schema(required = true, examples = "春节") String name) {}

    @Schema(name = "StoreSettingsRequest", description = "Replaces a store's settings, opening hours and holidays.")
    @BuiltByName
    public record SettingsRequest(
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
            @Schema(nullable = true, examples = "75", description = "R-REP-2: progress-check share (%) of the estimated duration, 70-80 as the rule says; omitted = unchanged.") @Min(70) @Max(80) Integer progressCheckPercent,
            @Schema(nullable = true, examples = "10.00", description = "R-CHK-4 (issue 8): how far (%) a catalogue price or flat-rate hours may be moved on an estimate line (0-100); omitted = unchanged.") @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("100") @jakarta.validation.constraints.Digits(integer = 3, fraction = 2) java.math.BigDecimal cataloguePriceTolerancePercent,
            @Schema(nullable = true, examples = "SAFETY_AND_MAJOR", description = "R-QC-1: ALL or SAFETY_AND_MAJOR (the rule's minimum); omitted = unchanged.") com.fours.dms.store.FinalInspectionScope finalInspectionScope,
            @Schema(nullable = true, examples = "4.00", description = "R-QC-1: sold hours from which a job is a major repair (0.5-100); omitted = unchanged.") @jakarta.validation.constraints.DecimalMin("0.5") @jakarta.validation.constraints.DecimalMax("100") @jakarta.validation.constraints.Digits(integer = 3, fraction = 2) java.math.BigDecimal majorRepairHours,
            @Schema(nullable = true, examples = "北京市朝阳区东三环北路 8 号", description = "Printed on the repair order; omitted = unchanged, blank = none.") @Size(max = 300) String address,
            @Schema(nullable = true, examples = "010-6500 8888", description = "Printed on the repair order; omitted = unchanged, blank = none.") @Size(max = 40) String phone,
            @Schema(nullable = true, examples = "车辆交修时请取走贵重物品。", description = "The store's terms printed on every repair order; omitted = unchanged, blank = none.") @Size(max = 4000) String orderTerms,
            @Schema(nullable = true, examples = "整车修理或总成修理为车辆行驶20000公里或100日……", description = "Quality-warranty terms printed on the repair order; omitted = unchanged; may not be blank.") @Size(max = 4000) String warrantyTerms,
            @Schema(required = true) @NotNull @Size(max = 7) List<@Valid @NotNull OpeningHours> openingHours,
            @Schema(required = true) @NotNull @Size(max = 366) List<@Valid @NotNull Holiday> holidays) {}

    @Schema(name = "Me", description = "The caller: name, roles and the stores they may work in.")
    public record Me(
            @Schema(required = true, examples = "advisor") String username,
            @Schema(required = true, examples = "王顾问") String displayName,
            @Schema(required = true, examples = "[\"advisor\"]") Set<String> roles,
            @Schema(required = true, description = "Stores in the caller's token that exist.") List<StoreRef> stores) {}

    @Schema(name = "StoreRef")
    public record StoreRef(@Schema(required = true, examples = "BJ01") String code, @Schema(required = true, examples = "北京朝阳4S店") String name) {}
}
