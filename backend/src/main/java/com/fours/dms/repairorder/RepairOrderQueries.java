package com.fours.dms.repairorder;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.repairorder.api.RepairOrderApi;
import com.fours.dms.repairorder.api.RepairOrderApi.*;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.store.StoreAccess;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Reading repair orders: one order as the advisor sees it (lines, disclaimers, totals, available actions) and the store's list. */
@ApplicationScoped
public class RepairOrderQueries {
    @Inject
    StoreAccess access;

    @Inject
    StoreService stores;

    @Inject
    VehicleService vehicles;

    @Inject
    CustomerService customers;

    @Inject
    RepairOrderFindings findings;

    @Inject
    Clock clock;

    public View get(String store, UUID id) {
        return view(load(store, id));
    }

    /**
     * The store's orders, newest first, keyset on the (time-ordered) id so every page is one index
     * range scan. Plate, model and customer name come from the customer context in one batch each.
     */
    public Page list(String store, RepairOrderListFilter f, String cursor, Integer limit) {
        access.require(store);
        PageRequest page = PageRequest.of(cursor, limit);
        StringBuilder q = new StringBuilder("storeCode = :store");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("store", store);
        if (!f.statuses().isEmpty()) {
            q.append(" and status in :statuses");
            params.put("statuses", f.statuses());
        }
        if (f.open()) {
            q.append(" and status not in :closed");
            params.put("closed", List.of(RepairOrderStatus.CLOSED, RepairOrderStatus.CANCELLED));
        }
        if (f.advisorId() != null) {
            q.append(" and advisorId = :advisor");
            params.put("advisor", f.advisorId());
        }
        if (f.vehicleId() != null) {
            q.append(" and vehicleId = :vehicle");
            params.put("vehicle", f.vehicleId());
        }
        if (f.today()) {
            ZoneId zone = stores.estimateSettings(store).calendar().zone();
            LocalDate day = LocalDate.now(clock.withZone(zone));
            q.append(" and ((createdAt >= :dayStart and createdAt < :dayEnd) or (promisedDeliveryAt >= :dayStart and promisedDeliveryAt < :dayEnd))");
            params.put("dayStart", day.atStartOfDay(zone).toInstant());
            params.put("dayEnd", day.plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (f.q() != null) {
            q.append(" and (number like :number");
            params.put("number", f.q().toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            List<UUID> vehicleIds = vehicles.search(store, f.q(), null, SEARCH_MATCHES).items().stream().map(v -> v.id()).toList();
            if (!vehicleIds.isEmpty()) {
                q.append(" or vehicleId in :vehicles");
                params.put("vehicles", vehicleIds);
            }
            List<UUID> customerIds = customers.search(store, f.q(), PageRequest.of(null, SEARCH_MATCHES)).items().stream().map(c -> c.id()).toList();
            if (!customerIds.isEmpty()) {
                q.append(" or customerId in :customers");
                params.put("customers", customerIds);
            }
            q.append(")");
        }
        if (page.after() != null) {
            q.append(" and id < :after");
            params.put("after", page.after());
        }
        List<RepairOrder> rows = RepairOrder.<RepairOrder>find(q + " order by id desc", params).page(0, page.limit() + 1).list();
        Map<UUID, VehicleService.Summary> vs = vehicles.summaries(rows.stream().map(o -> o.vehicleId).toList());
        Map<UUID, CustomerService.Summary> cs = customers.summaries(rows.stream().map(o -> o.customerId).toList());
        var p = page.page(rows, o -> o.id, o -> {
            VehicleService.Summary v = vs.get(o.vehicleId);
            CustomerService.Summary c = cs.get(o.customerId);
            return new Summary(o.id, o.number, o.status, o.customerId, o.vehicleId, o.appointmentId, o.requestedWork, o.promisedDeliveryAt,
                    o.createdAt, o.version, o.advisorId, v == null ? null : v.plate(), v == null ? null : v.model(), c == null ? null : c.name());
        });
        return new Page(p.items(), p.nextCursor());
    }

    /** How many matching vehicles and customers a search looks at (their orders are then listed newest first). */
    static final int SEARCH_MATCHES = 100;

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
                    l.feeType, amount, codes, l.cannedJobId, l.kind == LineKind.PART ? l.partsAvailableAt : null, l.supplementaryItemId));
        }
        EstimatePricing.Totals t = EstimatePricing.totals(priced, o.taxRatePercent, o.declinedAt != null);
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

    View view(RepairOrder o) {
        VehicleService.Summary vehicle = vehicles.summaries(List.of(o.vehicleId)).get(o.vehicleId);
        CustomerService.Summary customer = customers.summaries(List.of(o.customerId)).get(o.customerId);
        Estimate e = estimate(o);
        List<RepairOrderApi.Line> lines = e.lines();
        List<Disclaimer> disclaimers = e.disclaimers();
        return new View(o.id, o.number, o.status, o.appointmentId, o.walkIn, o.customerId, o.vehicleId, o.advisorId, o.requestedWork, o.repeatRepair,
                findings.carried(o.id), findings.recordedOn(o.id),
                new OrderVehicle(o.vehicleId, vehicle.plate(), vehicle.model()), new OrderCustomer(o.customerId, customer.name(), customer.phone()),
                o.releasedAt, o.odometerKm,
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
