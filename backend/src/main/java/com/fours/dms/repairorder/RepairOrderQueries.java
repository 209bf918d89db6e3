package com.fours.dms.repairorder;

import com.fours.dms.repairorder.api.RepairOrderApi;
import com.fours.dms.repairorder.api.RepairOrderApi.*;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.store.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading repair orders: one order as the advisor sees it (lines, disclaimers, totals, available actions) and the store's list. */
@ApplicationScoped
public class RepairOrderQueries {
    @Inject
    EntityManager em;

    @Inject
    StoreAccess access;

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

    RepairOrder load(String store, UUID id) {
        access.require(store);
        RepairOrder o = RepairOrder.findById(id);
        if (o == null || !o.storeCode.equals(store)) {
            throw ProblemException.notFound("Repair order", id);
        }
        return o;
    }

    /** The estimate as the customer sees it: priced lines, their disclaimers, the totals. */
    record Estimate(List<RepairOrderApi.Line> lines, List<Disclaimer> disclaimers, Totals totals) {}

    Estimate estimate(RepairOrder o) {
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
        return new Estimate(lines, disclaimers, new Totals(t.customerPay(), t.warranty(), t.internal(), t.goodwill(), t.subtotal(), t.tax(), t.total(), t.customerPayable()));
    }

    /** R-CHK-9: the hash of the estimate as it is now (what a signature now would sign). */
    EstimateFingerprint.Fingerprint fingerprint(RepairOrder o) {
        return fingerprint(o, estimate(o));
    }

    private static EstimateFingerprint.Fingerprint fingerprint(RepairOrder o, Estimate e) {
        return EstimateFingerprint.of(o.currency, o.taxRatePercent, e.lines(), e.disclaimers(), e.totals());
    }

    /** The latest signature; whether the estimate is still the one signed. Orders signed before signatures were kept as evidence have no record. */
    private static Signature signature(RepairOrder o, Estimate e) {
        return RepairOrderSignature.latestOf(o.id).map(s -> RepairOrderSignatures.view(s, fingerprint(o, e).sha256()))
                .orElse(o.signedAt == null ? null : new Signature(null, o.signedBy, o.signedAt, null, null, null, null, false));
    }

    @SuppressWarnings("unchecked")
    View view(RepairOrder o) {
        List<Object[]> carried = em.createNativeQuery("""
                select f.id, f.description from repair_order_carried_item c join found_not_fixed f on f.id = c.found_not_fixed_id
                where c.repair_order_id = ?1 order by f.found_at""").setParameter(1, o.id).getResultList();
        Estimate e = estimate(o);
        List<RepairOrderApi.Line> lines = e.lines();
        List<Disclaimer> disclaimers = e.disclaimers();
        return new View(o.id, o.number, o.status, o.appointmentId, o.walkIn, o.customerId, o.vehicleId, o.advisorId, o.requestedWork, o.repeatRepair,
                carried.stream().map(c -> new CarriedFinding((UUID) c[0], (String) c[1])).toList(),
                o.currency, o.taxRatePercent, o.labourRate, o.symptomRiskMarginPercent, lines, disclaimers,
                e.totals(),
                o.hasDiagnosisConsent() ? new DiagnosisConsent(o.consentGivenBy, o.consentChannel, o.consentAt, o.consentRecordedBy) : null,
                o.promisedDeliveryAt, o.promisedDeliverySource,
                o.promisedDeliveryReason == null ? List.of() : java.util.Arrays.stream(o.promisedDeliveryReason.split(",")).map(PromisedDeliveryReason::valueOf).toList(),
                signature(o, e),
                o.handoverAt == null ? null : new Handover(o.handoverReceiver, o.handoverReceiverKind, o.handoverReceiverId, o.handoverAt, o.handoverRoute, o.handedOverBy),
                o.declinedAt, o.declineReason, o.cancelledAt, o.cancelReason, o.availableActions(), o.createdAt, o.updatedAt, o.version);
    }
}
