package com.fours.dms.repairorder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.dms.repairorder.api.RepairOrderApi.LineRequest;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.store.ApprovalSettings;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import java.util.UUID;

/**
 * R-REP-3: what the repair order offers the supplementary-item approval (the approval context calls
 * it; the order never knows about approvals). Proposed lines are priced exactly like estimate lines
 * (the order's labour rate and VAT, {@link EstimatePricing}); approved lines join the order through
 * the named transition {@link RepairOrder#addAuthorizedLines}; a moved promised time and a declined
 * item (found-not-fixed, R-PRE-3) are recorded on the order. Every change is audited.
 *
 * <p>No caller store check here: the approval context checks the signed-in caller's store, or the
 * customer's link token proves it. {@code actor} names who acted when nobody is signed in (the
 * customer through the link); null means the signed-in caller.
 */
@ApplicationScoped
public class SupplementaryWork {
    @Inject
    EntityManager em;

    @Inject
    EstimateService estimates;

    @Inject
    RepairOrderFindings findings;

    @Inject
    StoreService stores;

    @Inject
    PromisedDeliveries promises;

    @Inject
    com.fours.dms.workshop.WorkshopSetupService workshop;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    Event<RepairOrderLinesAuthorized> linesAuthorized;

    @Inject
    Event<RepairOrderLinesWithdrawn> linesWithdrawn;

    /** The facts of an order the approval works with. */
    public record OrderFacts(UUID id, String storeCode, String number, RepairOrderStatus status, boolean acceptsSupplementaryWork,
            UUID customerId, UUID vehicleId, UUID advisorId, String currency, BigDecimal taxRatePercent, BigDecimal symptomRiskMarginPercent,
            Instant promisedDeliveryAt, BigDecimal currentCustomerPay, BigDecimal currentPayable, BigDecimal signedCustomerPay) {}

    /** One proposed line as priced now: the request, its amount, the rate it was priced with and its disclaimers. */
    public record QuotedLine(LineRequest request, BigDecimal labourRate, BigDecimal amount, List<DisclaimerCode> disclaimers) {}

    /** Proposed lines priced: customer-pay subtotal (what VAT and the customer's authorization apply to) and the total of all pay types. */
    public record Quote(List<QuotedLine> lines, BigDecimal customerPay, BigDecimal total) {}

    /**
     * The lines of one approved item version; {@code replacing} are the order lines of the item's
     * earlier approved version; {@code resolvesFindingId} the found-not-fixed record of an earlier
     * decline of the item, which the approved lines now fix (R-PRE-3).
     */
    public record AuthorizedItem(UUID supplementaryItemId, List<LineRequest> lines, List<UUID> replacing, UUID resolvesFindingId) {}

    public OrderFacts facts(String store, UUID orderId) {
        return facts(load(store, orderId));
    }

    private OrderFacts facts(RepairOrder o) {
        EstimatePricing.Totals t = EstimatePricing.totals(o);
        return new OrderFacts(o.id, o.storeCode, o.number, o.status, o.acceptsSupplementaryWork(), o.customerId, o.vehicleId, o.advisorId,
                o.currency, o.taxRatePercent, o.symptomRiskMarginPercent, o.promisedDeliveryAt, t.customerPay(), t.customerPayable(), signedCustomerPay(o));
    }

    /** The advisor's login, for the task that tells them (null when the order has no advisor or the advisor left). */
    public String advisorUsername(String store, UUID advisorId) {
        return advisorId == null ? null : workshop.advisorLogins(List.of(advisorId)).get(advisorId);
    }

    /**
     * The customer-pay subtotal the customer signed (R-CHK-9): read from the kept estimate of the
     * latest signature, so lines added later without authorization never raise it. An order signed
     * before signatures were kept counts its estimate lines.
     */
    BigDecimal signedCustomerPay(RepairOrder o) {
        return RepairOrderSignature.latestOf(o.id).map(s -> {
            try {
                JsonNode pay = json.readTree(s.estimateCanonical).path("totals").path("customerPay");
                return pay.isMissingNode() ? null : EstimatePricing.money(new BigDecimal(pay.asText()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("signature " + s.id + " keeps an unreadable estimate", e);
            }
        }).orElseGet(() -> EstimatePricing.totals(o.lines.stream().filter(l -> l.supplementaryItemId == null)
                .map(l -> new EstimatePricing.Priced(l.kind, l.payType, EstimatePricing.amount(l, o.symptomRiskMarginPercent))).toList(),
                o.taxRatePercent, false).customerPay());
    }

    /** Prices proposed lines like estimate lines (400 for what a kind needs, 409 R-CHK-3 / R-CHK-4); jobs and parts only. */
    public Quote quote(String store, UUID orderId, List<LineRequest> requests) {
        RepairOrder o = load(store, orderId);
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).kind() == LineKind.FEE) {
                v.add(new Violation("lines[" + i + "].kind", "a supplementary item has jobs and parts; fees belong to the estimate"));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.validation(v);
        }
        List<QuotedLine> lines = new ArrayList<>();
        List<EstimatePricing.Priced> priced = new ArrayList<>();
        for (LineRequest r : requests) {
            RepairOrderLine l = new RepairOrderLine();
            estimates.apply(l, r, o);
            BigDecimal amount = EstimatePricing.amount(l, o.symptomRiskMarginPercent);
            lines.add(new QuotedLine(r, l.labourRate, amount, EstimatePricing.disclaimers(l)));
            priced.add(new EstimatePricing.Priced(l.kind, l.payType, amount));
        }
        EstimatePricing.Totals t = EstimatePricing.totals(priced, o.taxRatePercent, false);
        return new Quote(lines, t.customerPay(), t.subtotal());
    }

    /**
     * R-REP-3: when the order would be ready with each of these amounts of added work: laid over the
     * store's hours from its current promise (rounded to 10 minutes, out of the cashier's rush); null
     * when the order has no promised time.
     */
    public Map<Integer, Instant> promiseOptions(String store, UUID orderId, java.util.Collection<Integer> extraMinutes) {
        RepairOrder o = load(store, orderId);
        ApprovalSettings s = stores.approvalSettings(o.storeCode);
        Map<Integer, Instant> out = new LinkedHashMap<>();
        extraMinutes.forEach(m -> out.put(m, extended(o, m, s)));
        return out;
    }

    private static Instant extended(RepairOrder o, int extraMinutes, ApprovalSettings s) {
        if (o.promisedDeliveryAt == null || extraMinutes <= 0) {
            return o.promisedDeliveryAt;
        }
        return PromisedDeliveryPolicy.extend(o.promisedDeliveryAt, extraMinutes, s.cashierRushStart(), s.cashierRushEnd(), s.calendar());
    }

    /**
     * R-REP-3: the approved items' lines join the order (an item's earlier approved lines leave it),
     * audited as "lines-authorized"; fires {@link RepairOrderLinesAuthorized} (and
     * {@link RepairOrderLinesWithdrawn} for replaced lines) for the workshop. Returns the new line ids per item.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, List<UUID>> authorize(String store, UUID orderId, List<AuthorizedItem> items, String ledgerRef, String actor) {
        RepairOrder o = lock(store, orderId);
        Instant now = clock.instant();
        Map<UUID, List<UUID>> added = new LinkedHashMap<>();
        List<RepairOrderLine> newLines = new ArrayList<>();
        List<RepairOrderLine> replaced = new ArrayList<>();
        for (AuthorizedItem item : items) {
            List<UUID> ids = new ArrayList<>();
            for (LineRequest r : item.lines()) {
                RepairOrderLine l = new RepairOrderLine();
                l.id = Ids.newId(clock);
                l.order = o;
                l.createdAt = now;
                estimates.apply(l, r, o);
                l.supplementaryItemId = item.supplementaryItemId();
                newLines.add(l);
                ids.add(l.id);
            }
            o.lines.stream().filter(l -> item.replacing().contains(l.id)).forEach(replaced::add);
            added.put(item.supplementaryItemId(), ids);
        }
        o.addAuthorizedLines(newLines, replaced, now);
        newLines.forEach(l -> l.persist());
        em.flush();
        for (AuthorizedItem item : items) {
            List<UUID> ids = added.get(item.supplementaryItemId());
            if (item.resolvesFindingId() != null && !ids.isEmpty()) {
                RepairOrderLine first = newLines.stream().filter(l -> l.id.equals(ids.get(0))).findFirst().orElseThrow();
                first.resolvesFindingId = item.resolvesFindingId();
                findings.resolvedBy(item.resolvesFindingId(), o, first);
            }
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("ledgerEntryId", ledgerRef);
        d.put("addedLineIds", newLines.stream().map(l -> l.id.toString()).toList());
        d.put("removedLineIds", replaced.stream().map(l -> l.id.toString()).toList());
        d.put("items", added.keySet().stream().map(UUID::toString).toList());
        audited(o, "lines-authorized", d, actor);
        if (!replaced.isEmpty()) {
            linesWithdrawn.fire(new RepairOrderLinesWithdrawn(o.storeCode, o.id, replaced.stream().map(l -> l.id).toList()));
        }
        if (!newLines.isEmpty()) {
            linesAuthorized.fire(new RepairOrderLinesAuthorized(o.storeCode, o.id, newLines.stream().map(l -> l.id).toList()));
        }
        return added;
    }

    /** R-REP-3: the approved work moves the promised time by its minutes (over the store's hours); recorded with its reason. Returns the new time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Instant extendPromise(String store, UUID orderId, int extraMinutes, String ledgerRef, String actor) {
        RepairOrder o = lock(store, orderId);
        if (extraMinutes <= 0) {
            return o.promisedDeliveryAt;
        }
        Instant before = o.promisedDeliveryAt;
        if (before == null) {
            return null;
        }
        Instant at = extended(o, extraMinutes, stores.approvalSettings(o.storeCode));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("extraMinutes", extraMinutes);
        d.put("ledgerEntryId", ledgerRef);
        promises.revised(o, at, PromisedDeliveryReason.SUPPLEMENTARY_ITEMS, null, ledgerRef, actor, d);
        return at;
    }

    /** R-REP-3 + R-PRE-3: the declined item is found-not-fixed on the vehicle; the next visit's draft carries it. Returns the finding's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID declined(String store, UUID orderId, String description, boolean safetyCritical, java.math.BigDecimal amount, String ledgerRef, String actor,
            String recordedBy) {
        RepairOrder o = lock(store, orderId);
        UUID id = findings.declinedSupplementary(o, description, safetyCritical, recordedBy, amount);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("findingId", id.toString());
        d.put("disposition", FindingDisposition.DECLINED.name());
        d.put("safetyCritical", safetyCritical);
        d.put("description", description);
        d.put("ledgerEntryId", ledgerRef);
        audited(o, "finding-recorded", d, actor);
        return id;
    }

    private void audited(RepairOrder o, String action, Map<String, ?> details, String actor) {
        if (actor == null) {
            audit.action(o.storeCode, RepairOrderChanges.ENTITY, o.id, action, details);
        } else {
            audit.system(o.storeCode, RepairOrderChanges.ENTITY, o.id, action, details, actor);
        }
    }

    private RepairOrder load(String store, UUID id) {
        RepairOrder o = RepairOrder.findById(id);
        if (o == null || !o.storeCode.equals(store)) {
            throw ProblemException.notFound("Repair order", id);
        }
        return o;
    }

    private RepairOrder lock(String store, UUID id) {
        RepairOrder o = load(store, id);
        em.lock(o, LockModeType.PESSIMISTIC_WRITE);
        return o;
    }
}
