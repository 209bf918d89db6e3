package com.fours.dms.dispatch;

import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Starting and ending punches (R-REP-1), audited and published. A technician's punches are
 * serialised by a transaction-scoped advisory lock on the technician, so a double tap queues
 * instead of racing; the partial unique index (one open punch per technician) is the backstop.
 */
@ApplicationScoped
public class TimePunches {
    static final String ENTITY = "time-punch";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    Event<TechnicianClocked> clocked;

    /** Queues this transaction behind any other punching for the technician (released at commit). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID technicianId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(cast(?1 as text), 71))").setParameter(1, technicianId).getSingleResult();
    }

    public Optional<TimePunch> active(UUID technicianId) {
        return TimePunch.<TimePunch>find("technicianId = ?1 and endedAt is null", technicianId).firstResultOptional();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TimePunch startOnJob(WorkshopJob job, UUID technicianId) {
        TimePunch p = TimePunch.onJob(Ids.newId(clock), job.storeCode, technicianId, job.id, user.username(), clock.instant());
        return started(p);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TimePunch startNonProductive(String store, UUID technicianId, NonProductiveCode code, String note) {
        TimePunch p = TimePunch.nonProductive(Ids.newId(clock), store, technicianId, code, note, user.username(), clock.instant());
        return started(p);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void end(TimePunch p, PunchEndReason reason) {
        p.end(reason, user.username(), clock.instant());
        em.flush();
        Map<String, Object> d = details(p);
        d.put("endedAt", p.endedAt.toString());
        d.put("endReason", reason.name());
        audit.action(p.storeCode, ENTITY, p.id, "ended", d);
        clocked.fire(new TechnicianClocked(p.storeCode, p.technicianId, p.id, p.jobId, p.code, "ended"));
    }

    /** Ends every open punch on the job (the job pauses or is taken away). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TimePunch> endOpenOnJob(WorkshopJob job, PunchEndReason reason) {
        List<TimePunch> open = TimePunch.list("jobId = ?1 and endedAt is null", job.id);
        open.forEach(p -> end(p, reason));
        return open;
    }

    private TimePunch started(TimePunch p) {
        p.persist();
        em.flush();
        audit.action(p.storeCode, ENTITY, p.id, "started", details(p));
        clocked.fire(new TechnicianClocked(p.storeCode, p.technicianId, p.id, p.jobId, p.code, "started"));
        return p;
    }

    private static Map<String, Object> details(TimePunch p) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("technicianId", p.technicianId.toString());
        d.put("jobId", p.jobId == null ? null : p.jobId.toString());
        d.put("code", p.code == null ? null : p.code.name());
        d.put("note", p.note);
        d.put("startedAt", p.startedAt.toString());
        return d;
    }

    /** Used by the hours: the punches of the jobs (all their time). */
    public List<TimePunch> onJobs(List<UUID> jobIds) {
        return jobIds.isEmpty() ? List.of() : TimePunch.list("jobId in ?1", jobIds);
    }

    Instant now() {
        return clock.instant();
    }
}
