package com.fours.dms.repairorder;

import com.fours.dms.customer.VehicleService;
import com.fours.dms.customer.VehicleVisited;
import com.fours.dms.repairorder.api.RepairOrderApi.ServiceVisit;
import com.fours.dms.repairorder.api.RepairOrderApi.ServiceVisitPage;
import com.fours.dms.repairorder.api.RepairOrderApi.VisitLine;
import com.fours.dms.repairorder.api.RepairOrderApiServiceVisitBuilder;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.store.StoreService;
import com.fours.dms.workshop.WorkshopSetupService;
import com.fours.dms.workshop.api.WorkshopApi.AdvisorView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * R-ARC-4 the vehicle's service card: every visit is a repair order of the vehicle. The customer
 * context does not read repair orders; it hears of each visit through {@link VehicleVisited} and
 * moves the last service date and mileage (and so the next due, R-REM-1) forward.
 */
@ApplicationScoped
public class RepairOrderVisits {
    /** A visit counts for the last service once the customer signed the work (R-CHK-9). */
    static final EnumSet<RepairOrderStatus> SERVICED = EnumSet.of(RepairOrderStatus.OPEN, RepairOrderStatus.IN_PROGRESS,
            RepairOrderStatus.QUALITY_CHECK, RepairOrderStatus.READY_FOR_DELIVERY, RepairOrderStatus.SETTLED, RepairOrderStatus.CLOSED);

    @Inject
    EntityManager em;

    @Inject
    VehicleService vehicles;

    @Inject
    StoreService stores;

    @Inject
    WorkshopSetupService workshop;

    @Inject
    Event<VehicleVisited> visited;

    /** Every visit of the vehicle (any owner), newest first, keyset on the time-ordered order id; 404 for a vehicle not in the store. */
    public ServiceVisitPage serviceHistory(String store, UUID vehicleId, PageRequest page) {
        vehicles.get(store, vehicleId);
        StringBuilder q = new StringBuilder("storeCode = :store and vehicleId = :vehicle and status <> :cancelled and (arrivedAt is not null or status <> :draft)");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("store", store, "vehicle", vehicleId, "cancelled", RepairOrderStatus.CANCELLED, "draft", RepairOrderStatus.DRAFT));
        if (page.after() != null) {
            q.append(" and id < :after");
            params.put("after", page.after());
        }
        List<RepairOrder> rows = RepairOrder.<RepairOrder>find(q + " order by id desc", params).page(0, page.limit() + 1).list();
        ZoneId zone = stores.estimateSettings(store).calendar().zone();
        Map<UUID, String> advisors = workshop.advisors(store).stream().collect(Collectors.toMap(AdvisorView::id, AdvisorView::displayName));
        var p = page.page(rows, o -> o.id, o -> visit(o, zone, advisors));
        return new ServiceVisitPage(p.items(), p.nextCursor());
    }

    private static ServiceVisit visit(RepairOrder o, ZoneId zone, Map<UUID, String> advisors) {
        // The work of the visit: what the customer accepted (for a declined visit, what was offered).
        List<VisitLine> lines = o.lines.stream().filter(l -> o.declinedAt != null || !l.declined())
                .map(l -> new VisitLine(l.kind, l.description, l.payType, EstimatePricing.amount(l, o.symptomRiskMarginPercent))).toList();
        EstimatePricing.Totals t = EstimatePricing.totals(o);
        return RepairOrderApiServiceVisitBuilder.stagedBuilder()
                .repairOrderId(o.id).number(o.number).date(visitDate(o).atZone(zone).toLocalDate()).odometerKm(o.odometerKm)
                .advisorId(o.advisorId).advisorName(o.advisorId == null ? null : advisors.get(o.advisorId))
                .requestedWork(o.requestedWork).status(o.status).lines(lines).currency(o.currency)
                .total(t.total()).customerPayable(t.customerPayable())
                .build();
    }

    private static Instant visitDate(RepairOrder o) {
        return o.signedAt != null ? o.signedAt : o.declinedAt != null ? o.declinedAt : o.createdAt;
    }

    /** R-CHK-2: the highest odometer read at the vehicle's other visits (null if none was read). */
    public Integer highestOdometer(UUID vehicleId, UUID exceptRepairOrderId) {
        Object km = em.createNativeQuery("select max(odometer_km) from repair_order where vehicle_id = ?1 and id <> ?2")
                .setParameter(1, vehicleId).setParameter(2, exceptRepairOrderId).getSingleResult();
        return km == null ? null : ((Number) km).intValue();
    }

    /** R-CHK-2 → R-ARC-4: the check-in inspection read the odometer of this visit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOdometer(String store, UUID repairOrderId, Integer km) {
        em.createNativeQuery("update repair_order set odometer_km = ?1 where id = ?2 and store_code = ?3")
                .setParameter(1, km).setParameter(2, repairOrderId).setParameter(3, store).executeUpdate();
        RepairOrder o = RepairOrder.findById(repairOrderId);
        if (o != null && km != null && SERVICED.contains(o.status)) {
            visited.fire(new VehicleVisited(o.storeCode, o.vehicleId, o.id, visitDate(o).atZone(zone(o)).toLocalDate(), km));
        }
    }

    /** R-CHK-9: the customer signed, the visit is on the card; its odometer if the inspection read it. */
    void signed(RepairOrder o) {
        visited.fire(new VehicleVisited(o.storeCode, o.vehicleId, o.id, o.signedAt.atZone(zone(o)).toLocalDate(), o.odometerKm));
    }

    private ZoneId zone(RepairOrder o) {
        return stores.estimateSettings(o.storeCode).calendar().zone();
    }
}
