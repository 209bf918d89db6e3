package com.fours.dms.followup.api;

import com.fours.dms.followup.StaffTask;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Task", description = "A task for a role: rebook a no-show (R-APT-7), tell a customer something is not ready (R-PRE-4) …")
public record TaskView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "REBOOK") String kind,
        @Schema(required = true, examples = "customer-service") String assigneeRole,
        @Schema(nullable = true) UUID appointmentId,
        @Schema(nullable = true) UUID customerId,
        @Schema(required = true, examples = "爽约：请联系客户重新预约") String title,
        @Schema(required = true, examples = "OPEN") String status,
        @Schema(nullable = true) Instant dueAt,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true) Instant doneAt,
        @Schema(nullable = true) String doneBy,
        @Schema(required = true) long version) {

    public static TaskView of(StaffTask t) {
        return new TaskView(t.id, t.kind, t.assigneeRole, t.appointmentId, t.customerId, t.title, t.status, t.dueAt, t.createdAt, t.doneAt, t.doneBy, t.version);
    }
}
