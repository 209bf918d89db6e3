package com.fours.dms.feedback;

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

/**
 * R-FUP-5, the quick-handling form: what the customer complained about (category, department, the
 * order line and technician concerned), who owns it and the resolution deadline they committed to.
 * Every move is a named transition kept in the history; a case past its deadline while open or in
 * progress is escalated to the service manager once per deadline.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    public String number;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "vehicle_id")
    public UUID vehicleId;

    public String source;

    @Column(name = "survey_response_id")
    public UUID surveyResponseId;

    public String category;

    @Enumerated(EnumType.STRING)
    public Department department;

    public String description;

    @Column(name = "repair_order_line_id")
    public UUID repairOrderLineId;

    @Column(name = "technician_id")
    public UUID technicianId;

    public String owner;

    public Instant deadline;

    @Enumerated(EnumType.STRING)
    public ComplaintStatus status;

    public int round = 1;

    public String resolution;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "callback_task_id")
    public UUID callbackTaskId;

    @Column(name = "escalated_deadline")
    public Instant escalatedDeadline;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "complaint_transition", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderColumn(name = "position")
    public List<ComplaintTransition> history = new ArrayList<>();

    @Version
    public long version;

    /** A new case, open, with the deadline given (or the store's default until the owner commits to one). */
    public static Complaint open(UUID id, String store, String number, String source, UUID customerId, UUID vehicleId, UUID repairOrderId,
            String category, Department department, String description, UUID lineId, UUID technicianId, String owner, Instant deadline, String by,
            Instant now) {
        Complaint c = new Complaint();
        c.id = id;
        c.storeCode = store;
        c.number = number;
        c.source = source;
        c.customerId = customerId;
        c.vehicleId = vehicleId;
        c.repairOrderId = repairOrderId;
        c.category = category;
        c.department = department;
        c.description = description;
        c.repairOrderLineId = lineId;
        c.technicianId = technicianId;
        c.owner = owner;
        c.deadline = deadline;
        c.status = ComplaintStatus.OPEN;
        c.createdAt = now;
        c.createdBy = by;
        c.updatedAt = now;
        c.record("opened", null, ComplaintStatus.OPEN, description, by, now);
        return c;
    }

    /** The named transitions possible now, for the SPA's buttons. */
    public List<String> availableActions() {
        return switch (status) {
            case OPEN -> List.of("start", "reassign");
            case IN_PROGRESS -> List.of("resolve", "reassign");
            case RESOLVED -> List.of("second-follow-up");
            case CONFIRMED -> List.of("close", "reopen");
            case CLOSED -> List.of("reopen");
        };
    }

    /** The owner takes the case on and commits to the resolution deadline: OPEN → IN_PROGRESS. */
    public void start(String newOwner, Instant committed, String note, String by, Instant now) {
        future(committed, now);
        ComplaintStatus from = move(ComplaintStatus.IN_PROGRESS, EnumSet.of(ComplaintStatus.OPEN), "start");
        owner = newOwner;
        deadline = committed;
        record("started", from, status, note, by, now);
    }

    /** Another owner and/or a new committed deadline while the case is being handled. */
    public void reassign(String newOwner, Instant committed, String note, String by, Instant now) {
        if (status != ComplaintStatus.OPEN && status != ComplaintStatus.IN_PROGRESS) {
            throw ProblemException.conflict("complaint-state", "A " + status + " complaint is not handed on; reopen it first");
        }
        if (committed != null) {
            future(committed, now);
            deadline = committed;
        }
        if (newOwner != null) {
            owner = newOwner;
        }
        record("reassigned", status, status, note, by, now);
    }

    /** The owner says what was done: IN_PROGRESS → RESOLVED; the second follow-up checks it with the customer. */
    public void resolve(String what, String by, Instant now) {
        ComplaintStatus from = move(ComplaintStatus.RESOLVED, EnumSet.of(ComplaintStatus.IN_PROGRESS), "resolve");
        resolution = what;
        resolvedAt = now;
        resolvedBy = by;
        record("resolved", from, status, what, by, now);
    }

    /** The second follow-up reached a satisfied customer: RESOLVED → CONFIRMED. */
    public void confirm(String note, String by, Instant now) {
        ComplaintStatus from = move(ComplaintStatus.CONFIRMED, EnumSet.of(ComplaintStatus.RESOLVED), "confirm");
        record("confirmed", from, status, note, by, now);
    }

    /** The customer is still not satisfied (or it came back): → OPEN again, a new round with a new deadline; the history stays. */
    public void reopen(String reason, Instant newDeadline, String by, Instant now) {
        ComplaintStatus from = move(ComplaintStatus.OPEN, EnumSet.of(ComplaintStatus.RESOLVED, ComplaintStatus.CONFIRMED, ComplaintStatus.CLOSED), "reopen");
        round++;
        deadline = newDeadline;
        resolution = null;
        resolvedAt = null;
        resolvedBy = null;
        callbackTaskId = null;
        closedAt = null;
        ComplaintTransition t = record("reopened", from, status, reason, by, now);
        t.deadline = newDeadline;
    }

    /** CONFIRMED → CLOSED. */
    public void close(String note, String by, Instant now) {
        ComplaintStatus from = move(ComplaintStatus.CLOSED, EnumSet.of(ComplaintStatus.CONFIRMED), "close");
        closedAt = now;
        record("closed", from, status, note, by, now);
    }

    /** The deadline passed while the case was open or in progress: told to the service manager once per deadline. */
    public boolean overdue(Instant now) {
        return (status == ComplaintStatus.OPEN || status == ComplaintStatus.IN_PROGRESS) && !deadline.isAfter(now);
    }

    public void escalated(String by, Instant now) {
        escalatedDeadline = deadline;
        escalatedAt = now;
        record("escalated", status, status, "超过承诺的解决期限 / past the committed deadline", by, now);
    }

    public void callbackOpened(UUID taskId) {
        callbackTaskId = taskId;
    }

    private static void future(Instant committed, Instant now) {
        if (committed == null || !committed.isAfter(now)) {
            throw ProblemException.validation(List.of(new Violation("deadline", "the committed resolution deadline must be in the future (R-FUP-5)")));
        }
    }

    private ComplaintStatus move(ComplaintStatus to, Set<ComplaintStatus> from, String action) {
        if (!from.contains(status)) {
            throw ProblemException.conflict("complaint-state", "The complaint is " + status + "; cannot " + action + " it (allowed from " + from + ")");
        }
        ComplaintStatus was = status;
        status = to;
        return was;
    }

    private ComplaintTransition record(String action, ComplaintStatus from, ComplaintStatus to, String note, String by, Instant now) {
        ComplaintTransition t = new ComplaintTransition();
        t.action = action;
        t.fromStatus = from;
        t.toStatus = to;
        t.note = note;
        t.owner = owner;
        t.deadline = deadline;
        t.byUser = by;
        t.at = now;
        history.add(t);
        updatedAt = now;
        return t;
    }
}
