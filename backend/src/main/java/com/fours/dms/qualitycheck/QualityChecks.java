package com.fours.dms.qualitycheck;

import com.fours.dms.dispatch.Foremen;
import com.fours.dms.dispatch.JobStatus;
import com.fours.dms.dispatch.WorkshopJobs;
import com.fours.dms.dispatch.WorkshopJobs.JobSummary;
import com.fours.dms.qualitycheck.InspectionPolicy.Requirement;
import com.fours.dms.qualitycheck.api.QualityCheckApi.*;
import com.fours.dms.repairorder.QualityCheckOrders;
import com.fours.dms.repairorder.QualityCheckOrders.JobFacts;
import com.fours.dms.repairorder.QualityCheckOrders.OrderHeader;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.SignaturePng;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.QualityCheckSettings;
import com.fours.dms.store.StoreService;
import com.fours.dms.workshop.WorkshopSetupService;
import com.fours.dms.workshop.api.WorkshopApi.TechnicianView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The quality check of workshop jobs (R-QC-1, R-QC-2, R-REP-6): the technician signs each finished
 * job off with a self-check; a job the store's scope requires goes to an inspector, who inspects it
 * (checklist, road test for a safety-related job, signature) and passes it or sends it back to its
 * technician with the reason; other jobs pass on the self-check. Jobs move through
 * {@link WorkshopJobs}; this context owns the signed records.
 */
@ApplicationScoped
public class QualityChecks {
    static final String ENTITY = "workshop-job";
    static final int QUEUE_LIMIT = 200;

    @Inject
    WorkshopJobs jobs;

    @Inject
    Foremen people;

    @Inject
    Inspectors inspectors;

    @Inject
    QualityCheckOrders orders;

    @Inject
    StoreService stores;

    @Inject
    WorkshopSetupService setup;

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<QualityChecked> checked;

    public ChecklistsView checklists() {
        return new ChecklistsView(Checklists.SELF_CHECK, Checklists.FINAL_INSPECTION);
    }

    /** R-QC-1 / R-REP-6: the job's own technician signs the finished job off; it passes at once unless the store's scope wants an inspector. */
    @Transactional
    public JobQualityCheck selfCheck(String store, UUID jobId, SelfCheckRequest r) {
        access.require(store);
        TechnicianView me = people.me(store);
        JobSummary job = jobs.summary(store, jobId);
        if (!me.id().equals(job.technicianId())) {
            throw ProblemException.rule("R-REP-6", "Only the technician who did the job signs it off; it is " + job.technicianId() + "'s");
        }
        List<ChecklistItem> items = Checklists.answered(Checklists.SELF_CHECK, r.checklist());
        List<String> notOk = Checklists.notOk(items);
        if (!notOk.isEmpty()) {
            throw ProblemException.rule("R-QC-1", "Not in order: " + notOk + "; put them right (clock on again) before signing the job off");
        }
        byte[] png = SignaturePng.decode(r.signaturePng(), "signaturePng");
        Requirement req = requirement(store, job);
        jobs.sendToQualityCheck(store, jobId, Map.of("round", job.reworkCount(), "inspectionRequired", req.inspection(), "why", req.reason()));
        QcSelfCheck s = new QcSelfCheck();
        s.id = Ids.newId(clock);
        s.storeCode = store;
        s.jobId = jobId;
        s.repairOrderId = job.repairOrderId();
        s.round = job.reworkCount();
        s.technicianId = me.id();
        s.checklist = items;
        s.notes = blankToNull(r.notes());
        s.signaturePng = png;
        s.signedBy = user.username();
        s.signedAt = clock.instant();
        s.inspectionRequired = req.inspection();
        s.requirementReason = req.reason();
        s.persist();
        audit.action(store, ENTITY, jobId, "self-check-signed", Map.of("round", s.round, "selfCheckId", s.id.toString(), "inspectionRequired", req.inspection()));
        if (!req.inspection()) {
            jobs.passQualityCheck(store, jobId, Map.of("round", s.round, "on", "self-check", "why", req.reason()));
            checked.fire(new QualityChecked(store, jobId, job.repairOrderId(), s.round, InspectionResult.PASSED, null, req.reason()));
        }
        return view(store, jobs.summary(store, jobId));
    }

    /** R-QC-1 / R-QC-2: an inspector (not the job's technician) passes the job or sends it back to its technician with the reason. */
    @Transactional
    public JobQualityCheck inspect(String store, UUID jobId, InspectionRequest r) {
        access.require(store);
        TechnicianView me = people.me(store);
        if (!inspectors.isInspector(store, me.id())) {
            throw new ProblemException(403, "inspector-only", "Inspectors only",
                    "Only a technician the service manager made an inspector inspects jobs (R-QC-1); " + me.name() + " is not one");
        }
        JobSummary job = jobs.summary(store, jobId);
        if (job.status() != JobStatus.IN_QC) {
            throw ProblemException.rule("R-QC-1", "The job is " + job.status() + "; only a job its technician signed off (IN_QC) is inspected");
        }
        if (me.id().equals(job.technicianId()) || me.id().equals(job.doneByTechnicianId())) {
            throw ProblemException.rule("R-QC-1", "An inspector inspects another technician's work, not their own");
        }
        Requirement req = requirement(store, job);
        List<ChecklistItem> items = Checklists.answered(Checklists.FINAL_INSPECTION, r.checklist());
        List<Violation> v = new ArrayList<>();
        String reason = blankToNull(r.reason());
        RoadTest road = r.roadTest();
        if (road != null && road.kmAfter() < road.kmBefore()) {
            v.add(new Violation("roadTest.kmAfter", "is below kmBefore (" + road.kmBefore() + ")"));
        }
        if (r.result() == InspectionResult.PASSED) {
            List<String> notOk = Checklists.notOk(items);
            if (!notOk.isEmpty()) {
                v.add(new Violation("checklist", "PASSED needs every point in order; not in order: " + notOk + " (fail the job with a reason instead)"));
            }
            if (req.roadTest() && road == null) {
                v.add(new Violation("roadTest", "a safety-related job is road-tested before it passes (R-QC-1)"));
            }
            if (road != null && road.result() != RoadTestResult.OK) {
                v.add(new Violation("roadTest.result", "a job whose road test was not OK cannot pass"));
            }
        } else if (reason == null) {
            v.add(new Violation("reason", "say what the technician must put right (R-QC-2)"));
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        byte[] png = SignaturePng.decode(r.signaturePng(), "signaturePng");
        QcInspection i = new QcInspection();
        i.id = Ids.newId(clock);
        i.storeCode = store;
        i.jobId = jobId;
        i.repairOrderId = job.repairOrderId();
        i.round = job.reworkCount();
        i.inspectorId = me.id();
        i.workedById = job.technicianId();
        i.result = r.result();
        i.checklist = items;
        i.reason = reason;
        if (road != null) {
            i.roadTestKmBefore = road.kmBefore();
            i.roadTestKmAfter = road.kmAfter();
            i.roadTestResult = road.result();
            i.roadTestNotes = blankToNull(road.notes());
        }
        i.signaturePng = png;
        i.signedBy = user.username();
        i.signedAt = clock.instant();
        i.persist();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("round", i.round);
        details.put("inspectionId", i.id.toString());
        details.put("inspector", me.name());
        if (i.result == InspectionResult.PASSED) {
            jobs.passQualityCheck(store, jobId, details);
        } else {
            jobs.failQualityCheck(store, jobId, reason);
            orders.backToWork(store, job.repairOrderId(), job.description(), reason);
        }
        audit.action(store, ENTITY, jobId, "inspected", Map.of("round", i.round, "result", i.result.name(), "inspectionId", i.id.toString()));
        checked.fire(new QualityChecked(store, jobId, job.repairOrderId(), i.round, i.result, me.id(), reason));
        return view(store, jobs.summary(store, jobId));
    }

    public JobQualityCheck job(String store, UUID jobId) {
        access.require(store);
        return view(store, jobs.summary(store, jobId));
    }

    /** The jobs waiting for the final inspection, oldest first. */
    public List<JobQualityCheck> awaitingInspection(String store) {
        access.require(store);
        return views(store, jobs.inStatus(store, JobStatus.IN_QC, null, QUEUE_LIMIT));
    }

    /** The signed-in technician's finished jobs still to sign off. */
    public List<JobQualityCheck> mySelfChecks(String store) {
        access.require(store);
        TechnicianView me = people.me(store);
        return views(store, jobs.inStatus(store, JobStatus.DONE, me.id(), QUEUE_LIMIT));
    }

    Requirement requirement(String store, JobSummary job) {
        return InspectionPolicy.of(stores.qualityCheckSettings(store), orders.jobFacts(store, job.repairOrderId(), job.repairOrderLineId()));
    }

    /** Whether each of these jobs needs the inspector, by job id: the store's settings once, each order's lines once. */
    Map<UUID, Requirement> requirements(String store, List<JobSummary> list) {
        QualityCheckSettings settings = stores.qualityCheckSettings(store);
        Map<UUID, Map<UUID, JobFacts>> facts = new HashMap<>();
        Map<UUID, Requirement> out = new HashMap<>();
        for (JobSummary j : list) {
            JobFacts f = facts.computeIfAbsent(j.repairOrderId(), id -> orders.jobFacts(store, id)).get(j.repairOrderLineId());
            if (f == null) {
                throw ProblemException.notFound("Repair order line", j.repairOrderLineId());
            }
            out.put(j.id(), InspectionPolicy.of(settings, f));
        }
        return out;
    }

    JobQualityCheck view(String store, JobSummary job) {
        return views(store, List.of(job)).getFirst();
    }

    /**
     * The quality-check views of these jobs, in their order. Everything they share is read once:
     * the technicians, the caller's technician and inspector permission, the settings; the signed
     * records of all the jobs in one query each; the order headers and lines once per order.
     */
    List<JobQualityCheck> views(String store, List<JobSummary> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = list.stream().map(JobSummary::id).toList();
        Map<UUID, OrderHeader> headers = new HashMap<>();
        Map<UUID, Requirement> reqs = requirements(store, list);
        Map<UUID, String> names = setup.techniciansOfStore(store).stream().collect(Collectors.toMap(TechnicianView::id, TechnicianView::name));
        Map<UUID, List<SelfCheckView>> selfChecks = QcSelfCheck.<QcSelfCheck>list("jobId in ?1 order by round", ids).stream()
                .collect(Collectors.groupingBy(s -> s.jobId, Collectors.mapping(
                        s -> new SelfCheckView(s.id, s.round, s.technicianId, names.get(s.technicianId), s.checklist, s.notes, s.signedBy, s.signedAt),
                        Collectors.toList())));
        Map<UUID, List<InspectionView>> inspections = QcInspection.<QcInspection>list("jobId in ?1 order by round", ids).stream()
                .collect(Collectors.groupingBy(i -> i.jobId, Collectors.mapping(i -> inspectionView(i, names), Collectors.toList())));
        Optional<TechnicianView> me = setup.technicianByUsername(store, user.username());
        boolean inspector = me.isPresent() && inspectors.isInspector(store, me.get().id());
        List<JobQualityCheck> out = new ArrayList<>(list.size());
        for (JobSummary job : list) {
            OrderHeader o = headers.computeIfAbsent(job.repairOrderId(), id -> orders.header(store, id));
            Requirement req = reqs.get(job.id());
            List<String> actions = new ArrayList<>();
            boolean own = me.isPresent() && me.get().id().equals(job.technicianId());
            if (job.status() == JobStatus.DONE && own) {
                actions.add("self-check");
            }
            if (job.status() == JobStatus.IN_QC && me.isPresent() && !own && inspector) {
                actions.add("inspect");
            }
            out.add(new JobQualityCheck(job.id(), job.repairOrderId(), o.number(), o.plate(), o.model(), o.odometerKm(), job.description(), job.status(),
                    job.technicianId(), job.technicianId() == null ? null : names.get(job.technicianId()), job.soldHours(), req.inspection(), req.reason(),
                    req.roadTest(), job.reworkCount(), selfChecks.getOrDefault(job.id(), List.of()), inspections.getOrDefault(job.id(), List.of()),
                    actions, job.version()));
        }
        return out;
    }

    static InspectionView inspectionView(QcInspection i, Map<UUID, String> names) {
        RoadTest road = i.roadTestResult == null ? null : new RoadTest(i.roadTestKmBefore, i.roadTestKmAfter, i.roadTestResult, i.roadTestNotes);
        return new InspectionView(i.id, i.round, i.result, i.inspectorId, names.get(i.inspectorId), i.checklist, i.reason, road, i.signedBy, i.signedAt);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
