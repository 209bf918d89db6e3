package com.fours.dms.followup;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * Something a person must do about a subject (a customer, vehicle, order, appointment or complaint):
 * rebook a no-show (R-APT-7), tell a customer something is not ready (R-PRE-4) … It sits in a role's
 * queue, optionally taken by one member, is due in a window, and collects every contact attempt.
 */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Enumerated(EnumType.STRING)
    public TaskType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    public SubjectType subjectType;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "vehicle_id")
    public UUID vehicleId;

    public String title;

    @Column(name = "assignee_role")
    public String assigneeRole;

    @Column(name = "assignee_user")
    public String assigneeUser;

    @Enumerated(EnumType.STRING)
    public TaskPriority priority;

    @Enumerated(EnumType.STRING)
    public TaskStatus status;

    @Column(name = "due_from")
    public Instant dueFrom;

    @Column(name = "due_until")
    public Instant dueUntil;

    @Column(name = "dedupe_key")
    public String dedupeKey;

    /** What the call is for within its type (TaskPurpose), or null. */
    public String purpose;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "close_reason")
    public String closeReason;

    @ElementCollection
    @CollectionTable(name = "task_attempt", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<TaskAttempt> attempts = new ArrayList<>();

    @Version
    public long version;

    /** The named transitions that are possible now, for the SPA's buttons. */
    public List<String> availableActions() {
        if (status.isClosed()) {
            return List.of();
        }
        return answeredElsewhere() ? List.of("record-progress-check", "assign") : List.of("record-attempt", "complete", "cancel", "assign");
    }

    /**
     * R-REP-2: a progress check is answered with its own form (expected completion, anomalies, who in
     * the workshop was asked), which closes the task; the desk's attempt, complete and cancel would
     * leave the check unanswered, so they are refused for it.
     */
    public boolean answeredElsewhere() {
        return type == TaskType.PROGRESS_CHECK;
    }

    /**
     * Records one contact attempt. The first attempt takes the task in progress; CALL_BACK_AT moves the
     * start of the due window to the agreed time; DONE completes the task; DO_NOT_CALL cancels it.
     */
    public void recordAttempt(AttemptOutcome outcome, String note, Instant callBackAt, String by, Instant now) {
        requireOpen();
        requireDeskAction("record an attempt on");
        if (outcome == AttemptOutcome.CALL_BACK_AT) {
            if (callBackAt == null || !callBackAt.isAfter(now)) {
                throw ProblemException.validation(List.of(new Violation("callBackAt", "is required for CALL_BACK_AT and must be in the future")));
            }
        } else if (callBackAt != null) {
            throw ProblemException.validation(List.of(new Violation("callBackAt", "is only allowed with outcome CALL_BACK_AT")));
        }
        TaskAttempt a = new TaskAttempt();
        a.outcome = outcome;
        a.note = note;
        a.callBackAt = callBackAt;
        a.recordedBy = by;
        a.recordedAt = now;
        attempts.add(a);
        switch (outcome) {
            case DONE -> close(TaskStatus.DONE, null, by, now);
            case DO_NOT_CALL -> close(TaskStatus.CANCELLED, "DO_NOT_CALL", by, now);
            case CALL_BACK_AT -> {
                dueFrom = callBackAt;
                if (dueUntil != null && dueUntil.isBefore(callBackAt)) {
                    dueUntil = callBackAt;
                }
                start(now);
            }
            default -> start(now);
        }
    }

    /** How many contact attempts nobody answered. */
    public long unanswered() {
        return attempts.stream().filter(a -> a.outcome == AttemptOutcome.NO_ANSWER).count();
    }

    /** R-FUP-4: a desk call nobody answered is not offered again before {@code next} (later today or the next day's window). */
    public void comeBackAt(Instant next, Instant now) {
        requireOpen();
        dueFrom = next;
        if (dueUntil != null && dueUntil.isBefore(next)) {
            dueUntil = next;
        }
        updatedAt = now;
    }

    /** After the store's number of unanswered calls the desk writes instead of calling: the call task is done with the reason. */
    public void switchToMessage(String reason, String by, Instant now) {
        requireOpen();
        close(TaskStatus.DONE, reason, by, now);
    }

    public void complete(String by, Instant now) {
        requireOpen();
        requireDeskAction("complete");
        close(TaskStatus.DONE, null, by, now);
    }

    public void cancel(String reason, String by, Instant now) {
        requireOpen();
        requireDeskAction("cancel");
        close(TaskStatus.CANCELLED, reason, by, now);
    }

    /**
     * The context the task is about answered it with its own action (R-REP-2: the progress check was
     * recorded: DONE; or it became moot because the job finished first: CANCELLED with the reason).
     */
    public void closeAnswered(boolean done, String reason, String by, Instant now) {
        requireOpen();
        close(done ? TaskStatus.DONE : TaskStatus.CANCELLED, reason, by, now);
    }

    /** Moves the task to another role's queue and/or one person; null user = back to the queue. */
    public void assign(String role, String user, Instant now) {
        requireOpen();
        assigneeRole = role;
        assigneeUser = user;
        updatedAt = now;
    }

    private void start(Instant now) {
        move(TaskStatus.IN_PROGRESS, EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS), now);
    }

    private void close(TaskStatus to, String reason, String by, Instant now) {
        move(to, EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS), now);
        closedAt = now;
        closedBy = by;
        closeReason = reason;
    }

    private void requireDeskAction(String action) {
        if (answeredElsewhere()) {
            throw ProblemException.rule("R-REP-2", "A " + type + " task is answered with its own form (expected completion, anomalies); cannot "
                    + action + " it on the task desk");
        }
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw ProblemException.conflict("task-closed", "The task is already " + status + "; it cannot change any more");
        }
    }

    private void move(TaskStatus to, Set<TaskStatus> from, Instant now) {
        if (!from.contains(status)) {
            throw ProblemException.conflict("task-closed", "The task is " + status + "; it cannot become " + to);
        }
        status = to;
        updatedAt = now;
    }
}
