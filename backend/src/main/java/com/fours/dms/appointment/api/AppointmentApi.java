package com.fours.dms.appointment.api;

import com.fours.dms.appointment.AppointmentStatus;
import com.fours.dms.appointment.Channel;
import com.fours.dms.appointment.Origin;
import com.fours.dms.customer.Powertrain;
import com.fours.dms.customer.ValidPlate;
import com.fours.dms.customer.ValidVin;
import com.fours.dms.customer.VehicleType;
import com.fours.dms.customer.api.CustomerApi;
import com.fours.dms.shared.api.BuiltByName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import com.fours.dms.shared.persistence.ChangeFeed;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of appointments. */
public final class AppointmentApi {
    private AppointmentApi() {}

    /** R-APT-2: the documents the customer is asked to bring. */
    public enum Document { MAINTENANCE_BOOKLET, REGISTRATION, ANTI_THEFT_CODE, LOCKING_WHEEL_KEY, SERVICE_RECORDS }

    @Schema(name = "NewVehicle", description = "A vehicle registered in the same call as the booking.")
    public record NewVehicle(
            @Schema(required = true, examples = "LSVAU218XN2183294") @NotBlank @ValidVin String vin,
            @Schema(required = true, examples = "京A12345") @NotBlank @ValidPlate String plate,
            @Schema(required = true, examples = "大众") @NotBlank @Size(max = 60) String brand,
            @Schema(required = true, examples = "帕萨特") @NotBlank @Size(max = 80) String model,
            @Schema(required = true) @NotNull VehicleType vehicleType,
            @Schema(required = true) @NotNull Powertrain powertrain) {}

    @Schema(name = "AppointmentPartRequest")
    public record PartRequest(
            @Schema(required = true, examples = "06L115562B") @NotBlank @Size(max = 40) String partNumber,
            @Schema(required = true, examples = "机油滤清器") @NotBlank @Size(max = 200) String description,
            @Schema(required = true, examples = "1") @NotNull @DecimalMin(value = "0.01") @Digits(integer = 8, fraction = 2) BigDecimal quantity,
            @Schema(required = true, examples = "85.00") @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal unitPrice,
            @Schema(description = "High-value or special-order: needs the deposit before ordering (R-APT-4).") boolean highValue) {}

    @Schema(name = "BookAppointmentRequest", description = "Everything R-APT-2 asks for. Give customerId or newCustomer, and vehicleId or newVehicle.")
    @BuiltByName
    public record BookRequest(
            @Schema(nullable = true) UUID customerId,
            @Schema(nullable = true) @Valid CustomerApi.Request newCustomer,
            @Schema(nullable = true) UUID vehicleId,
            @Schema(nullable = true) @Valid NewVehicle newVehicle,
            @Schema(required = true, examples = "[\"MAINT\"]") @NotEmpty @Size(max = 5) List<@NotBlank String> serviceTypeCodes,
            @Schema(nullable = true, description = "Preferred advisor; omitted = any advisor free at that time.") UUID advisorId,
            @Schema(required = true, examples = "2026-11-24T01:30:00Z") @NotNull Instant arrivalAt,
            @Schema(nullable = true, examples = "23500") @Min(0) @Max(2000000) Integer mileage,
            @Schema(nullable = true) LocalDate lastServiceDate,
            @Schema(nullable = true, description = "Set true when the customer says it is the same complaint again; the store also detects it from history.") Boolean repeatRepair,
            @Schema(required = true, examples = "1万公里保养，刹车有异响") @NotBlank @Size(max = 2000) String requestedWork,
            @Schema(nullable = true, examples = "680.00") @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal priceIndication,
            @Schema(nullable = true) @Size(max = 5) List<@NotNull Document> documentsToBring,
            @Schema(required = true) @NotNull Origin origin,
            @Schema(required = true) @NotNull Channel channel,
            @Schema(nullable = true, description = "The reminder task this dealer-initiated booking came from (R-APT-1).") UUID reminderTaskId,
            @Schema(nullable = true) @Size(max = 20) List<@Valid @NotNull PartRequest> parts,
            @Schema(nullable = true, description = "R-APT-2: book although the vehicle already has an active appointment at an overlapping time; the reason is audited.")
            @Valid DoubleBookingOverride doubleBookingOverride) {}

    @Schema(name = "DoubleBookingOverride", description = "R-APT-2: an explicit decision to book the same vehicle twice at overlapping times.")
    public record DoubleBookingOverride(@Schema(required = true, examples = "客户两辆车同一车牌更换期间，确认另一预约保留") @NotBlank @Size(max = 300) String reason) {}

    @Schema(name = "RescheduleRequest")
    public record RescheduleRequest(@Schema(required = true, examples = "2026-11-25T02:00:00Z") @NotNull Instant arrivalAt,
            @Schema(nullable = true) UUID advisorId) {}

    @Schema(name = "CancelRequest")
    public record CancelRequest(@Schema(required = true, examples = "客户临时出差") @NotBlank @Size(max = 300) String reason) {}

    @Schema(name = "DepositRequest", description = "R-APT-4: the deposit the cashier took.")
    public record DepositRequest(@Schema(required = true, examples = "1200.00") @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Schema(required = true, examples = "MOBILE") @NotNull PaymentMethod method) {}

    public enum PaymentMethod { CASH, CARD, MOBILE, COMPANY_ACCOUNT }

    @Schema(name = "Appointment", description = "An appointment with the names a screen needs.")
    @BuiltByName
    public record View(
            @Schema(required = true) UUID id,
            @Schema(required = true) String storeCode,
            @Schema(required = true) AppointmentStatus status,
            @Schema(required = true) Origin origin,
            @Schema(required = true) Channel channel,
            @Schema(required = true) Party customer,
            @Schema(required = true) VehicleRef vehicle,
            @Schema(required = true) AdvisorRef advisor,
            @Schema(required = true) List<ServiceRef> services,
            @Schema(required = true) Instant arrivalAt,
            @Schema(required = true) int durationMinutes,
            @Schema(required = true) Instant tentativeDeliveryAt,
            @Schema(required = true) String bayType,
            @Schema(nullable = true) Integer mileage,
            @Schema(nullable = true) LocalDate lastServiceDate,
            @Schema(required = true, description = "R-PRE-2: flagged for special attention.") boolean repeatRepair,
            @Schema(required = true) String requestedWork,
            @Schema(nullable = true) BigDecimal priceIndication,
            @Schema(required = true) List<Document> documentsToBring,
            @Schema(required = true) Deposit deposit,
            @Schema(required = true) List<Part> parts,
            @Schema(nullable = true) UUID repairOrderId,
            @Schema(nullable = true) UUID rescheduledTo,
            @Schema(nullable = true) String cancelReason,
            @Schema(nullable = true, description = "R-APT-2: the override reason when this booking overlaps another of the same vehicle.") String doubleBookingReason,
            @Schema(required = true, description = "What the appointment's state allows now (the role check is the endpoint's).",
                    examples = "[\"check-in\",\"reschedule\",\"cancel\"]") List<String> availableActions,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) {}

    @Schema(name = "AppointmentParty")
    public record Party(@Schema(required = true) UUID id, @Schema(required = true, examples = "张伟") String name,
            @Schema(required = true, examples = "13812345678") String phone) {}

    @Schema(name = "AppointmentVehicle")
    public record VehicleRef(@Schema(required = true) UUID id, @Schema(required = true, examples = "京A12345") String plate,
            @Schema(required = true, examples = "大众 帕萨特") String model) {}

    @Schema(name = "AppointmentAdvisor")
    public record AdvisorRef(@Schema(required = true) UUID id, @Schema(required = true, examples = "王顾问") String displayName) {}

    @Schema(name = "AppointmentService")
    public record ServiceRef(@Schema(required = true, examples = "MAINT") String code, @Schema(required = true, examples = "定期保养") String name) {}

    @Schema(name = "AppointmentDeposit", description = "R-APT-4: required is 0 when no high-value parts are ordered.")
    public record Deposit(@Schema(required = true, examples = "1200.00") BigDecimal required, @Schema(nullable = true) BigDecimal paid,
            @Schema(nullable = true) String method, @Schema(nullable = true) Instant paidAt) {}

    @Schema(name = "AppointmentPart")
    public record Part(@Schema(required = true) String partNumber, @Schema(required = true) String description,
            @Schema(required = true) BigDecimal quantity, @Schema(required = true) BigDecimal unitPrice,
            @Schema(required = true) boolean highValue,
            @Schema(required = true, description = "ON_HOLD until the deposit is paid, then TO_ORDER.", examples = "TO_ORDER") String orderStatus) {}

    @Schema(name = "AvailableSlot", description = "A start time at which the requested work can be booked.")
    public record Slot(@Schema(required = true) Instant start, @Schema(required = true) Instant end,
            @Schema(required = true, description = "Advisors free to receive at the start.") List<FreeAdvisor> advisors,
            @Schema(required = true, description = "Smallest free workshop capacity over the work's duration.", examples = "2") int workshopFree) {}

    @Schema(name = "FreeAdvisor")
    public record FreeAdvisor(@Schema(required = true) UUID id, @Schema(required = true, examples = "王顾问") String displayName,
            @Schema(required = true, examples = "1") int free) {}

    @Schema(name = "AppointmentPage")
    public record Page(@Schema(required = true) List<View> items, @Schema(nullable = true) String nextCursor,
            @Schema(nullable = true, description = ChangeFeed.SYNC_CURSOR) String syncCursor) {}
}
