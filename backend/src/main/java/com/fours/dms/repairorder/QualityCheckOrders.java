package com.fours.dms.repairorder;

import com.fours.dms.customer.VehicleService;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the quality check (R-QC-1..4, R-REP-5) needs of repair orders, without their entities: the
 * facts that decide whether a job needs the final inspection, the replaced parts and the visit's
 * found-not-fixed items, and the order's moves into the quality check, back to work and to ready
 * for delivery, each through its named transition, audited.
 */
@ApplicationScoped
public class QualityCheckOrders {
    @Inject
    PartsReservation parts;

    /** Vehicle systems whose jobs are safety-related (R-QC-1): the final inspection and a road test. */
    public static final Set<String> SAFETY_SYSTEMS = Set.of("BRAKES", "STEERING", "SUSPENSION", "TYRES");

    @Inject
    StoreAccess access;

    @Inject
    EntityManager em;

    @Inject
    VehicleService vehicles;

    @Inject
    RepairOrderChanges changes;

    @Inject
    Clock clock;

    @Inject
    Event<OrderReadyForDelivery> ready;

    /** The order header a quality-check screen shows. */
    public record OrderHeader(UUID id, String number, RepairOrderStatus status, UUID customerId, UUID vehicleId, String plate, String model,
            UUID advisorId, Instant promisedDeliveryAt, Integer odometerKm, long version) {}

    /**
     * What decides a job's final inspection: its sold hours, the vehicle system of its line, and
     * whether the order carries a critical-system part (R-CHK-5).
     */
    public record JobFacts(UUID lineId, BigDecimal soldHours, String vehicleSystem, boolean orderHasCriticalPart) {
        public boolean safetyRelated() {
            return (vehicleSystem != null && SAFETY_SYSTEMS.contains(vehicleSystem)) || orderHasCriticalPart;
        }
    }

    /** A part the workshop replaced (an accepted PART line): its old part is kept unless warranty returns it (R-REP-5). */
    public record ReplacedPart(UUID lineId, String partNumber, String description, BigDecimal quantity, PayType payType) {}

    /** A found-not-fixed item of this visit (R-QC-3). */
    public record FoundNotFixed(UUID id, String description, boolean safetyCritical) {}

    public OrderHeader header(String store, UUID orderId) {
        access.require(store);
        return header(find(store, orderId));
    }

    public JobFacts jobFacts(String store, UUID orderId, UUID lineId) {
        JobFacts facts = jobFacts(store, orderId).get(lineId);
        if (facts == null) {
            throw ProblemException.notFound("Repair order line", lineId);
        }
        return facts;
    }

    /** The facts of every line of one order, by line id: one look-up for all the order's jobs. */
    public Map<UUID, JobFacts> jobFacts(String store, UUID orderId) {
        RepairOrder o = find(store, orderId);
        boolean critical = o.lines.stream().anyMatch(l -> l.kind == LineKind.PART && !l.declined() && l.criticalSystem);
        Map<UUID, JobFacts> facts = new HashMap<>();
        for (RepairOrderLine line : o.lines) {
            facts.put(line.id, new JobFacts(line.id, line.hours == null ? BigDecimal.ZERO : line.hours, line.vehicleSystem, critical));
        }
        return facts;
    }

    public List<ReplacedPart> replacedParts(String store, UUID orderId) {
        return find(store, orderId).lines.stream().filter(l -> l.kind == LineKind.PART && !l.declined())
                .map(l -> new ReplacedPart(l.id, l.partNumber, l.description, l.quantity, l.payType)).toList();
    }

    /** The found-not-fixed items recorded on this visit (declined lines and items, findings), oldest first. */
    @SuppressWarnings("unchecked")
    public List<FoundNotFixed> foundNotFixed(String store, UUID orderId) {
        find(store, orderId);
        List<Object[]> rows = em.createNativeQuery("""
                select id, description, safety_critical from found_not_fixed where repair_order_id = ?1 order by found_at, id""")
                .setParameter(1, orderId).getResultList();
        return rows.stream().map(r -> new FoundNotFixed((UUID) r[0], (String) r[1], Boolean.TRUE.equals(r[2]))).toList();
    }

    /** The store's orders in the quality check, the longest waiting first (the inspectors' queue). */
    public List<UUID> inQualityCheck(String store, int limit) {
        access.require(store);
        return RepairOrder.<RepairOrder>find("storeCode = ?1 and status = ?2 order by updatedAt, id", store, RepairOrderStatus.QUALITY_CHECK)
                .page(0, limit).list().stream().map(o -> o.id).toList();
    }

    /** Every job of the order is finished by its technician: IN_PROGRESS → QUALITY_CHECK. Returns whether it moved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enterQualityCheck(String store, UUID orderId) {
        RepairOrder o = locked(store, orderId);
        if (o.status != RepairOrderStatus.IN_PROGRESS) {
            return false;
        }
        o.sendToQualityCheck(clock.instant());
        changes.transitioned(o, RepairOrderStatus.IN_PROGRESS, "quality-check-started", Map.of("cause", "every job of the order is finished"));
        parts.issue(o);
        return true;
    }

    /** R-QC-2: an inspection failed: QUALITY_CHECK → IN_PROGRESS with the reason. Returns whether it moved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean backToWork(String store, UUID orderId, String job, String reason) {
        RepairOrder o = locked(store, orderId);
        if (o.status != RepairOrderStatus.QUALITY_CHECK) {
            return false;
        }
        o.backToWork(clock.instant());
        changes.transitioned(o, RepairOrderStatus.QUALITY_CHECK, "back-to-work", Map.of("job", job, "reason", reason));
        return true;
    }

    /** R-QC-1 + R-QC-4: QUALITY_CHECK → READY_FOR_DELIVERY (every job passed, the car cleaned and parked); fires {@link OrderReadyForDelivery}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrderHeader readyForDelivery(String store, UUID orderId, long expected, String parkingSpot) {
        RepairOrder o = locked(store, orderId);
        com.fours.dms.shared.http.ETags.check(expected, o.version);
        if (!EnumSet.of(RepairOrderStatus.QUALITY_CHECK).contains(o.status)) {
            throw ProblemException.rule("R-QC-1", "The order is " + o.status + "; only an order in the quality check with every job passed becomes ready for delivery");
        }
        o.passQualityCheck(clock.instant());
        changes.transitioned(o, RepairOrderStatus.QUALITY_CHECK, "ready-for-delivery", Map.of("parkingSpot", parkingSpot));
        ready.fire(new OrderReadyForDelivery(store, o.id, o.advisorId, parkingSpot));
        return header(o);
    }

    private OrderHeader header(RepairOrder o) {
        VehicleService.Summary v = vehicles.summaries(List.of(o.vehicleId)).get(o.vehicleId);
        return new OrderHeader(o.id, o.number, o.status, o.customerId, o.vehicleId, v == null ? null : v.plate(), v == null ? null : v.model(),
                o.advisorId, o.promisedDeliveryAt, o.odometerKm, o.version);
    }

    private RepairOrder locked(String store, UUID orderId) {
        return RepairOrder.inStore(store, orderId, LockModeType.PESSIMISTIC_WRITE);
    }

    private RepairOrder find(String store, UUID orderId) {
        return RepairOrder.inStore(store, orderId, LockModeType.NONE);
    }
}
