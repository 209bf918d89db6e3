package com.fours.dms.dispatch;

import com.fours.dms.repairorder.RepairOrderHandedOver;
import com.fours.dms.repairorder.WorkshopOrders;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.workshop.WorkshopSetupService;
import com.fours.dms.workshop.api.WorkshopApi.ServiceTypeView;
import com.fours.dms.workshop.api.WorkshopApi.TechnicianView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The workshop jobs (R-REP-1): created when an order is handed over, one per job line; every
 * change goes through a named transition of {@link WorkshopJob}, is audited and published as
 * {@link WorkshopJobChanged}. Other contexts (supplementary-item approval, quality check) move jobs
 * through the public methods here; this context owns {@code workshop_job} and {@code time_punch}.
 */
@ApplicationScoped
public class WorkshopJobs {
    static final String ENTITY = "workshop-job";

    @Inject
    EntityManager em;

    @Inject
    WorkshopOrders orders;

    @Inject
    WorkshopSetupService setup;

    @Inject
    TimePunches punches;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    Event<WorkshopJobChanged> changed;

    /** A job as other contexts see it. */
    public record JobSummary(UUID id, UUID repairOrderId, UUID repairOrderLineId, String description, String operationCode, JobStatus status,
            UUID technicianId, UUID doneByTechnicianId, java.math.BigDecimal soldHours, int reworkCount, Instant doneAt, long version) {}

    void onHandedOver(@Observes RepairOrderHandedOver e) {
        createFor(e.storeCode(), e.repairOrderId(), e.technicianId());
    }

    /** R-REP-3: the customer approved supplementary work: its labour lines become jobs for the foreman to dispatch. */
    void onLinesAuthorized(@Observes com.fours.dms.repairorder.RepairOrderLinesAuthorized e) {
        createFor(e.storeCode(), e.repairOrderId(), null);
    }

    /**
     * One WAITING job per JOB line of the handed-over order. When the order went to a named
     * technician (R-CHK-10), the jobs that technician has the skill for start ASSIGNED to them;
     * the foreman gives them a bay and a time. Lines that already have their job are left as they
     * are, so a line added later (an approved supplementary item, R-REP-3) gets its job by calling
     * this again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> createFor(String store, UUID orderId, UUID technicianId) {
        List<ServiceTypeView> types = setup.serviceTypesOfStore(store);
        Optional<TechnicianView> receiver = technicianId == null ? Optional.empty()
                : setup.techniciansOfStore(store).stream().filter(t -> t.id().equals(technicianId) && t.active()).findFirst();
        Instant now = clock.instant();
        List<UUID> ids = new ArrayList<>();
        java.util.Set<UUID> planned = new java.util.HashSet<>(jobsOf(store, orderId).stream().map(JobSummary::repairOrderLineId).toList());
        for (WorkshopOrders.JobLine l : orders.jobLinesOf(store, orderId)) {
            if (planned.contains(l.lineId())) {
                continue;
            }
            JobRequirement req = JobRequirements.of(l.operationCode(), l.team(), l.diagnosis(), types);
            WorkshopJob j = WorkshopJob.waiting(Ids.newId(clock), store, orderId, l.lineId(), l.description(), l.operationCode(), l.team(), req, l.hours(), now);
            j.persist();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("repairOrderId", orderId.toString());
            details.put("lineId", l.lineId().toString());
            details.put("description", j.description);
            details.put("soldHours", j.soldHours.toPlainString());
            details.put("requiredSkill", j.requiredSkill);
            details.put("requiredBayType", j.requiredBayType == null ? null : j.requiredBayType.name());
            audit.action(store, ENTITY, j.id, "created", details);
            publish(j, "created", null);
            if (receiver.isPresent()) {
                if (AssignmentPolicy.skillFits(req, receiver.get())) {
                    j.handTo(receiver.get().id(), user.username(), now);
                    transitioned(j, JobStatus.WAITING, "handed-to-technician", Map.of("technicianId", receiver.get().id().toString()));
                } else {
                    audit.action(store, ENTITY, j.id, "left-for-foreman",
                            Map.of("reason", receiver.get().name() + " does not have the skill " + req.skill()));
                }
            }
            ids.add(j.id);
        }
        em.flush();
        return ids;
    }

    /** The jobs of an order, in line order. */
    public List<JobSummary> jobsOf(String store, UUID orderId) {
        return WorkshopJob.<WorkshopJob>list("storeCode = ?1 and repairOrderId = ?2 order by createdAt, id", store, orderId).stream()
                .map(WorkshopJobs::summary).toList();
    }

    /** One job of the store, or 404. */
    public JobSummary summary(String store, UUID jobId) {
        WorkshopJob j = WorkshopJob.findById(jobId);
        if (j == null || !j.storeCode.equals(store)) {
            throw ProblemException.notFound("Workshop job", jobId);
        }
        return summary(j);
    }

    /** The store's jobs in one state, oldest change first (the quality-check queue reads IN_QC, a technician's self-checks DONE); at most {@code limit}. */
    public List<JobSummary> inStatus(String store, JobStatus status, UUID technicianId, int limit) {
        String q = "storeCode = ?1 and status = ?2" + (technicianId == null ? "" : " and technicianId = ?3") + " order by updatedAt, id";
        io.quarkus.hibernate.orm.panache.PanacheQuery<WorkshopJob> found = technicianId == null ? WorkshopJob.find(q, store, status)
                : WorkshopJob.find(q, store, status, technicianId);
        return found.page(0, limit).list().stream().map(WorkshopJobs::summary).toList();
    }

    private static JobSummary summary(WorkshopJob j) {
        return new JobSummary(j.id, j.repairOrderId, j.repairOrderLineId, j.description, j.operationCode, j.status, j.technicianId, j.doneByTechnicianId,
                j.soldHours, j.reworkCount, j.doneAt, j.version);
    }

    /** R-REP-3: work stops while a supplementary item waits for the customer; whoever is clocked on it is clocked off. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pauseForApproval(String store, UUID jobId, String note) {
        WorkshopJob j = lockedForChange(store, jobId, null);
        JobStatus from = j.status;
        punches.endOpenOnJob(j, PunchEndReason.PAUSED);
        j.pause(PauseReason.WAITING_APPROVAL, note, clock.instant());
        transitioned(j, from, "paused", Map.of("reason", PauseReason.WAITING_APPROVAL.name()));
    }

    /** DONE → IN_QC (R-QC-1). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sendToQualityCheck(String store, UUID jobId, Map<String, ?> details) {
        WorkshopJob j = lockedForChange(store, jobId, null);
        JobStatus from = j.status;
        j.sendToQualityCheck(clock.instant());
        transitioned(j, from, "sent-to-quality-check", details);
    }

    /** IN_QC → PASSED (R-QC-1). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void passQualityCheck(String store, UUID jobId, Map<String, ?> details) {
        WorkshopJob j = lockedForChange(store, jobId, null);
        JobStatus from = j.status;
        j.passQualityCheck(clock.instant());
        transitioned(j, from, "passed-quality-check", details);
    }

    /** IN_QC → REWORK, back to its technician, with the reason (R-QC-2). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failQualityCheck(String store, UUID jobId, String reason) {
        WorkshopJob j = lockedForChange(store, jobId, null);
        JobStatus from = j.status;
        j.failQualityCheck(clock.instant());
        transitioned(j, from, "failed-quality-check", Map.of("reason", reason, "reworkCount", j.reworkCount));
    }

    /** The store's job, locked for the change (concurrent changes queue), its version checked when given (If-Match). */
    WorkshopJob lockedForChange(String store, UUID id, Long expected) {
        WorkshopJob j = em.find(WorkshopJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (j == null || !j.storeCode.equals(store)) {
            throw ProblemException.notFound("Workshop job", id);
        }
        if (expected != null) {
            ETags.check(expected, j.version);
        }
        return j;
    }

    /** Flush, audit with from/to and details, publish. */
    void transitioned(WorkshopJob j, JobStatus from, String action, Map<String, ?> details) {
        em.flush();
        Map<String, Object> d = new LinkedHashMap<>(details);
        d.put("from", from.name());
        d.put("to", j.status.name());
        audit.action(j.storeCode, ENTITY, j.id, action, d);
        publish(j, action, from);
    }

    void publish(WorkshopJob j, String action, JobStatus from) {
        changed.fire(new WorkshopJobChanged(j.storeCode, j.id, j.repairOrderId, action, from, j.status, j.technicianId, j.bayId));
    }
}
