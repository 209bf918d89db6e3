package com.fours.dms.repairorder;

import com.fours.dms.customer.VehicleService;
import com.fours.dms.shared.persistence.SqlValues;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the workshop's dispatch (R-REP-1) needs of repair orders, without their entities: the job
 * lines of a handed-over order, the order headers for the board (in one batch), and the order's
 * start of work when its first job is clocked on.
 */
@ApplicationScoped
public class WorkshopOrders {
    @Inject
    StoreAccess access;

    @Inject
    VehicleService vehicles;

    @Inject
    RepairOrderChanges changes;

    @Inject
    Clock clock;

    /** One JOB line of the signed estimate: sold flat-rate hours, team, diagnosis flag. */
    public record JobLine(UUID lineId, String description, String operationCode, BigDecimal hours, WorkshopTeam team, boolean diagnosis) {}

    /** An order's header as a job card shows it; expectedCompletionAt is the latest progress check's answer (R-REP-2). */
    public record OrderCard(UUID id, String number, RepairOrderStatus status, UUID vehicleId, String plate, String model, Instant promisedDeliveryAt,
            UUID advisorId, Instant expectedCompletionAt) {}

    /**
     * The JOB lines the customer accepted, in line order, for an event observer (hand-over, lines
     * authorized): the order was checked by whoever caused the event, or nobody is signed in (a
     * customer deciding through an approval link).
     */
    public List<JobLine> jobLinesOf(String store, UUID orderId) {
        return find(store, orderId).lines.stream().filter(l -> l.kind == LineKind.JOB && !l.declined())
                .map(l -> new JobLine(l.id, l.description, l.operationCode, l.hours == null ? BigDecimal.ZERO : l.hours, l.team, l.diagnosis))
                .toList();
    }

    /** Headers of the store's orders by id: one query for the orders and one for their vehicles. Unknown or other-store ids are left out. */
    public Map<UUID, OrderCard> cards(String store, Collection<UUID> orderIds) {
        access.require(store);
        Map<UUID, OrderCard> out = new HashMap<>();
        if (orderIds.isEmpty()) {
            return out;
        }
        // A projection by one array parameter: the board reads 200 headers at a time, so no entities (50 columns each) to load and track.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = RepairOrder.getEntityManager().createNativeQuery("""
                select id, number, status, vehicle_id, promised_delivery_at, advisor_id, expected_completion_at
                from repair_order where store_code = ?1 and id = any(?2)""")
                .setParameter(1, store).setParameter(2, orderIds.stream().distinct().toArray(UUID[]::new)).getResultList();
        Map<UUID, VehicleService.Summary> vs = vehicles.summaries(rows.stream().map(r -> (UUID) r[3]).toList());
        for (Object[] r : rows) {
            VehicleService.Summary v = vs.get((UUID) r[3]);
            out.put((UUID) r[0], new OrderCard((UUID) r[0], (String) r[1], RepairOrderStatus.valueOf((String) r[2]), (UUID) r[3],
                    v == null ? null : v.plate(), v == null ? null : v.model(), SqlValues.instant(r[4]), (UUID) r[5], SqlValues.instant(r[6])));
        }
        return out;
    }

    /**
     * The first clock-on of one of its jobs starts the order's work: OPEN → IN_PROGRESS through
     * {@link RepairOrder#startWork} (R-CHK-3, R-CHK-9, R-CHK-10 guard it), audited. An order whose
     * work already started is left as it is. Returns whether the order moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean startWork(String store, UUID orderId) {
        RepairOrder o = load(store, orderId);
        if (o.status != RepairOrderStatus.OPEN) {
            return false;
        }
        RepairOrderStatus from = o.status;
        o.startWork(clock.instant());
        changes.transitioned(o, from, "work-started", Map.of("cause", "first clock-on of a workshop job"));
        return true;
    }

    private RepairOrder load(String store, UUID orderId) {
        access.require(store);
        return find(store, orderId);
    }

    private RepairOrder find(String store, UUID orderId) {
        RepairOrder o = RepairOrder.findById(orderId);
        if (o == null || !o.storeCode.equals(store)) {
            throw com.fours.dms.shared.error.ProblemException.notFound("Repair order", orderId);
        }
        return o;
    }
}
