package com.fours.dms.repairorder;

import com.fours.dms.repairorder.api.RepairOrderApi.*;
import com.fours.dms.repairorder.api.RepairOrderApiLineRequestBuilder;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.store.EstimateSettings;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The estimate before the signature (R-CHK-3..8): lines, canned jobs, diagnosis consent and the promised delivery time. */
@ApplicationScoped
public class EstimateService {
    @Inject
    StoreService stores;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    com.fours.dms.workshop.WorkshopLoad capacity;

    @Inject
    RepairOrderChanges changes;

    @Inject
    CatalogueLines catalogue;

    @Inject
    RepairOrderFindings findings;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    com.fours.dms.shared.audit.AuditLog audit;

    @Transactional
    public View addLine(String store, UUID id, long expected, LineRequest req) {
        RepairOrder o = loadForChange(store, id, expected);
        return saved(o, newLine(o, req), "line-added");
    }

    /** A line just added, with what the audit entry says about it. */
    record AddedLine(RepairOrderLine line, long versionBefore, boolean reopened) {}

    /** Adds a line to the estimate (back to DRAFT if it was awaiting the signature, R-CHK-9), priced with the store's current rates. */
    AddedLine newLine(RepairOrder o, LineRequest req) {
        long before = o.version;
        boolean reopened = o.reviseEstimate(clock.instant());
        reprice(o);
        RepairOrderLine l = new RepairOrderLine();
        l.id = Ids.newId(clock);
        l.order = o;
        l.createdAt = clock.instant();
        apply(l, req, o);
        o.lines.add(l);
        l.persist();
        return new AddedLine(l, before, reopened);
    }

    /** The lines an order is opened with (a walk-in created with its estimate in one call), each audited as line-added. */
    View addOpeningLines(RepairOrder o, List<LineRequest> lines) {
        View v = null;
        for (LineRequest l : lines) {
            v = saved(o, newLine(o, l), "line-added");
        }
        return v;
    }

    View saved(RepairOrder o, AddedLine added, String action) {
        return saved(o, added.versionBefore(), action, lineDetails(added.line(), added.reopened()));
    }

    /** A DRAFT takes the store's current VAT, labour rate and margin until it is submitted for signature (frozen from then on, R-CHK-9). */
    void reprice(RepairOrder o) {
        EstimateSettings s = stores.estimateSettings(o.storeCode);
        o.reprice(s.currency(), s.taxRatePercent(), s.labourRate(), s.symptomRiskMarginPercent());
    }

    /**
     * Issue 7 point 4: the manager changed the store's rates, so every DRAFT of the store takes
     * them now, written and audited as a change of that order (its ETag moves). Repricing when the
     * rates change, not on every read: a change of rates is rare and a store has few drafts, while
     * orders are read all day; every reader (the order, the list, the service card, a later
     * settlement) then sees the rates the draft is really priced with, and a read never answers
     * something other than what is stored under its ETag. Orders submitted for signature keep the
     * rates the customer was shown (R-CHK-9).
     */
    void onPriceRatesChanged(@jakarta.enterprise.event.Observes com.fours.dms.store.PriceRatesChanged e) {
        com.fours.dms.store.PriceRates r = e.after();
        List<RepairOrder> drafts = em.createQuery(
                        "select distinct o from RepairOrder o left join fetch o.lines where o.storeCode = ?1 and o.status = ?2", RepairOrder.class)
                .setParameter(1, e.storeCode()).setParameter(2, RepairOrderStatus.DRAFT).getResultList();
        for (RepairOrder o : drafts) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("taxRatePercent", Map.of("from", o.taxRatePercent, "to", r.taxRatePercent()));
            d.put("labourRate", Map.of("from", o.labourRate, "to", r.labourRate()));
            d.put("symptomRiskMarginPercent", Map.of("from", o.symptomRiskMarginPercent, "to", r.symptomRiskMarginPercent()));
            if (o.reprice(r.currency(), r.taxRatePercent(), r.labourRate(), r.symptomRiskMarginPercent())) {
                o.updatedAt = clock.instant();
                em.flush();
                audit.action(o.storeCode, RepairOrderChanges.ENTITY, o.id, "repriced", d);
            }
        }
    }

    @Transactional
    public View updateLine(String store, UUID id, UUID lineId, long expected, LineRequest req) {
        RepairOrder o = loadForChange(store, id, expected);
        long before = o.version;
        RepairOrderLine l = line(o, lineId);
        boolean reopened = o.reviseEstimate(clock.instant());
        if (l.kind != req.kind()) {
            throw ProblemException.validation(List.of(new Violation("kind", "cannot change the kind of a line; remove it and add a new one")));
        }
        reprice(o);
        apply(l, req, o);
        return saved(o, before, "line-changed", lineDetails(l, reopened));
    }

    @Transactional
    public View removeLine(String store, UUID id, UUID lineId, long expected) {
        RepairOrder o = loadForChange(store, id, expected);
        long before = o.version;
        RepairOrderLine l = line(o, lineId);
        boolean reopened = o.reviseEstimate(clock.instant());
        reprice(o);
        o.lines.remove(l);
        findings.lineRemoved(l);
        return saved(o, before, "line-removed", lineDetails(l, reopened));
    }

    /**
     * R-PRE-3: the customer declines one line (at signing, or while the estimate is drawn up): it
     * stays on the order out of the totals and of what is signed, and becomes a finding for the
     * next visit when the order is signed. Declining it again only changes the safety flag.
     */
    @Transactional
    public View declineLine(String store, UUID id, UUID lineId, long expected, LineDecisionRequest req) {
        return decideLine(store, id, lineId, expected, true, req != null && Boolean.TRUE.equals(req.safetyCritical()), "line-declined");
    }

    /** The customer takes a declined line back: it is priced and signed again. */
    @Transactional
    public View acceptLine(String store, UUID id, UUID lineId, long expected) {
        return decideLine(store, id, lineId, expected, false, false, "line-accepted");
    }

    private View decideLine(String store, UUID id, UUID lineId, long expected, boolean decline, boolean safetyCritical, String action) {
        RepairOrder o = loadForChange(store, id, expected);
        long before = o.version;
        RepairOrderLine l = line(o, lineId);
        boolean reopened = o.decideLine(l, decline, safetyCritical, clock.instant());
        if (reopened) {
            reprice(o);
        }
        Map<String, Object> d = lineDetails(l, reopened);
        d.put("safetyCritical", l.safetyCritical());
        return saved(o, before, action, d);
    }

    /** Adds the canned job's labour and part lines in one call (dealer-supplied parts). */
    @Transactional
    public View addCannedJob(String store, UUID id, long expected, AddCannedJobRequest req) {
        RepairOrder o = loadForChange(store, id, expected);
        CannedJob job = CannedJob.findById(req.cannedJobId());
        if (job == null || !job.storeCode.equals(store) || !job.active) {
            throw new ProblemException(422, "unknown-reference", "Unknown reference", "No active canned job " + req.cannedJobId() + " in store " + store,
                    List.of(new Violation("cannedJobId", "no such active canned job in this store")), null);
        }
        long before = o.version;
        boolean reopened = o.reviseEstimate(clock.instant());
        reprice(o);
        for (CannedJob.Line c : job.lines) {
            RepairOrderLine l = new RepairOrderLine();
            l.id = Ids.newId(clock);
            l.order = o;
            l.createdAt = clock.instant();
            l.cannedJobId = job.id;
            apply(l, RepairOrderApiLineRequestBuilder.builder()
                    .kind(c.kind).payType(req.payType()).description(c.description).operationCode(c.operationCode)
                    .hours(c.hours).pricingMode(c.pricingMode).team(c.team).diagnosis(false).customerInformed(c.pricingMode == PricingMode.ITEM)
                    .partNumber(c.partNumber).quantity(c.quantity).unitPrice(c.cataloguePartId == null ? c.unitPrice : null)
                    .supplier(c.kind == LineKind.PART ? PartSupplier.DEALER : null).grade(c.grade).criticalSystem(c.criticalSystem)
                    // Issue 8: a line from the catalogue is priced by it now (list price; the vehicle's model-family hours).
                    .cataloguePartId(c.cataloguePartId).catalogueOperationId(c.catalogueOperationId)
                    .hours(c.catalogueOperationId == null ? c.hours : null)
                    .build(), o);
            o.lines.add(l);
            l.persist();
        }
        return saved(o, before, "canned-job-added", Map.of("cannedJobId", job.id.toString(), "code", job.code, "lines", job.lines.size(),
                "payType", req.payType().name(), "backToDraft", reopened));
    }

    /** R-CHK-3: the customer's consent to diagnosis, recorded now by the caller. */
    @Transactional
    public View recordDiagnosisConsent(String store, UUID id, long expected, ConsentRequest req) {
        RepairOrder o = loadForChange(store, id, expected);
        long before = o.version;
        o.recordDiagnosisConsent(req.givenBy().strip(), req.channel(), clock.instant(), user.username());
        return saved(o, before, "diagnosis-consent-recorded", Map.of("givenBy", o.consentGivenBy, "channel", o.consentChannel.name()));
    }

    /** R-CHK-8: null takes the suggestion; a time is the advisor's override (not in the past). */
    @Transactional
    public View promiseDelivery(String store, UUID id, long expected, PromisedDeliveryRequest req) {
        RepairOrder o = loadForChange(store, id, expected);
        long before = o.version;
        Instant now = clock.instant();
        if (req.promisedAt() != null && !req.promisedAt().isAfter(now)) {
            throw ProblemException.validation(List.of(new Violation("promisedAt", "must be in the future")));
        }
        Instant at;
        if (req.promisedAt() != null) {
            at = req.promisedAt();
            o.promiseDelivery(at, "ADVISOR", now);
        } else {
            at = promiseSuggested(o, now);
        }
        return saved(o, before, "delivery-promised", Map.of("promisedDeliveryAt", at.toString(), "source", o.promisedDeliverySource));
    }

    Instant promiseSuggested(RepairOrder o, Instant now) {
        PromisedDeliveryPolicy.Suggestion s = suggestDelivery(o);
        o.promiseDelivery(s.at(), "SUGGESTED", now);
        o.promisedDeliveryReason = s.reasons().isEmpty() ? null : String.join(",", s.reasons().stream().map(Enum::name).toList());
        return s.at();
    }

    PromisedDeliveryPolicy.Suggestion suggestDelivery(RepairOrder o) {
        EstimateSettings s = stores.estimateSettings(o.storeCode);
        Instant now = clock.instant();
        BigDecimal hours = o.acceptedLines().stream().filter(l -> l.kind == LineKind.JOB).map(l -> l.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        Instant parts = o.acceptedLines().stream().filter(l -> l.kind == LineKind.PART).map(l -> l.partsAvailableAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return PromisedDeliveryPolicy.suggest(now, hours, s.deliveryMarginMinutes(), s.cashierRushStart(), s.cashierRushEnd(), s.calendar(),
                workshopFreeAt(o, now), parts);
    }

    /** R-CHK-8: the first slot on the store's grid at which a bay of the order's bay type is free for its labour, counting bookings and cars in the shop. */
    Instant workshopFreeAt(RepairOrder o, Instant now) {
        return capacity.firstFree(o.storeCode, WorkshopBooking.bayType(o).name(), WorkshopBooking.labourMinutes(o), now);
    }

    private static RepairOrderLine line(RepairOrder o, UUID lineId) {
        return o.lines.stream().filter(l -> l.id.equals(lineId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Repair order line", lineId));
    }

    private RepairOrder loadForChange(String store, UUID id, long expected) {
        return changes.loadForChange(store, id, expected);
    }

    private View saved(RepairOrder o, long before, String action, Map<String, ?> details) {
        return changes.saved(o, before, action, details);
    }

    private static Map<String, Object> lineDetails(RepairOrderLine l, boolean reopened) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("lineId", l.id.toString());
        d.put("kind", l.kind.name());
        d.put("payType", l.payType.name());
        d.put("description", l.description);
        d.put("backToDraft", reopened);
        return d;
    }

    /** Copies a line request onto a line, checking what each kind needs (400) and the rules R-CHK-3, R-CHK-4 (409). */
    void apply(RepairOrderLine l, LineRequest r, RepairOrder o) {
        List<Violation> v = new ArrayList<>();
        l.kind = r.kind();
        l.payType = r.payType();
        l.description = blankToNull(r.description());
        l.operationCode = null;
        l.hours = null;
        l.labourRate = null;
        l.pricingMode = null;
        l.team = null;
        l.diagnosis = false;
        l.customerInformed = false;
        l.disassemblyNote = null;
        l.partNumber = null;
        l.quantity = null;
        l.unitPrice = null;
        l.supplier = null;
        l.grade = null;
        l.criticalSystem = false;
        l.feeType = null;
        l.feeAmount = null;
        l.partsAvailableAt = null;
        l.cataloguePartId = null;
        l.catalogueOperationId = null;
        l.catalogueUnitPrice = null;
        l.catalogueHours = null;
        l.priceOverrideReason = null;
        l.vehicleSystem = null;
        switch (r.kind()) {
            case JOB -> {
                l.operationCode = blankToNull(r.operationCode());
                l.hours = r.hours();
                l.team = r.team();
                if (r.catalogueOperationId() != null) {
                    catalogue.pickOperation(l, r, o);
                }
                need(v, "description", l.description);
                need(v, "hours", l.hours);
                l.labourRate = o.labourRate;
                l.pricingMode = r.pricingMode() == null ? PricingMode.SYSTEM : r.pricingMode();
                l.team = l.team == null ? WorkshopTeam.MECHANICAL : l.team;
                l.diagnosis = Boolean.TRUE.equals(r.diagnosis());
                l.customerInformed = Boolean.TRUE.equals(r.customerInformed());
                l.disassemblyNote = blankToNull(r.disassemblyNote());
            }
            case PART -> {
                l.partNumber = blankToNull(r.partNumber());
                l.quantity = r.quantity();
                l.unitPrice = r.unitPrice();
                l.supplier = r.supplier();
                l.grade = r.grade();
                l.criticalSystem = Boolean.TRUE.equals(r.criticalSystem());
                l.partsAvailableAt = r.partsAvailableAt();
                if (r.cataloguePartId() != null) {
                    catalogue.pickPart(l, r, o);
                }
                need(v, "partNumber", l.partNumber);
                need(v, "description", l.description);
                need(v, "quantity", l.quantity);
                need(v, "unitPrice", l.unitPrice);
                need(v, "supplier", l.supplier);
                need(v, "grade", l.grade);
            }
            case FEE -> {
                need(v, "feeType", r.feeType());
                need(v, "amount", r.amount());
                l.feeType = r.feeType();
                l.feeAmount = r.amount();
                if (l.description == null && r.feeType() != null) {
                    l.description = r.feeType() == FeeType.DIAGNOSIS ? "诊断费" : "估价费";
                }
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        if (l.needsDiagnosisConsent() && !o.hasDiagnosisConsent()) {
            throw ProblemException.rule("R-CHK-3", "Record the customer's consent to diagnosis before adding a diagnosis job or fee");
        }
        if (l.kind == LineKind.JOB && l.pricingMode == PricingMode.ITEM && !l.customerInformed) {
            throw ProblemException.rule("R-CHK-4", "Item pricing does not guarantee quality: tell the customer and set customerInformed");
        }
    }

    private static void need(List<Violation> v, String field, Object value) {
        if (value == null) {
            v.add(new Violation(field, "is required for this kind of line"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
