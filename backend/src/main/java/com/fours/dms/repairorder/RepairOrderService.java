package com.fours.dms.repairorder;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.repairorder.api.RepairOrderApi;
import com.fours.dms.repairorder.api.RepairOrderApi.*;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.store.EstimateSettings;
import com.fours.dms.store.StoreAccess;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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

/** The repair order and its estimate (R-CHK-3..10): the advisor's side, from the walk-in or prepared draft to the handover. */
@ApplicationScoped
public class RepairOrderService {
    private static final String ENTITY = "repair-order";

    @Inject
    EntityManager em;

    @Inject
    StoreAccess access;

    @Inject
    StoreService stores;

    @Inject
    CustomerService customers;

    @Inject
    VehicleService vehicles;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    com.fours.dms.workshop.WorkshopLoad capacity;

    @Inject
    jakarta.enterprise.event.Event<RepairOrderSigned> signed;

    @Inject
    com.fours.dms.workshop.WorkshopSetupService workshop;

    @Inject
    jakarta.enterprise.event.Event<RepairOrderLeftShop> leftShop;

    // ---- create, read, list -----------------------------------------------------------------

    /** A walk-in order: no appointment, customer and vehicle of this store. */
    @Transactional
    public View create(String store, CreateRequest req) {
        access.require(store);
        customers.requireReference(store, req.customerId(), "customerId");
        VehicleService.Summary v = vehicles.reference(store, req.vehicleId(), "vehicleId");
        if (!v.ownerId().equals(req.customerId())) {
            throw new ProblemException(422, "unknown-reference", "Unknown reference", "Vehicle " + req.vehicleId() + " does not belong to customer " + req.customerId(),
                    List.of(new Violation("vehicleId", "does not belong to the customer")), null);
        }
        if (req.advisorId() != null && em.createNativeQuery("select 1 from service_advisor where id = ?1 and store_code = ?2 and active")
                .setParameter(1, req.advisorId()).setParameter(2, store).getResultList().isEmpty()) {
            throw new ProblemException(422, "unknown-reference", "Unknown reference", "No active advisor " + req.advisorId() + " in store " + store,
                    List.of(new Violation("advisorId", "no such active advisor in this store")), null);
        }
        EstimateSettings settings = stores.estimateSettings(store);
        RepairOrder o = new RepairOrder();
        o.id = Ids.newId(clock);
        o.storeCode = store;
        o.number = nextNumber(store);
        o.status = RepairOrderStatus.DRAFT;
        o.walkIn = true;
        o.customerId = req.customerId();
        o.vehicleId = req.vehicleId();
        o.advisorId = req.advisorId();
        o.requestedWork = req.requestedWork().strip();
        o.currency = settings.currency();
        o.taxRatePercent = settings.taxRatePercent();
        o.labourRate = settings.labourRate();
        o.symptomRiskMarginPercent = settings.symptomRiskMarginPercent();
        o.createdAt = clock.instant();
        o.updatedAt = o.createdAt;
        o.persistAndFlush();
        View view = view(o);
        audit.created(store, ENTITY, o.id, view);
        return view;
    }

    String nextNumber(String store) {
        long seq = ((Number) em.createNativeQuery("select nextval('repair_order_number_seq')").getSingleResult()).longValue();
        return "RO" + store + String.format("%07d", seq);
    }

    public View get(String store, UUID id) {
        return view(load(store, id));
    }

    public Page list(String store, RepairOrderStatus status, String cursor, Integer limit) {
        access.require(store);
        PageRequest page = PageRequest.of(cursor, limit);
        StringBuilder q = new StringBuilder("storeCode = :store");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("store", store);
        if (status != null) {
            q.append(" and status = :status");
            params.put("status", status);
        }
        if (page.after() != null) {
            q.append(" and id > :after");
            params.put("after", page.after());
        }
        List<RepairOrder> rows = RepairOrder.<RepairOrder>find(q + " order by id", params).page(0, page.limit() + 1).list();
        var p = page.page(rows, o -> o.id, o -> new Summary(o.id, o.number, o.status, o.customerId, o.vehicleId, o.appointmentId,
                o.requestedWork, o.promisedDeliveryAt, o.createdAt, o.version));
        return new Page(p.items(), p.nextCursor());
    }

    // ---- the estimate -----------------------------------------------------------------------

    @Transactional
    public View addLine(String store, UUID id, long expected, LineRequest req) {
        RepairOrder o = loadForChange(store, id, expected);
        long before = o.version;
        boolean reopened = o.reviseEstimate(clock.instant());
        RepairOrderLine l = new RepairOrderLine();
        l.id = Ids.newId(clock);
        l.order = o;
        l.createdAt = clock.instant();
        apply(l, req, o);
        o.lines.add(l);
        l.persist();
        return saved(o, before, "line-added", lineDetails(l, reopened));
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
        apply(l, req, o);
        return saved(o, before, "line-changed", lineDetails(l, reopened));
    }

    @Transactional
    public View removeLine(String store, UUID id, UUID lineId, long expected) {
        RepairOrder o = loadForChange(store, id, expected);
        long before = o.version;
        RepairOrderLine l = line(o, lineId);
        boolean reopened = o.reviseEstimate(clock.instant());
        o.lines.remove(l);
        return saved(o, before, "line-removed", lineDetails(l, reopened));
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
        for (CannedJob.Line c : job.lines) {
            RepairOrderLine l = new RepairOrderLine();
            l.id = Ids.newId(clock);
            l.order = o;
            l.createdAt = clock.instant();
            l.cannedJobId = job.id;
            apply(l, new LineRequest(c.kind, req.payType(), c.description, c.operationCode, c.hours, c.pricingMode, c.team, false,
                    c.pricingMode == PricingMode.ITEM, null, c.partNumber, c.quantity, c.unitPrice,
                    c.kind == LineKind.PART ? PartSupplier.DEALER : null, c.grade, c.criticalSystem, null, null, null), o);
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

    private Instant promiseSuggested(RepairOrder o, Instant now) {
        PromisedDeliveryPolicy.Suggestion s = suggestDelivery(o);
        o.promiseDelivery(s.at(), "SUGGESTED", now);
        o.promisedDeliveryReason = s.reasons().isEmpty() ? null : String.join(",", s.reasons().stream().map(Enum::name).toList());
        return s.at();
    }

    PromisedDeliveryPolicy.Suggestion suggestDelivery(RepairOrder o) {
        EstimateSettings s = stores.estimateSettings(o.storeCode);
        Instant now = clock.instant();
        BigDecimal hours = o.lines.stream().filter(l -> l.kind == LineKind.JOB).map(l -> l.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        Instant parts = o.lines.stream().filter(l -> l.kind == LineKind.PART).map(l -> l.partsAvailableAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return PromisedDeliveryPolicy.suggest(now, hours, s.deliveryMarginMinutes(), s.cashierRushStart(), s.cashierRushEnd(), s.calendar(),
                workshopFreeAt(o, now), parts);
    }

    /** R-CHK-8: the first slot on the store's grid at which a bay of the order's bay type is free for its labour, counting bookings and cars in the shop. */
    Instant workshopFreeAt(RepairOrder o, Instant now) {
        return capacity.firstFree(o.storeCode, WorkshopBooking.bayType(o).name(), WorkshopBooking.labourMinutes(o), now);
    }

    // ---- transitions ------------------------------------------------------------------------

    @Transactional
    public View submitForSignature(String store, UUID id, long expected) {
        RepairOrder o = loadForChange(store, id, expected);
        RepairOrderStatus from = o.status;
        Instant now = clock.instant();
        o.submitForSignature(now);
        if (o.promisedDeliveryAt == null) {
            promiseSuggested(o, now);
        }
        return transitioned(o, from, "submitted-for-signature", Map.of("promisedDeliveryAt", o.promisedDeliveryAt.toString()));
    }

    @Transactional
    public View sign(String store, UUID id, long expected, SignRequest req) {
        RepairOrder o = loadForChange(store, id, expected);
        RepairOrderStatus from = o.status;
        o.sign(req.signerName().strip(), clock.instant());
        signed.fire(new RepairOrderSigned(o.storeCode, o.id));
        return transitioned(o, from, "signed", Map.of("signerName", o.signedBy, "signedAt", o.signedAt.toString()));
    }

    @Transactional
    public View decline(String store, UUID id, long expected, ReasonRequest req) {
        RepairOrder o = loadForChange(store, id, expected);
        RepairOrderStatus from = o.status;
        o.decline(req.reason().strip(), clock.instant());
        leftShop.fire(new RepairOrderLeftShop(o.storeCode, o.id));
        return transitioned(o, from, "declined", Map.of("reason", o.declineReason));
    }

    @Transactional
    public View cancel(String store, UUID id, long expected, ReasonRequest req) {
        RepairOrder o = loadForChange(store, id, expected);
        RepairOrderStatus from = o.status;
        o.cancel(req.reason().strip(), clock.instant());
        leftShop.fire(new RepairOrderLeftShop(o.storeCode, o.id));
        return transitioned(o, from, "cancelled", Map.of("reason", o.cancelReason));
    }

    /** R-CHK-10: receiver and time (to the nearest 10 minutes); direct assignment only for a single-team order. */
    @Transactional
    public View handOver(String store, UUID id, long expected, HandoverRequest req) {
        RepairOrder o = loadForChange(store, id, expected);
        RepairOrderStatus from = o.status;
        Instant now = clock.instant();
        List<WorkshopTeam> teams = o.lines.stream().filter(l -> l.kind == LineKind.JOB).map(l -> l.team).filter(Objects::nonNull).toList();
        HandoverRoute route = HandoverPolicy.route(teams, Boolean.TRUE.equals(req.assignDirectly()));
        Instant at = HandoverPolicy.roundToTenMinutes(now, stores.estimateSettings(store).calendar().zone());
        o.handOver(req.receiver().strip(), route, at, user.username(), now);
        return transitioned(o, from, "handed-over", Map.of("receiver", o.handoverReceiver, "at", at.toString(), "route", route.name()));
    }

    // ---- helpers ----------------------------------------------------------------------------

    RepairOrder load(String store, UUID id) {
        access.require(store);
        RepairOrder o = RepairOrder.findById(id);
        if (o == null || !o.storeCode.equals(store)) {
            throw ProblemException.notFound("Repair order", id);
        }
        return o;
    }

    private RepairOrder loadForChange(String store, UUID id, long expected) {
        RepairOrder o = load(store, id);
        ETags.check(expected, o.version);
        return o;
    }

    private static RepairOrderLine line(RepairOrder o, UUID lineId) {
        return o.lines.stream().filter(l -> l.id.equals(lineId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Repair order line", lineId));
    }

    /** Writes the change; a change to the lines alone bumps the order's version too (the ETag covers the whole estimate). */
    private View saved(RepairOrder o, long before, String action, Map<String, ?> details) {
        em.flush();
        if (o.version == before) {
            em.lock(o, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            em.flush();
        }
        audit.action(o.storeCode, ENTITY, o.id, action, details);
        return view(o);
    }

    private View transitioned(RepairOrder o, RepairOrderStatus from, String action, Map<String, ?> details) {
        Map<String, Object> d = new LinkedHashMap<>(details);
        d.put("from", from.name());
        d.put("to", o.status.name());
        em.flush();
        audit.action(o.storeCode, ENTITY, o.id, action, d);
        return view(o);
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
        switch (r.kind()) {
            case JOB -> {
                need(v, "description", l.description);
                need(v, "hours", r.hours());
                l.operationCode = blankToNull(r.operationCode());
                l.hours = r.hours();
                l.labourRate = o.labourRate;
                l.pricingMode = r.pricingMode() == null ? PricingMode.SYSTEM : r.pricingMode();
                l.team = r.team() == null ? WorkshopTeam.MECHANICAL : r.team();
                l.diagnosis = Boolean.TRUE.equals(r.diagnosis());
                l.customerInformed = Boolean.TRUE.equals(r.customerInformed());
                l.disassemblyNote = blankToNull(r.disassemblyNote());
            }
            case PART -> {
                need(v, "partNumber", blankToNull(r.partNumber()));
                need(v, "description", l.description);
                need(v, "quantity", r.quantity());
                need(v, "unitPrice", r.unitPrice());
                need(v, "supplier", r.supplier());
                need(v, "grade", r.grade());
                l.partNumber = blankToNull(r.partNumber());
                l.quantity = r.quantity();
                l.unitPrice = r.unitPrice();
                l.supplier = r.supplier();
                l.grade = r.grade();
                l.criticalSystem = Boolean.TRUE.equals(r.criticalSystem());
                l.partsAvailableAt = r.partsAvailableAt();
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

    @SuppressWarnings("unchecked")
    View view(RepairOrder o) {
        List<Object[]> carried = em.createNativeQuery("""
                select f.id, f.description from repair_order_carried_item c join found_not_fixed f on f.id = c.found_not_fixed_id
                where c.repair_order_id = ?1 order by f.found_at""").setParameter(1, o.id).getResultList();
        List<RepairOrderApi.Line> lines = new ArrayList<>();
        List<Disclaimer> disclaimers = new ArrayList<>();
        List<EstimatePricing.Priced> priced = new ArrayList<>();
        for (RepairOrderLine l : o.lines) {
            BigDecimal amount = EstimatePricing.amount(l, o.symptomRiskMarginPercent);
            List<DisclaimerCode> codes = EstimatePricing.disclaimers(l);
            codes.forEach(c -> disclaimers.add(new Disclaimer(c, l.id, c.text())));
            priced.add(new EstimatePricing.Priced(l.kind, l.payType, amount));
            lines.add(new RepairOrderApi.Line(l.id, l.kind, l.payType, l.description, l.operationCode, l.hours, l.labourRate, l.pricingMode, l.team,
                    l.diagnosis, l.customerInformed, l.disassemblyNote, l.partNumber, l.quantity, l.unitPrice, l.supplier, l.grade, l.criticalSystem,
                    l.feeType, amount, codes, l.cannedJobId, l.kind == LineKind.PART ? l.partsAvailableAt : null));
        }
        EstimatePricing.Totals t = EstimatePricing.totals(priced, o.taxRatePercent, o.status == RepairOrderStatus.DECLINED);
        return new View(o.id, o.number, o.status, o.appointmentId, o.walkIn, o.customerId, o.vehicleId, o.advisorId, o.requestedWork, o.repeatRepair,
                carried.stream().map(c -> new CarriedFinding((UUID) c[0], (String) c[1])).toList(),
                o.currency, o.taxRatePercent, o.labourRate, o.symptomRiskMarginPercent, lines, disclaimers,
                new Totals(t.customerPay(), t.warranty(), t.internal(), t.goodwill(), t.subtotal(), t.tax(), t.total(), t.customerPayable()),
                o.hasDiagnosisConsent() ? new DiagnosisConsent(o.consentGivenBy, o.consentChannel, o.consentAt, o.consentRecordedBy) : null,
                o.promisedDeliveryAt, o.promisedDeliverySource,
                o.promisedDeliveryReason == null ? List.of() : java.util.Arrays.stream(o.promisedDeliveryReason.split(",")).map(PromisedDeliveryReason::valueOf).toList(),
                o.signedAt == null ? null : new Signature(o.signedBy, o.signedAt),
                o.handoverAt == null ? null : new Handover(o.handoverReceiver, o.handoverAt, o.handoverRoute, o.handedOverBy),
                o.declinedAt, o.declineReason, o.cancelledAt, o.cancelReason, o.availableActions(), o.createdAt, o.updatedAt, o.version);
    }
}
