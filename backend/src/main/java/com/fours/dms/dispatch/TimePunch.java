package com.fours.dms.dispatch;

import com.fours.dms.shared.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * 打卡: a technician's time on a job, or on a non-productive code (R-REP-1). Open while
 * {@code endedAt} is null; a technician has at most one open punch (partial unique index), so
 * their punches never overlap: the next one starts when the previous one ends.
 */
@Entity
@Table(name = "time_punch")
public class TimePunch extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "technician_id")
    public UUID technicianId;

    @Column(name = "job_id")
    public UUID jobId;

    @Enumerated(EnumType.STRING)
    public NonProductiveCode code;

    public String note;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public PunchEndReason endReason;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "ended_by")
    public String endedBy;

    public static TimePunch onJob(UUID id, String store, UUID technician, UUID job, String by, Instant now) {
        TimePunch p = start(id, store, technician, by, now);
        p.jobId = job;
        return p;
    }

    public static TimePunch nonProductive(UUID id, String store, UUID technician, NonProductiveCode code, String note, String by, Instant now) {
        TimePunch p = start(id, store, technician, by, now);
        p.code = code;
        p.note = note == null || note.isBlank() ? null : note.strip();
        return p;
    }

    private static TimePunch start(UUID id, String store, UUID technician, String by, Instant now) {
        TimePunch p = new TimePunch();
        p.id = id;
        p.storeCode = store;
        p.technicianId = technician;
        p.startedAt = now;
        p.startedBy = by;
        return p;
    }

    public boolean open() {
        return endedAt == null;
    }

    /** Ends the open punch now (never before it started: a clock set back does not make negative time). */
    public void end(PunchEndReason reason, String by, Instant now) {
        if (!open()) {
            throw ProblemException.rule("R-REP-1", "This punch already ended at " + endedAt);
        }
        endedAt = now.isBefore(startedAt) ? startedAt : now;
        endReason = reason;
        endedBy = by;
    }

    public WorkHours.Span span() {
        return new WorkHours.Span(startedAt, endedAt);
    }
}
