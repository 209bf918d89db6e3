package com.fours.dms.followup.api;

import com.fours.dms.followup.AttemptOutcome;
import com.fours.dms.followup.SubjectType;
import com.fours.dms.followup.TaskPriority;
import com.fours.dms.followup.TaskStatus;
import com.fours.dms.followup.TaskType;
import com.fours.dms.shared.api.BuiltByName;
import com.fours.dms.shared.security.Roles;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The follow-up desk's task API types. */
public final class TaskApi {
    private TaskApi() {}

    @Schema(name = "Task", description = "Something a person must do about a subject: rebook a no-show (R-APT-7), tell a customer something is not ready (R-PRE-4) …")
    @BuiltByName
    public record View(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "REBOOK_NO_SHOW") TaskType type,
            @Schema(required = true, examples = "客户预约爽约：请联系客户重新预约") String title,
            @Schema(required = true, examples = "OPEN") TaskStatus status,
            @Schema(required = true, examples = "NORMAL") TaskPriority priority,
            @Schema(required = true) Subject subject,
            @Schema(nullable = true, description = "The customer to contact") CustomerRef customer,
            @Schema(nullable = true, description = "The vehicle concerned") VehicleRef vehicle,
            @Schema(required = true) Assignee assignee,
            @Schema(required = true, description = "Not to be worked before (a call-back moves it)") Instant dueFrom,
            @Schema(nullable = true, description = "To be done by") Instant dueUntil,
            @Schema(required = true, description = "Every contact attempt, oldest first") List<Attempt> attempts,
            @Schema(required = true, description = "Transitions possible now", examples = "[\"record-attempt\", \"complete\", \"cancel\", \"assign\"]") List<String> availableActions,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, examples = "system:scheduler") String createdBy,
            @Schema(nullable = true) Instant closedAt,
            @Schema(nullable = true) String closedBy,
            @Schema(nullable = true, description = "Why it was cancelled", examples = "DO_NOT_CALL") String closeReason,
            @Schema(nullable = true, description = "What the call is for within its type (issue 11): DECLINED_WORK (found-not-fixed work comes back), FIRST_SERVICE (R-REM-4), RETENTION and LOST (R-REM-5), RECALL_CAMPAIGN (R-REM-6); null = the type says it all",
                    examples = "DECLINED_WORK") String purpose,
            @Schema(required = true) long version) {}

    @Schema(name = "TaskPage", description = "A page of tasks; pass nextCursor back as cursor for the next.")
    public record Page(@Schema(required = true) List<View> items,
            @Schema(nullable = true, description = "Opaque cursor for the next page; null when there is none.") String nextCursor) {
        public static Page of(com.fours.dms.shared.persistence.Page<View> page) {
            return new Page(page.items(), page.nextCursor());
        }
    }

    @Schema(name = "TaskSubject", description = "What the task is about")
    public record Subject(@Schema(required = true, examples = "APPOINTMENT") SubjectType type, @Schema(required = true) UUID id) {}

    @Schema(name = "TaskCustomer", description = "Who to contact")
    public record CustomerRef(@Schema(required = true) UUID id, @Schema(required = true, examples = "张伟") String name,
            @Schema(nullable = true, examples = "13800138000") String phone) {}

    @Schema(name = "TaskVehicle")
    public record VehicleRef(@Schema(required = true) UUID id, @Schema(required = true, examples = "京A12345") String plate,
            @Schema(required = true, examples = "Volkswagen Passat") String model) {}

    @Schema(name = "TaskAssignee", description = "The role queue the task is in, and the member who took it (null = anyone in the queue)")
    public record Assignee(@Schema(required = true, examples = "customer-service") String role, @Schema(nullable = true, examples = "cs") String username) {}

    @Schema(name = "TaskAttempt", description = "One contact attempt")
    public record Attempt(@Schema(required = true, examples = "NO_ANSWER") AttemptOutcome outcome, @Schema(nullable = true) String note,
            @Schema(nullable = true, description = "Agreed call-back time (CALL_BACK_AT)") Instant callBackAt,
            @Schema(required = true, examples = "cs") String recordedBy, @Schema(required = true) Instant recordedAt) {}

    @Schema(name = "RecordAttemptRequest", description = "The outcome of a contact attempt. CALL_BACK_AT needs callBackAt (in the future) and moves the task's dueFrom there; DONE completes the task; DO_NOT_CALL cancels it.")
    public record AttemptRequest(
            @NotNull @Schema(required = true, examples = "CALL_BACK_AT") AttemptOutcome outcome,
            @Size(max = 1000) @Schema(nullable = true, examples = "客户说下午三点后方便") String note,
            @Schema(nullable = true, examples = "2026-11-24T07:00:00Z") Instant callBackAt) {}

    @Schema(name = "CancelTaskRequest")
    public record CancelRequest(@NotBlank @Size(max = 300) @Schema(required = true, examples = "客户已自行到店") String reason) {}

    @Schema(name = "AssignTaskRequest", description = "Give the task to another role's queue and/or one person. role null = keep the queue; username null = back to anyone in the queue.")
    public record AssignRequest(
            @Pattern(regexp = Roles.STAFF_PATTERN, message = "must be a staff role")
            @Schema(nullable = true, examples = "customer-service") String role,
            @Size(min = 1, max = 200) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a username")
            @Schema(nullable = true, examples = "cs") String username) {}
}
