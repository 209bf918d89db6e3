package com.fours.dms.dispatch;

import com.fours.dms.shared.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 进度检查: the advisor's check on one workshop job when most of its estimated duration has elapsed
 * (R-REP-2). Raised once per job by the scheduler ({@link ProgressChecks}), answered by the advisor
 * with the workshop's expected completion, anomalies and who in the workshop was asked; when that is
 * later than the promised time, the answer also holds the revision (before, after, reason) and the
 * message to the customer. State changes only through {@link #record} and {@link #cancel}.
 */
@Entity
@Table(name = "job_progress_check")
public class JobProgressCheck extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "job_id")
    public UUID jobId;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @Column(name = "task_id")
    public UUID taskId;

    @Enumerated(EnumType.STRING)
    public ProgressCheckStatus status;

    /** The job's first clock-on, or its planned start (see {@link ProgressCheckPolicy}). */
    @Column(name = "started_from")
    public Instant startedFrom;

    @Column(name = "sold_hours")
    public BigDecimal soldHours;

    /** The store's share when the check was raised. */
    public int percent;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "raised_at")
    public Instant raisedAt;

    @Column(name = "expected_completion_at")
    public Instant expectedCompletionAt;

    public String anomalies;

    @Column(name = "workshop_asked")
    public Boolean workshopAsked;

    @Column(name = "workshop_person")
    public String workshopPerson;

    @Column(name = "promised_before")
    public Instant promisedBefore;

    @Column(name = "promised_after")
    public Instant promisedAfter;

    public Boolean late;

    @Column(name = "revision_reason")
    public String revisionReason;

    public String language;

    @Column(name = "notification_id")
    public UUID notificationId;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "closed_reason")
    public String closedReason;

    @Version
    public long version;

    /** The advisor's answer: what the workshop expects, what went wrong, who was asked; and when it is late, the new promise and why. */
    public record Answer(Instant expectedCompletionAt, String anomalies, boolean workshopAsked, String workshopPerson, Instant promisedBefore,
            Instant promisedAfter, boolean late, String revisionReason, String language) {}

    /** The advisor's PROGRESS_CHECK task for it was opened. */
    public void taskOpened(UUID task) {
        requireOpen("link a task to");
        taskId = task;
    }

    /** OPEN → RECORDED: the advisor answered the check (R-REP-2). */
    public void record(Answer a, String by, Instant now) {
        requireOpen("record");
        expectedCompletionAt = a.expectedCompletionAt();
        anomalies = a.anomalies();
        workshopAsked = a.workshopAsked();
        workshopPerson = a.workshopPerson();
        promisedBefore = a.promisedBefore();
        promisedAfter = a.promisedAfter();
        late = a.late();
        revisionReason = a.revisionReason();
        language = a.language();
        recordedBy = by;
        recordedAt = now;
        status = ProgressCheckStatus.RECORDED;
    }

    /** The customer's message about the moved promise was queued (a late answer only). */
    public void customerTold(UUID notification) {
        if (status != ProgressCheckStatus.RECORDED || !Boolean.TRUE.equals(late)) {
            throw ProblemException.rule("R-REP-2", "The customer is told only of a promise moved by a recorded late answer");
        }
        notificationId = notification;
    }

    /** OPEN → CANCELLED: nothing left to ask (the job finished before anyone answered). */
    public void cancel(String reason) {
        requireOpen("cancel");
        closedReason = reason;
        status = ProgressCheckStatus.CANCELLED;
    }

    public List<String> availableActions() {
        return status == ProgressCheckStatus.OPEN ? List.of("complete") : List.of();
    }

    /** The one guard: only an open check changes; otherwise 409 with the rule id. */
    private void requireOpen(String action) {
        if (status != ProgressCheckStatus.OPEN) {
            throw new ProblemException(409, "R-REP-2", "Not allowed in this state", "The progress check is " + status + "; cannot " + action + " it");
        }
    }
}
