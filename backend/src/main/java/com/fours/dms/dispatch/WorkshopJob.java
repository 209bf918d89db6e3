package com.fours.dms.dispatch;

import static com.fours.dms.dispatch.JobStatus.*;

import com.fours.dms.repairorder.WorkshopTeam;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.workshop.BayType;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 派工单: one job of a handed-over repair order on the workshop's board (R-REP-1). State changes
 * only through the named transitions below, each checked by the one guard {@link #require}; a
 * refusal is a 409 problem whose code is the rule id.
 *
 * <pre>
 * WAITING → ASSIGNED (bay, technician, planned interval; or the technician who received the hand-over)
 * ASSIGNED → WAITING (unassigned)
 * ASSIGNED | PAUSED | REWORK → IN_PROGRESS (clocked on by its technician)
 * IN_PROGRESS ⇄ PAUSED (waiting parts | waiting approval | other, with a note)
 * IN_PROGRESS → DONE (finished by its technician) → IN_QC → PASSED | REWORK (R-QC-1, R-QC-2)
 * </pre>
 *
 * Clocking off keeps a job IN_PROGRESS (started, not finished); whether someone is clocked on it
 * now is the punches' business ({@link TimePunch}).
 */
@Entity
@Table(name = "workshop_job")
public class WorkshopJob extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @Column(name = "repair_order_line_id")
    public UUID repairOrderLineId;

    public String description;

    @Column(name = "operation_code")
    public String operationCode;

    @Enumerated(EnumType.STRING)
    public WorkshopTeam team;

    @Column(name = "required_skill")
    public String requiredSkill;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_bay_type")
    public BayType requiredBayType;

    /** Sold flat-rate hours (the estimate line's labour hours). */
    @Column(name = "sold_hours")
    public BigDecimal soldHours;

    @Enumerated(EnumType.STRING)
    public JobStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "pause_reason")
    public PauseReason pauseReason;

    @Column(name = "pause_note")
    public String pauseNote;

    @Column(name = "technician_id")
    public UUID technicianId;

    @Column(name = "bay_id")
    public UUID bayId;

    @Column(name = "planned_start")
    public Instant plannedStart;

    @Column(name = "planned_end")
    public Instant plannedEnd;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "assigned_by")
    public String assignedBy;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "done_at")
    public Instant doneAt;

    /** The first time the job was finished: its sold hours are credited to the technician then (rework earns nothing twice). */
    @Column(name = "first_done_at")
    public Instant firstDoneAt;

    @Column(name = "done_by_technician_id")
    public UUID doneByTechnicianId;

    @Column(name = "rework_count")
    public int reworkCount;

    /** R-REP-2: when its progress check was raised; written by the scheduler only (never by an update of the entity). */
    @Column(name = "progress_check_raised_at", insertable = false, updatable = false)
    public Instant progressCheckRaisedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** A new job of a handed-over order, WAITING for the foreman. */
    public static WorkshopJob waiting(UUID id, String store, UUID repairOrderId, UUID lineId, String description, String operationCode,
            WorkshopTeam team, JobRequirement requirement, BigDecimal soldHours, Instant now) {
        WorkshopJob j = new WorkshopJob();
        j.id = id;
        j.storeCode = store;
        j.repairOrderId = repairOrderId;
        j.repairOrderLineId = lineId;
        j.description = description;
        j.operationCode = operationCode;
        j.team = team;
        j.requiredSkill = requirement.skill();
        j.requiredBayType = requirement.bayType();
        j.soldHours = soldHours;
        j.status = WAITING;
        j.createdAt = now;
        j.updatedAt = now;
        return j;
    }

    public JobRequirement requirement() {
        return new JobRequirement(requiredSkill, requiredBayType);
    }

    public boolean planned() {
        return plannedStart != null;
    }

    // ---- named transitions ------------------------------------------------------------------

    /** WAITING → ASSIGNED to the technician who received the order at hand-over (R-CHK-10); bay and time come from the foreman. */
    public void handTo(UUID technician, String by, Instant now) {
        require(EnumSet.of(WAITING), "R-REP-1", "hand to a technician");
        technicianId = technician;
        assignedAt = now;
        assignedBy = by;
        move(ASSIGNED, now);
    }

    /**
     * R-REP-1: the foreman puts the job on a bay and a technician for a planned interval. WAITING
     * becomes ASSIGNED; a job already assigned, paused, in rework or in progress keeps its state
     * (re-planned). Fit and double booking are checked by the dispatch service.
     */
    public void assign(UUID technician, UUID bay, Instant start, Instant end, String by, Instant now) {
        require(EnumSet.of(WAITING, ASSIGNED, IN_PROGRESS, PAUSED, REWORK), "R-REP-1", "assign");
        technicianId = technician;
        bayId = bay;
        plannedStart = start;
        plannedEnd = end;
        assignedAt = now;
        assignedBy = by;
        move(status == WAITING ? ASSIGNED : status, now);
    }

    /** ASSIGNED → WAITING: back to the foreman's queue (bay, technician and plan cleared). */
    public void unassign(Instant now) {
        require(EnumSet.of(ASSIGNED), "R-REP-1", "unassign");
        technicianId = null;
        bayId = null;
        plannedStart = null;
        plannedEnd = null;
        assignedAt = null;
        assignedBy = null;
        move(WAITING, now);
    }

    /** Its lead technician clocks on. */
    public void clockOn(UUID technician, Instant now) {
        clockOn(technician, false, now);
    }

    /** ASSIGNED | IN_PROGRESS | PAUSED | REWORK → IN_PROGRESS: its lead or a helper of its crew clocks on (R-REP-1). */
    public void clockOn(UUID technician, boolean crewMember, Instant now) {
        require(EnumSet.of(ASSIGNED, IN_PROGRESS, PAUSED, REWORK), "R-REP-1", "clock on");
        if (!technician.equals(technicianId) && !crewMember) {
            throw ProblemException.rule("R-REP-1", "This job is assigned to another technician; ask the foreman to assign it to you");
        }
        if (startedAt == null) {
            startedAt = now;
        }
        pauseReason = null;
        pauseNote = null;
        move(IN_PROGRESS, now);
    }

    /** IN_PROGRESS | PAUSED → PAUSED with a reason (a paused job may change its reason); OTHER needs a note. */
    public void pause(PauseReason reason, String note, Instant now) {
        require(EnumSet.of(IN_PROGRESS, PAUSED), "R-REP-1", "pause");
        String n = note == null || note.isBlank() ? null : note.strip();
        if (reason == PauseReason.OTHER && n == null) {
            throw ProblemException.validation(List.of(new Violation("note", "say why the job is paused")));
        }
        pauseReason = reason;
        pauseNote = n;
        move(PAUSED, now);
    }

    /** IN_PROGRESS → DONE: its technician finished the work; the first finish credits the sold hours. */
    public void finish(Instant now) {
        require(EnumSet.of(IN_PROGRESS), "R-REP-1", "finish");
        doneAt = now;
        if (firstDoneAt == null) {
            firstDoneAt = now;
            doneByTechnicianId = technicianId;
        }
        move(DONE, now);
    }

    /** DONE → IN_QC: the final inspection starts (R-QC-1). */
    public void sendToQualityCheck(Instant now) {
        require(EnumSet.of(DONE), "R-QC-1", "send to quality check");
        move(IN_QC, now);
    }

    /** IN_QC → PASSED (R-QC-1). */
    public void passQualityCheck(Instant now) {
        require(EnumSet.of(IN_QC), "R-QC-1", "pass quality check");
        move(PASSED, now);
    }

    /** IN_QC → REWORK: the job goes back to its technician; loops are counted (R-QC-2). */
    public void failQualityCheck(Instant now) {
        require(EnumSet.of(IN_QC), "R-QC-2", "fail quality check");
        reworkCount++;
        move(REWORK, now);
    }

    /** The actions the current state allows (for the board and the technician's screen). */
    public List<String> availableActions() {
        return actionsIn(status);
    }

    /** The actions a state allows. */
    public static List<String> actionsIn(JobStatus status) {
        List<String> a = new ArrayList<>();
        switch (status) {
            case WAITING -> a.add("assign");
            case ASSIGNED -> a.addAll(List.of("assign", "unassign", "clock-on"));
            case IN_PROGRESS -> a.addAll(List.of("assign", "clock-on", "pause", "finish"));
            case PAUSED, REWORK -> a.addAll(List.of("assign", "clock-on"));
            case DONE -> a.add("self-check");
            case IN_QC -> a.add("inspect");
            case PASSED -> { }
        }
        return a;
    }

    private void move(JobStatus to, Instant now) {
        status = to;
        updatedAt = now;
    }

    /** The one guard: the action is allowed only from the given states; otherwise 409 with the rule id. */
    private void require(Set<JobStatus> from, String rule, String action) {
        if (!from.contains(status)) {
            throw new ProblemException(409, rule, "Not allowed in this state",
                    "The job is " + status + "; cannot " + action + " (allowed when " + from + ")");
        }
    }
}
