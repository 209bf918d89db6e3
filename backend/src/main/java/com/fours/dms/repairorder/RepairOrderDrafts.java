package com.fours.dms.repairorder;

import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.store.PriceRates;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * R-PRE-1..3: the draft repair order prepared from an appointment, with the repeat-repair flag
 * and the vehicle's open found-not-fixed items carried over so the advisor raises them again.
 * The draft snapshots the store's estimate rates like a walk-in order does; {@link EstimateService} and {@link RepairOrderLifecycle} take it from there.
 */
@ApplicationScoped
public class RepairOrderDrafts {
    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    StoreService stores;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<RepairOrderLeftShop> leftShop;

    @Inject
    jakarta.enterprise.event.Event<RepairOrderChanged> changed;

    public record Draft(UUID appointmentId, UUID customerId, UUID vehicleId, UUID advisorId, String requestedWork, boolean repeatRepair) {}

    /**
     * Creates the draft for the appointment once; returns its id. Two callers at the same moment
     * get the same draft: the unique appointment_id decides (on conflict do nothing), the loser reads the winner's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID draftFor(String store, Draft d) {
        UUID existing = existingDraft(d.appointmentId());
        if (existing != null) {
            return existing;
        }
        UUID id = Ids.newId(clock);
        Instant now = clock.instant();
        long seq = ((Number) em.createNativeQuery("select nextval('repair_order_number_seq')").getSingleResult()).longValue();
        String number = "RO" + store + String.format("%07d", seq);
        PriceRates rates = stores.priceRates(store);
        int inserted = em.createNativeQuery("""
                insert into repair_order (id, store_code, number, status, appointment_id, customer_id, vehicle_id, advisor_id, requested_work, repeat_repair,
                        currency, tax_rate_percent, labour_rate, symptom_risk_margin_percent, created_at, updated_at)
                values (?1, ?2, ?3, 'DRAFT', ?4, ?5, ?6, ?7, ?8, ?9, ?11, ?12, ?13, ?14, ?10, ?10)
                on conflict (appointment_id) do nothing""")
                .setParameter(1, id).setParameter(2, store).setParameter(3, number).setParameter(4, d.appointmentId())
                .setParameter(5, d.customerId()).setParameter(6, d.vehicleId()).setParameter(7, d.advisorId())
                .setParameter(8, d.requestedWork()).setParameter(9, d.repeatRepair()).setParameter(10, now)
                .setParameter(11, rates.currency()).setParameter(12, rates.taxRatePercent()).setParameter(13, rates.labourRate())
                .setParameter(14, rates.symptomRiskMarginPercent()).executeUpdate();
        if (inserted == 0) {
            // Another transaction drafted it between our look-up and the insert (and has committed).
            return existingDraft(d.appointmentId());
        }
        int carried = em.createNativeQuery("""
                insert into repair_order_carried_item (repair_order_id, found_not_fixed_id)
                select ?1, f.id from found_not_fixed f where f.vehicle_id = ?2 and f.resolved_at is null""")
                .setParameter(1, id).setParameter(2, d.vehicleId()).executeUpdate();
        audit.action(store, "repair-order", id, "drafted-from-appointment",
                Map.of("appointmentId", d.appointmentId().toString(), "number", number, "repeatRepair", d.repeatRepair(), "carriedFindings", carried));
        changed.fire(new RepairOrderChanged(store, id, "created", number, d.customerId(), d.vehicleId(), d.appointmentId(), null));
        return id;
    }

    private UUID existingDraft(UUID appointmentId) {
        return (UUID) em.createNativeQuery("select id from repair_order where appointment_id = ?1").setParameter(1, appointmentId)
                .getResultStream().findFirst().orElse(null);
    }

    /** A rescheduled appointment keeps its prepared draft. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveToAppointment(UUID repairOrderId, UUID appointmentId) {
        em.createNativeQuery("update repair_order set appointment_id = ?1, updated_at = ?2 where id = ?3")
                .setParameter(1, appointmentId).setParameter(2, clock.instant()).setParameter(3, repairOrderId).executeUpdate();
    }

    /**
     * The appointment was cancelled or nobody came (R-APT-7): its draft goes too, through
     * {@link RepairOrder#cancel} (audited; the car's key tag and slot and its bay time are freed by
     * {@link RepairOrderLeftShop}). Only an estimate not yet signed is cancelled; an order the
     * customer signed stays. Returns whether it was cancelled.
     *
     * @param systemActor the scheduler's actor name, or null for the signed-in user
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean cancelDraft(String store, UUID repairOrderId, String reason, String systemActor) {
        RepairOrder o = repairOrderId == null ? null : RepairOrder.findById(repairOrderId);
        if (o == null || !o.storeCode.equals(store) || !RepairOrder.EDITABLE.contains(o.status)) {
            return false;
        }
        RepairOrderStatus from = o.status;
        o.cancel(reason, clock.instant());
        em.flush();
        Map<String, Object> details = Map.of("from", from.name(), "to", o.status.name(), "reason", reason,
                "appointmentId", String.valueOf(o.appointmentId));
        if (systemActor == null) {
            audit.action(store, "repair-order", o.id, "cancelled", details);
        } else {
            audit.system(store, "repair-order", o.id, "cancelled", details, systemActor);
        }
        changed.fire(new RepairOrderChanged(store, o.id, "cancelled", o.number, o.customerId, o.vehicleId, o.appointmentId, reason));
        leftShop.fire(new RepairOrderLeftShop(store, o.id));
        return true;
    }

    /** R-ARC-4: the customer of this prepared draft was received (check-in), so it is a visit on the service card from now on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void carArrived(String store, UUID repairOrderId) {
        RepairOrder o = repairOrderId == null ? null : RepairOrder.findById(repairOrderId);
        if (o == null || !o.storeCode.equals(store) || o.arrivedAt != null) {
            return;
        }
        o.carArrived(clock.instant());
        em.flush();
        audit.action(store, "repair-order", o.id, "car-arrived", Map.of("arrivedAt", o.arrivedAt.toString()));
    }

    /** Starting the walk-around of an order means its car is here. */
    void onCheckInStarted(@jakarta.enterprise.event.Observes CheckInStarted e) {
        carArrived(e.storeCode(), e.repairOrderId());
    }
}
