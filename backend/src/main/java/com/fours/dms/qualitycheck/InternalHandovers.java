package com.fours.dms.qualitycheck;

import com.fours.dms.dispatch.JobStatus;
import com.fours.dms.dispatch.WorkshopJobs;
import com.fours.dms.dispatch.WorkshopJobs.JobSummary;
import com.fours.dms.followup.NewTask;
import com.fours.dms.followup.TaskService;
import com.fours.dms.qualitycheck.InspectionPolicy.Requirement;
import com.fours.dms.qualitycheck.api.QualityCheckApi.*;
import com.fours.dms.repairorder.PayType;
import com.fours.dms.repairorder.QualityCheckOrders;
import com.fours.dms.repairorder.QualityCheckOrders.FoundNotFixed;
import com.fours.dms.repairorder.QualityCheckOrders.OrderHeader;
import com.fours.dms.repairorder.QualityCheckOrders.ReplacedPart;
import com.fours.dms.repairorder.RepairOrderStatus;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.SignaturePng;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.workshop.WorkshopSetupService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The order's internal hand-over (R-REP-5, R-QC-3, R-QC-4): the old part of every replaced part is
 * recorded (kept for the customer unless warranty returns it), the advisor signs the visit's
 * found-not-fixed list, and once every job passed its quality check the car, cleaned and parked, is
 * ready for delivery and its advisor is briefed with a task.
 */
@ApplicationScoped
public class InternalHandovers {
    static final String ENTITY = "repair-order";
    /** While the workshop has the car: parts and findings can be recorded. */
    static final Set<RepairOrderStatus> IN_WORKSHOP = EnumSet.of(RepairOrderStatus.OPEN, RepairOrderStatus.IN_PROGRESS, RepairOrderStatus.QUALITY_CHECK);

    @Inject
    EntityManager em;

    @Inject
    QualityCheckOrders orders;

    @Inject
    WorkshopJobs jobs;

    @Inject
    QualityChecks checks;

    @Inject
    WorkshopSetupService setup;

    @Inject
    TaskService tasks;

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public OrderQualityCheck view(String store, UUID orderId) {
        OrderHeader o = orders.header(store, orderId);
        return view(store, o);
    }

    /** The advisor's signature image (PNG) under the order's found-not-fixed list, with a strong ETag. */
    public record FindingsSignature(byte[] png, String etag) {}

    /** R-QC-3: the advisor's latest signature under the found-not-fixed list; 404 while nobody signed it. */
    public FindingsSignature findingsSignature(String store, UUID orderId) {
        orders.header(store, orderId);
        QcInternalHandover h = QcInternalHandover.findById(orderId);
        if (h == null || h.findingsSignaturePng == null || h.findingsSignedAt == null) {
            throw ProblemException.notFound("Found-not-fixed signature of repair order", orderId);
        }
        return new FindingsSignature(h.findingsSignaturePng, "\"fnf-" + orderId + "-" + h.findingsSignedAt.toEpochMilli() + "\"");
    }

    /** The orders in the quality check whose jobs all passed: waiting for the internal hand-over. */
    public List<OrderQualityCheck> awaitingHandover(String store) {
        return orders.inQualityCheck(store, QualityChecks.QUEUE_LIMIT).stream().map(id -> view(store, orders.header(store, id)))
                .filter(v -> !v.missing().contains("JOBS_NOT_PASSED")).toList();
    }

    /** R-REP-5: what happens to each replaced part's old part; a warranty return only for a warranty-paid part. */
    @Transactional
    public OrderQualityCheck recordOldParts(String store, UUID orderId, OldPartsRequest r) {
        OrderHeader o = orders.header(store, orderId);
        requireInWorkshop(o, "R-REP-5", "record old parts");
        Map<UUID, ReplacedPart> parts = orders.replacedParts(store, orderId).stream().collect(Collectors.toMap(ReplacedPart::lineId, p -> p));
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < r.parts().size(); i++) {
            OldPartRequest p = r.parts().get(i);
            ReplacedPart part = parts.get(p.lineId());
            if (part == null) {
                v.add(new Violation("parts[" + i + "].lineId", "is not a replaced part of this order"));
            } else if (p.disposition() == OldPartDisposition.WARRANTY_RETURN && part.payType() != PayType.WARRANTY) {
                v.add(new Violation("parts[" + i + "].disposition", "only a warranty-paid part goes back under warranty (R-REP-5); this one is " + part.payType()));
            } else if (p.disposition() == OldPartDisposition.DISCARDED_AT_CUSTOMER_REQUEST && QualityChecks.blankToNull(p.note()) == null) {
                v.add(new Violation("parts[" + i + "].note", "say when and how the customer said the old part may be discarded"));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        for (OldPartRequest p : r.parts()) {
            QcOldPart.Key key = new QcOldPart.Key(orderId, p.lineId());
            QcOldPart row = QcOldPart.findById(key);
            boolean fresh = row == null;
            if (fresh) {
                row = new QcOldPart();
                row.key = key;
                row.storeCode = store;
            }
            row.disposition = p.disposition();
            row.location = QualityChecks.blankToNull(p.location());
            row.note = QualityChecks.blankToNull(p.note());
            row.recordedBy = user.username();
            row.recordedAt = clock.instant();
            if (fresh) {
                row.persist();
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("lineId", p.lineId().toString());
            d.put("part", parts.get(p.lineId()).description());
            d.put("disposition", p.disposition().name());
            d.put("location", row.location);
            d.put("note", row.note);
            audit.action(store, ENTITY, orderId, "old-part-recorded", d);
        }
        em.flush();
        return view(store, o);
    }

    /** R-QC-3: the advisor signs the visit's found-not-fixed list as it reads now. */
    @Transactional
    public OrderQualityCheck signFindings(String store, UUID orderId, FindingsSignatureRequest r) {
        OrderHeader o = orders.header(store, orderId);
        requireInWorkshop(o, "R-QC-3", "sign the found-not-fixed list");
        List<FoundNotFixed> findings = orders.foundNotFixed(store, orderId);
        if (findings.isEmpty()) {
            throw ProblemException.rule("R-QC-3", "Nothing was found and left unfixed on this visit: there is no list to sign");
        }
        byte[] png = SignaturePng.decode(r.signaturePng(), "signaturePng");
        QcInternalHandover h = handover(store, orderId);
        h.findingsSignedText = text(findings);
        h.findingsSignaturePng = png;
        h.findingsSignedBy = user.username();
        h.findingsSignedAt = clock.instant();
        em.flush();
        audit.action(store, ENTITY, orderId, "found-not-fixed-signed", Map.of("items", findings.size(), "text", h.findingsSignedText));
        return view(store, o);
    }

    /**
     * R-QC-4: the car is cleaned and parked: with every job passed (R-QC-1), every old part recorded
     * (R-REP-5) and the found-not-fixed list signed (R-QC-3), the order is READY_FOR_DELIVERY and its
     * advisor gets a task with the parking spot. Requires the order's version (If-Match).
     */
    @Transactional
    public OrderQualityCheck handOver(String store, UUID orderId, long expected, InternalHandoverRequest r) {
        OrderHeader o = orders.header(store, orderId);
        if (!Boolean.TRUE.equals(r.cleaned())) {
            throw ProblemException.validation(List.of(new Violation("cleaned", "the car is cleaned before it is handed to the advisor (R-QC-4)")));
        }
        OrderQualityCheck before = view(store, o);
        if (!before.missing().isEmpty()) {
            throw new ProblemException(409, "R-QC-4", "Not ready for delivery", "Still missing: " + String.join(", ", before.missing())
                    + " (jobs passed R-QC-1, old parts recorded R-REP-5, found-not-fixed signed R-QC-3)", List.of(), null);
        }
        String spot = r.parkingSpot().strip();
        OrderHeader after = orders.readyForDelivery(store, orderId, expected, spot);
        QcInternalHandover h = handover(store, orderId);
        h.cleaned = true;
        h.parkingSpot = spot;
        h.briefingNote = QualityChecks.blankToNull(r.briefingNote());
        h.readyBy = user.username();
        h.readyAt = clock.instant();
        em.flush();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("parkingSpot", spot);
        d.put("briefingNote", h.briefingNote);
        audit.action(store, ENTITY, orderId, "internal-handover", d);
        String advisor = after.advisorId() == null ? null : setup.advisorLogins(List.of(after.advisorId())).get(after.advisorId());
        NewTask t = NewTask.readyForDelivery(store, orderId, after.customerId(), after.vehicleId(), after.number(), after.plate(), spot,
                after.promisedDeliveryAt(), clock.instant(), user.username());
        tasks.open(advisor == null ? t : t.assignedTo(advisor));
        return view(store, after);
    }

    private OrderQualityCheck view(String store, OrderHeader o) {
        List<OrderJob> orderJobs = new ArrayList<>();
        boolean allPassed = true;
        List<JobSummary> ofOrder = jobs.jobsOf(store, o.id());
        // One query for the latest inspection of every job of the order, one for its lines (not one per job).
        Map<UUID, InspectionResult> last = new HashMap<>();
        if (!ofOrder.isEmpty()) {
            for (QcInspection i : QcInspection.<QcInspection>list("jobId in ?1 order by round", ofOrder.stream().map(JobSummary::id).toList())) {
                last.put(i.jobId, i.result);
            }
        }
        Map<UUID, Requirement> reqs = checks.requirements(store, ofOrder);
        for (JobSummary j : ofOrder) {
            orderJobs.add(new OrderJob(j.id(), j.description(), j.status(), reqs.get(j.id()).inspection(), j.reworkCount(), last.get(j.id())));
            allPassed &= j.status() == JobStatus.PASSED;
        }
        Map<UUID, QcOldPart> recorded = QcOldPart.<QcOldPart>list("key.repairOrderId", o.id()).stream().collect(Collectors.toMap(p -> p.key.lineId(), p -> p));
        List<ReplacedPartView> parts = orders.replacedParts(store, o.id()).stream().map(p -> {
            QcOldPart r = recorded.get(p.lineId());
            return new ReplacedPartView(p.lineId(), p.partNumber(), p.description(), p.quantity(), p.payType(), r == null ? null : r.disposition,
                    r == null ? null : r.location, r == null ? null : r.note, r == null ? null : r.recordedBy, r == null ? null : r.recordedAt);
        }).toList();
        List<FoundNotFixed> findings = orders.foundNotFixed(store, o.id());
        QcInternalHandover h = QcInternalHandover.findById(o.id());
        boolean signed = findings.isEmpty() || (h != null && h.findingsSignedFor(text(findings)));
        List<String> missing = new ArrayList<>();
        if (o.status() != RepairOrderStatus.QUALITY_CHECK && o.status() != RepairOrderStatus.READY_FOR_DELIVERY) {
            missing.add("NOT_IN_QUALITY_CHECK");
        }
        if (o.status() != RepairOrderStatus.READY_FOR_DELIVERY) {
            if (!allPassed || orderJobs.isEmpty()) {
                missing.add("JOBS_NOT_PASSED");
            }
            if (parts.stream().anyMatch(p -> p.disposition() == null)) {
                missing.add("OLD_PARTS_NOT_RECORDED");
            }
            if (!signed) {
                missing.add("FINDINGS_NOT_SIGNED");
            }
        }
        return new OrderQualityCheck(o.id(), o.number(), o.plate(), o.status(), orderJobs, parts,
                findings.stream().map(f -> new FoundNotFixedView(f.id(), f.description(), f.safetyCritical())).toList(),
                signed && h != null ? h.findingsSignedAt : null, signed && h != null ? h.findingsSignedBy : null,
                h == null ? null : h.cleaned, h == null ? null : h.parkingSpot, h == null ? null : h.briefingNote,
                h == null ? null : h.readyAt, h == null ? null : h.readyBy, missing, o.version());
    }

    private QcInternalHandover handover(String store, UUID orderId) {
        QcInternalHandover h = em.find(QcInternalHandover.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (h == null) {
            h = new QcInternalHandover();
            h.repairOrderId = orderId;
            h.storeCode = store;
            h.persist();
        }
        return h;
    }

    private static void requireInWorkshop(OrderHeader o, String rule, String action) {
        if (!IN_WORKSHOP.contains(o.status())) {
            throw ProblemException.rule(rule, "The order is " + o.status() + "; cannot " + action + " once the car left the workshop");
        }
    }

    /** The list as the advisor signs it: one item per line, safety-critical ones marked. */
    static String text(List<FoundNotFixed> findings) {
        return findings.stream().map(f -> (f.safetyCritical() ? "[安全] " : "") + f.description()).collect(Collectors.joining("\n"));
    }
}
