package com.fours.dms.reminder.api;

import com.fours.dms.reminder.LostReason;
import com.fours.dms.reminder.OutreachKind;
import com.fours.dms.reminder.ReminderOutreach;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reminders other than maintenance (issue 11; R-REM-4..6): first service, retention, lost, insurance renewal, annual inspection. */
public final class OutreachApi {
    private OutreachApi() {}

    @Schema(name = "ReminderOutreach", description = "One reminder of a vehicle other than maintenance, raised once per what it counts from")
    public record View(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "RETENTION") OutreachKind kind,
            @Schema(required = true) UUID vehicleId,
            @Schema(required = true) UUID customerId,
            @Schema(required = true, description = "The sale (FIRST_SERVICE), the last visit (RETENTION, LOST), the policy's expiry (INSURANCE_RENEWAL) or the inspection's due date (ANNUAL_INSPECTION)",
                    examples = "2026-08-10") LocalDate referenceDate,
            @Schema(nullable = true, examples = "SMS") String messageChannel,
            @Schema(nullable = true, description = "Why no message went out", examples = "NO_CHANNEL_CONSENT") String messageSkipped,
            @Schema(required = true, description = "OPEN; a retention or lost call is closed RETAINED or LOST (R-REM-5)", examples = "OPEN") ReminderOutreach.Status status,
            @Schema(nullable = true, examples = "OTHER_DEALER") LostReason lostReason,
            @Schema(nullable = true, examples = "客户已在其他4S店保养") String outcomeNote,
            @Schema(nullable = true, examples = "cs") String closedBy,
            @Schema(nullable = true) Instant closedAt,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, examples = "[\"close\"]") List<String> availableActions,
            @Schema(required = true) long version) {
        public static View of(ReminderOutreach o) {
            return new View(o.id, o.kind, o.vehicleId, o.customerId, o.referenceDate, o.messageChannel, o.messageSkipped, o.status, o.lostReason,
                    o.outcomeNote, o.closedBy, o.closedAt, o.createdAt, o.availableActions(), o.version);
        }
    }

    @Schema(name = "ReminderOutreachList")
    public record ListView(@Schema(required = true) List<View> items) {}

    @Schema(name = "OutreachOutcome", description = "R-REM-5: RETAINED (the customer comes back) or LOST (with the reason)")
    public enum Outcome { RETAINED, LOST }

    @Schema(name = "CloseOutreachRequest", description = "R-REM-5: how the retention or lost call ended; LOST needs the reason from the list")
    public record CloseRequest(
            @NotNull @Schema(required = true, examples = "LOST") Outcome outcome,
            @Schema(nullable = true, description = "Required for LOST", examples = "OTHER_DEALER") LostReason lostReason,
            @Size(max = 500) @Schema(nullable = true, examples = "客户已在其他4S店保养") String note) {}

    @Schema(name = "LostCustomerReport", description = "R-REM-5 / R-RPT-1: retention and lost calls closed in the period (store days): retained, lost, and the lost ones per reason")
    public record LostReport(
            @Schema(required = true, examples = "2026-11-01") LocalDate from,
            @Schema(required = true, examples = "2026-11-30") LocalDate to,
            @Schema(required = true, examples = "14") int retained,
            @Schema(required = true, examples = "5") int lost,
            @Schema(required = true, description = "Lost customers per reason", examples = "{\"OTHER_DEALER\": 3, \"MOVED_AWAY\": 2}") Map<LostReason, Integer> byReason) {}
}
