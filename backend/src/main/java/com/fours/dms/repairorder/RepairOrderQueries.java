package com.fours.dms.repairorder;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.repairorder.api.RepairOrderApi;
import com.fours.dms.repairorder.api.RepairOrderApi.*;
import com.fours.dms.repairorder.api.RepairOrderApiLineBuilder;
import com.fours.dms.repairorder.api.RepairOrderApiSignatureBuilder;
import com.fours.dms.repairorder.api.RepairOrderApiSummaryBuilder;
import com.fours.dms.repairorder.api.RepairOrderApiTotalsBuilder;
import com.fours.dms.repairorder.api.RepairOrderApiViewBuilder;
import com.fours.dms.shared.persistence.ChangeFeed;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.StoreAccess;
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

    @Inject
    jakarta.persistence.EntityManager em;

    /** Issue 12: where a vehicle's orders stand, newest first (the last 20): for a booking partner's app. */
    public List<com.fours.dms.repairorder.api.RepairOrderApi.OrderStatus> statusOfVehicle(String store, UUID vehicleId) {
        access.require(store);
        List<RepairOrder> orders = RepairOrder.find("storeCode = ?1 and vehicleId = ?2 order by id desc", store, vehicleId).page(0, 20).list();
        return orders.stream().map(RepairOrderQueries::orderStatus).toList();
    }

    /**
     * Issue 12: the order-status change feed, every order of these vehicles (null: every vehicle of the
     * store) again whenever it changed, in commit order. One index range over (store, change_seq); the
     * vehicles go as one array parameter, however many an integrator booked.
     */
    @SuppressWarnings("unchecked")
    public OrderStatusPage statusChanges(String store, List<UUID> vehicleIds, ChangeFeed feed) {
        access.require(store);
        List<RepairOrder> rows;
        if (vehicleIds != null && vehicleIds.isEmpty()) {
            rows = List.of();
        } else {
            var q = em.createNativeQuery("select * from repair_order where store_code = ?1 and updated_at >= ?2 and change_seq > ?3"
                    + (vehicleIds == null ? "" : " and vehicle_id = any(cast(?5 as uuid[]))") + " order by change_seq limit ?4", RepairOrder.class)
                    .setParameter(1, store).setParameter(2, feed.since()).setParameter(3, feed.after()).setParameter(4, feed.fetch());
            if (vehicleIds != null) {
                q.setParameter(5, vehicleIds.stream().map(UUID::toString).toArray(String[]::new));
            }
            rows = q.getResultList();
        }
        var changed = feed.page(rows, o -> o.changeSeq, RepairOrderQueries::orderStatus, em, "repair_order", store);
        return new OrderStatusPage(changed.items(), changed.nextCursor(), changed.syncCursor());
    }

    private static OrderStatus orderStatus(RepairOrder o) {
        return new OrderStatus(o.id, o.number, o.status, o.promisedDeliveryAt, o.expectedCompletionAt, o.updatedAt, o.vehicleId);
    }

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
        if (f.late()) {
            // R-REP-2, the same condition as DeliveryLateness (index repair_order_in_work_promised).
            q.append(" and status in :waiting and promisedDeliveryAt is not null and (promisedDeliveryAt < :now or expectedCompletionAt > promisedDeliveryAt)");
            params.put("waiting", List.copyOf(DeliveryLateness.WAITING_FOR_CAR));
            params.put("now", clock.instant());
        }
        if (f.q() != null) {
            q.append(" and (number like :number");
            params.put("number", f.q().toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            List<UUID> vehicleIds = vehicles.search(store, f.q(), PageRequest.first(SEARCH_MATCHES)).items().stream().map(v -> v.id()).toList();
            if (!vehicleIds.isEmpty()) {
                q.append(" or vehicleId in :vehicles");
                params.put("vehicles", vehicleIds);
            }
            List<UUID> customerIds = customers.search(store, f.q(), PageRequest.first(SEARCH_MATCHES)).items().stream().map(c -> c.id()).toList();
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
        java.time.Instant now = clock.instant();
        var p = page.page(rows, o -> o.id, o -> {
            VehicleService.Summary v = vs.get(o.vehicleId);
            CustomerService.Summary c = cs.get(o.customerId);
            return RepairOrderApiSummaryBuilder.stagedBuilder()
                    .id(o.id).number(o.number).status(o.status).customerId(o.customerId).vehicleId(o.vehicleId).appointmentId(o.appointmentId)
                    .requestedWork(o.requestedWork).promisedDeliveryAt(o.promisedDeliveryAt).createdAt(o.createdAt).version(o.version)
                    .advisorId(o.advisorId).plate(v == null ? null : v.plate()).model(v == null ? null : v.model()).customerName(c == null ? null : c.name())
                    .expectedCompletionAt(o.expectedCompletionAt).late(o.late(now))
                    .build();
        });
        return new Page(p.items(), p.nextCursor());
    }

    /** How many matching vehicles and customers a search looks at (their orders are then listed newest first). */
    static final int SEARCH_MATCHES = 100;

    RepairOrder load(String store, UUID id) {
        return access.owned(store, RepairOrder.<RepairOrder>findById(id), o -> o.storeCode, "Repair order", id);
    }

    /** The estimate as the customer sees it: priced lines (declined ones marked), the disclaimers of the accepted ones, the totals of the accepted ones. */
    record Estimate(List<RepairOrderApi.Line> lines, List<Disclaimer> disclaimers, Totals totals) {
        /** What the customer signs (R-CHK-9): the lines they accept. */
        List<RepairOrderApi.Line> accepted() {
            return lines.stream().filter(l -> !l.declined()).toList();
        }
    }

    Estimate estimate(RepairOrder o) {
        List<RepairOrderApi.Line> lines = new ArrayList<>();
        List<Disclaimer> disclaimers = new ArrayList<>();
        List<EstimatePricing.Priced> priced = new ArrayList<>();
        for (RepairOrderLine l : o.lines) {
            BigDecimal amount = EstimatePricing.amount(l, o.symptomRiskMarginPercent);
            // A declined line is not bought: it carries no disclaimer and counts in no total (R-PRE-3).
            List<DisclaimerCode> codes = l.declined() ? List.of() : EstimatePricing.disclaimers(l);
            codes.forEach(c -> disclaimers.add(new Disclaimer(c, l.id, c.text())));
            if (!l.declined()) {
                priced.add(new EstimatePricing.Priced(l.kind, l.payType, amount));
            }
            lines.add(RepairOrderApiLineBuilder.stagedBuilder()
                    .id(l.id).kind(l.kind).payType(l.payType).description(l.description).operationCode(l.operationCode)
                    .hours(l.hours).labourRate(l.labourRate).pricingMode(l.pricingMode).team(l.team)
                    .diagnosis(l.diagnosis).customerInformed(l.customerInformed).disassemblyNote(l.disassemblyNote)
                    .partNumber(l.partNumber).quantity(l.quantity).unitPrice(l.unitPrice).supplier(l.supplier).grade(l.grade).criticalSystem(l.criticalSystem)
                    .feeType(l.feeType).amount(amount).disclaimers(codes).cannedJobId(l.cannedJobId)
                    .partsAvailableAt(l.kind == LineKind.PART ? l.partsAvailableAt : null)
                    .declined(l.declined()).safetyCritical(l.safetyCritical()).supplementaryItemId(l.supplementaryItemId)
                    .cataloguePartId(l.cataloguePartId).catalogueOperationId(l.catalogueOperationId).catalogueUnitPrice(l.catalogueUnitPrice)
                    .catalogueHours(l.catalogueHours).priceOverrideReason(l.priceOverrideReason).system(l.vehicleSystem)
                    .build());
        }
        EstimatePricing.Totals t = EstimatePricing.totals(priced, o.taxRatePercent, o.declinedAt != null);
        return new Estimate(lines, disclaimers, RepairOrderApiTotalsBuilder.stagedBuilder()
                .customerPay(t.customerPay()).warranty(t.warranty()).internal(t.internal()).goodwill(t.goodwill())
                .subtotal(t.subtotal()).tax(t.tax()).total(t.total()).customerPayable(t.customerPayable())
                .build());
    }

    /** R-CHK-9: the hash of the estimate as it is now (what a signature now would sign). */
    EstimateFingerprint.Fingerprint fingerprint(RepairOrder o) {
        return fingerprint(o, estimate(o));
    }

    /** Declined lines are not signed for: the hash covers the accepted lines, their disclaimers and totals. */
    private static EstimateFingerprint.Fingerprint fingerprint(RepairOrder o, Estimate e) {
        return EstimateFingerprint.of(o.currency, o.taxRatePercent, e.accepted(), e.disclaimers(), e.totals());
    }

    /** The latest signature; whether the estimate is still the one signed. Orders signed before signatures were kept as evidence have no record. */
    private static Signature signature(RepairOrder o, Estimate e) {
        return RepairOrderSignature.latestOf(o.id).map(s -> RepairOrderSignatures.view(s, fingerprint(o, e).sha256()))
                .orElse(o.signedAt == null ? null : RepairOrderApiSignatureBuilder.builder().signerName(o.signedBy).signedAt(o.signedAt).build());
    }

    View view(RepairOrder o) {
        VehicleService.Summary vehicle = vehicles.summaries(List.of(o.vehicleId)).get(o.vehicleId);
        CustomerService.Summary customer = customers.summaries(List.of(o.customerId)).get(o.customerId);
        Estimate e = estimate(o);
        List<RepairOrderApi.Line> lines = e.lines();
        List<Disclaimer> disclaimers = e.disclaimers();
        return RepairOrderApiViewBuilder.stagedBuilder()
                .id(o.id).number(o.number).status(o.status).appointmentId(o.appointmentId).walkIn(o.walkIn)
                .customerId(o.customerId).vehicleId(o.vehicleId).advisorId(o.advisorId).requestedWork(o.requestedWork).repeatRepair(o.repeatRepair)
                .carriedFindings(findings.carried(o.id)).findings(findings.recordedOn(o.id))
                .vehicle(new OrderVehicle(o.vehicleId, vehicle.plate(), vehicle.model()))
                .customer(new OrderCustomer(o.customerId, customer.name(), customer.phone()))
                .releasedAt(o.releasedAt).odometerKm(o.odometerKm)
                .currency(o.currency).taxRatePercent(o.taxRatePercent).labourRate(o.labourRate).symptomRiskMarginPercent(o.symptomRiskMarginPercent)
                .lines(lines).disclaimers(disclaimers).totals(e.totals())
                .diagnosisConsent(o.hasDiagnosisConsent() ? new DiagnosisConsent(o.consentGivenBy, o.consentChannel, o.consentAt, o.consentRecordedBy) : null)
                .promisedDeliveryAt(o.promisedDeliveryAt).promisedDeliverySource(o.promisedDeliverySource)
                .promisedDeliveryReason(o.promisedDeliveryReason == null ? List.of()
                        : java.util.Arrays.stream(o.promisedDeliveryReason.split(",")).map(PromisedDeliveryReason::valueOf).toList())
                .promiseRevisions(o.promiseRevisions.stream().map(r -> new PromiseRevision(r.id, r.previousAt, r.revisedTo, r.reason, r.note, r.reference,
                        r.revisedBy, r.revisedAt)).toList())
                .expectedCompletionAt(o.expectedCompletionAt).late(o.late(clock.instant()))
                .signature(signature(o, e)).oldPartsChoice(o.oldPartsChoice)
                .handover(o.handoverAt == null ? null
                        : new Handover(o.handoverReceiver, o.handoverReceiverKind, o.handoverReceiverId, o.handoverAt, o.handoverRoute, o.handedOverBy))
                .declinedAt(o.declinedAt).declineReason(o.declineReason).cancelledAt(o.cancelledAt).cancelReason(o.cancelReason)
                .availableActions(o.availableActions()).createdAt(o.createdAt).updatedAt(o.updatedAt).version(o.version)
                .build();
    }
}
