package com.fours.dms.reminder.api;

import com.fours.dms.reminder.ReminderCycle;
import com.fours.dms.reminder.ReminderStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The maintenance reminders' API types (R-REM-1..3). */
public final class ReminderApi {
    private ReminderApi() {}

    @Schema(name = "ReminderCycle", description = "One maintenance reminder cycle of a vehicle, counted from its last service (R-REM-1..3)")
    public record View(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID vehicleId,
            @Schema(required = true) UUID customerId,
            @Schema(required = true, description = "R-REM-1: the earlier of the date-based and the mileage-based due date", examples = "2026-12-06") LocalDate dueDate,
            @Schema(required = true, description = "Which one is earlier: DATE or MILEAGE", examples = "MILEAGE") String dueBasis,
            @Schema(required = true, examples = "OPEN") ReminderStatus status,
            @Schema(nullable = true, description = "R-REM-2: when the T-13 message was queued") Instant messageAt,
            @Schema(nullable = true, examples = "SMS") String messageChannel,
            @Schema(nullable = true, description = "Why no message went out", examples = "NO_CHANNEL_CONSENT") String messageSkipped,
            @Schema(nullable = true, description = "R-REM-2: when the T-11 call was raised") Instant callTaskAt,
            @Schema(nullable = true, description = "R-REM-3: when the second call was raised") Instant secondCallAt,
            @Schema(nullable = true, examples = "28500") Integer latestMileage,
            @Schema(nullable = true, examples = "顺便检查空调") String specialRequest,
            @Schema(nullable = true, description = "The dealer-initiated appointment booked from the call (R-APT-1)") UUID appointmentId,
            @Schema(required = true, examples = "[\"record-call\"]") List<String> availableActions,
            @Schema(required = true) long version) {
        public static View of(ReminderCycle c) {
            return new View(c.id, c.vehicleId, c.customerId, c.dueDate, c.dueBasis, c.status, c.messageAt, c.messageChannel, c.messageSkipped,
                    c.callTaskAt, c.secondCallAt, c.latestMileage, c.specialRequest, c.appointmentId, c.availableActions(), c.version);
        }
    }

    @Schema(name = "ReminderCycleList")
    public record ListView(@Schema(required = true) List<View> items) {}

    @Schema(name = "ReminderDecision", description = "BOOKED (with the appointment booked from the call), UNDECIDED (a second call follows, R-REM-3) or DECLINED (no more calls this cycle)")
    public enum Decision { BOOKED, UNDECIDED, DECLINED }

    @Schema(name = "ReminderCallRequest", description = "What the reminder call found (R-REM-2): the latest mileage (re-projects the due date), any special request, and the customer's decision")
    public record CallRequest(
            @Schema(nullable = true, examples = "28500") @Min(0) @Max(2000000) Integer mileage,
            @Schema(nullable = true, examples = "顺便检查空调") @Size(max = 1000) String specialRequest,
            @NotNull @Schema(required = true, examples = "BOOKED") Decision decision,
            @Schema(nullable = true, description = "Required for BOOKED: the appointment booked with origin DEALER and this reminder's task") UUID appointmentId) {}
}
