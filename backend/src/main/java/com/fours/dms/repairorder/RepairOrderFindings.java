package com.fours.dms.repairorder;

import com.fours.dms.repairorder.api.RepairOrderApi.CarriedFinding;
import com.fours.dms.repairorder.api.RepairOrderApi.Finding;
import com.fours.dms.repairorder.api.RepairOrderApi.FindingRequest;
import com.fours.dms.repairorder.api.RepairOrderApi.LineRequest;
import com.fours.dms.repairorder.api.RepairOrderApi.View;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * R-PRE-3 found-but-not-fixed: what the customer declined or deferred on one visit, carried onto
 * the vehicle's next order until a line of that order fixes it. The repair-order context owns
 * {@code found_not_fixed} and {@code repair_order_carried_item}.
 */
@ApplicationScoped
public class RepairOrderFindings {
    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    RepairOrderChanges changes;

    @Inject
    EstimateService estimates;

    @Inject
    jakarta.enterprise.event.Event<FoundNotFixedChanged> findingChanged;

    /** The advisor records a finding on this visit (any state but CANCELLED: a declined car's findings count most). */
    @Transactional
    public View record(String store, UUID id, long expected, FindingRequest req) {
        RepairOrder o = changes.loadForChange(store, id, expected);
        if (o.status == RepairOrderStatus.CANCELLED) {
            throw ProblemException.rule("R-PRE-3", "The order was cancelled; record the finding on the vehicle's current order");
        }
        long before = o.version;
        UUID findingId = insert(o, req.description().strip(), req.disposition(), Boolean.TRUE.equals(req.safetyCritical()), null);
        o.updatedAt = clock.instant();
        return changes.saved(o, before, "finding-recorded", Map.of("findingId", findingId.toString(), "disposition", req.disposition().name(),
                "safetyCritical", Boolean.TRUE.equals(req.safetyCritical()), "description", req.description().strip()));
    }

    /** A line of the new order fixes a carried finding: the line is added and the finding resolved by it (reopened if the line is removed). */
    @Transactional
    public View fix(String store, UUID id, UUID findingId, long expected, LineRequest req) {
        RepairOrder o = changes.loadForChange(store, id, expected);
        Object[] carried = (Object[]) em.createNativeQuery("""
                select f.id, f.resolved_at from repair_order_carried_item c join found_not_fixed f on f.id = c.found_not_fixed_id
                where c.repair_order_id = ?1 and f.id = ?2""").setParameter(1, o.id).setParameter(2, findingId)
                .getResultStream().findFirst().orElse(null);
        if (carried == null) {
            throw ProblemException.notFound("Carried finding", findingId);
        }
        if (carried[1] != null) {
            throw ProblemException.rule("R-PRE-3", "The finding is already fixed");
        }
        EstimateService.AddedLine added = estimates.newLine(o, req);
        RepairOrderLine l = added.line();
        l.resolvesFindingId = findingId;
        em.flush();
        em.createNativeQuery("update found_not_fixed set resolved_at = ?1, resolved_by_order_id = ?2, resolved_by_line_id = ?3 where id = ?4")
                .setParameter(1, clock.instant()).setParameter(2, o.id).setParameter(3, l.id).setParameter(4, findingId).executeUpdate();
        published(findingId, null);
        return estimates.saved(o, added, "finding-fixed");
    }

    /** R-REP-3: an item the customer declined earlier is approved after all: its line fixes the finding. */
    void resolvedBy(UUID findingId, RepairOrder o, RepairOrderLine l) {
        if (em.createNativeQuery("update found_not_fixed set resolved_at = ?1, resolved_by_order_id = ?2, resolved_by_line_id = ?3 where id = ?4 and resolved_at is null")
                .setParameter(1, clock.instant()).setParameter(2, o.id).setParameter(3, l.id).setParameter(4, findingId).executeUpdate() > 0) {
            published(findingId, null);
        }
    }

    /** The line that fixed a finding was removed again: the finding is open again. */
    void lineRemoved(RepairOrderLine l) {
        if (l.resolvesFindingId != null) {
            if (em.createNativeQuery("update found_not_fixed set resolved_at = null, resolved_by_order_id = null, resolved_by_line_id = null where id = ?1 and resolved_by_line_id = ?2")
                    .setParameter(1, l.resolvesFindingId).setParameter(2, l.id).executeUpdate() > 0) {
                published(l.resolvesFindingId, null);
            }
        }
    }

    /** R-PRE-3: a declined estimate's jobs (and the parts declined one by one) become DECLINED findings, so the next visit raises them again. */
    void declined(RepairOrder o) {
        decided(o, l -> l.becomesFindingWhenDeclined() && (l.kind == LineKind.JOB || l.declined()), false);
    }

    /**
     * R-PRE-3, R-CHK-9: the customer signed; each line they declined is a DECLINED finding
     * (safety-critical for a critical-system part or by the advisor's flag). Signed again after a
     * change, the findings follow the new answer: a line taken back is fixed by this order (the
     * finding is resolved by that line), a line declined again is open again.
     */
    List<UUID> signed(RepairOrder o) {
        return decided(o, l -> l.becomesFindingWhenDeclined() && l.declined(), true);
    }

    /** Makes the order's line findings match the customer's answer: one finding per declined line; when signed, resolved by the line it was accepted after all. Returns the declined lines. */
    @SuppressWarnings("unchecked")
    private List<UUID> decided(RepairOrder o, java.util.function.Predicate<RepairOrderLine> declined, boolean acceptedAreFixed) {
        List<UUID> lineIds = o.lines.stream().map(l -> l.id).toList();
        Map<UUID, Object[]> existing = new java.util.HashMap<>();
        if (!lineIds.isEmpty()) {
            List<Object[]> rows = em.createNativeQuery("select source_line_id, id, resolved_by_order_id from found_not_fixed where source_line_id in (?1)")
                    .setParameter(1, lineIds).getResultList();
            rows.forEach(r -> existing.put((UUID) r[0], r));
        }
        List<UUID> declinedLines = new java.util.ArrayList<>();
        Instant now = clock.instant();
        for (RepairOrderLine l : o.lines) {
            Object[] f = existing.get(l.id);
            if (declined.test(l)) {
                declinedLines.add(l.id);
                if (f == null) {
                    insert(o, l.description, FindingDisposition.DECLINED, l.safetyCritical(), l.id, user.username(), EstimatePricing.amount(l, o.symptomRiskMarginPercent));
                } else {
                    // declined again (or still): open, unless a later visit fixed it; the safety flag as now
                    em.createNativeQuery("""
                            update found_not_fixed set safety_critical = ?2,
                                   resolved_at = case when resolved_by_order_id = ?3 then null else resolved_at end,
                                   resolved_by_line_id = case when resolved_by_order_id = ?3 then null else resolved_by_line_id end,
                                   resolved_by_order_id = case when resolved_by_order_id = ?3 then null else resolved_by_order_id end
                            where id = ?1""").setParameter(1, f[1]).setParameter(2, l.safetyCritical()).setParameter(3, o.id).executeUpdate();
                    published((UUID) f[1], EstimatePricing.amount(l, o.symptomRiskMarginPercent));
                }
            } else if (f != null && acceptedAreFixed) {
                // taken back: this order does the work, so the finding is fixed by its line
                if (em.createNativeQuery("update found_not_fixed set resolved_at = ?1, resolved_by_order_id = ?2, resolved_by_line_id = ?3 where id = ?4 and resolved_at is null")
                        .setParameter(1, now).setParameter(2, o.id).setParameter(3, l.id).setParameter(4, f[1]).executeUpdate() > 0) {
                    published((UUID) f[1], null);
                }
            }
        }
        return declinedLines;
    }

    /** R-PRE-3: a new order (walk-in or prepared draft) carries the vehicle's open findings. */
    int carryOpen(UUID orderId, UUID vehicleId) {
        return em.createNativeQuery("""
                insert into repair_order_carried_item (repair_order_id, found_not_fixed_id)
                select ?1, f.id from found_not_fixed f where f.vehicle_id = ?2 and f.resolved_at is null
                and (f.repair_order_id is null or f.repair_order_id <> ?1) on conflict do nothing""")
                .setParameter(1, orderId).setParameter(2, vehicleId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    List<CarriedFinding> carried(UUID orderId) {
        List<Object[]> rows = em.createNativeQuery("""
                select f.id, f.description, f.disposition, f.safety_critical, f.found_at,
                       case when f.resolved_by_order_id = ?1 then f.resolved_by_line_id end
                from repair_order_carried_item c join found_not_fixed f on f.id = c.found_not_fixed_id
                where c.repair_order_id = ?1 order by f.found_at, f.id""").setParameter(1, orderId).getResultList();
        return rows.stream().map(r -> new CarriedFinding((UUID) r[0], (String) r[1], FindingDisposition.valueOf((String) r[2]), (Boolean) r[3],
                instant(r[4]), (UUID) r[5])).toList();
    }

    @SuppressWarnings("unchecked")
    List<Finding> recordedOn(UUID orderId) {
        List<Object[]> rows = em.createNativeQuery("""
                select f.id, f.description, f.disposition, f.safety_critical, f.found_at, f.source_line_id, f.resolved_at
                from found_not_fixed f where f.repair_order_id = ?1 order by f.found_at, f.id""").setParameter(1, orderId).getResultList();
        return rows.stream().map(r -> new Finding((UUID) r[0], (String) r[1], FindingDisposition.valueOf((String) r[2]), (Boolean) r[3],
                instant(r[4]), (UUID) r[5], instant(r[6]))).toList();
    }

    private UUID insert(RepairOrder o, String description, FindingDisposition disposition, boolean safetyCritical, UUID sourceLineId) {
        return insert(o, description, disposition, safetyCritical, sourceLineId, user.username(), null);
    }

    /** R-REP-3: a declined supplementary item is found-not-fixed on the vehicle, so the next visit's draft raises it again (R-PRE-3). */
    UUID declinedSupplementary(RepairOrder o, String description, boolean safetyCritical, String recordedBy, java.math.BigDecimal amount) {
        return insert(o, description, FindingDisposition.DECLINED, safetyCritical, null, recordedBy, amount);
    }

    private UUID insert(RepairOrder o, String description, FindingDisposition disposition, boolean safetyCritical, UUID sourceLineId, String recordedBy,
            java.math.BigDecimal amount) {
        UUID id = Ids.newId(clock);
        em.createNativeQuery("""
                insert into found_not_fixed (id, store_code, vehicle_id, description, found_at, repair_order_id, disposition, safety_critical, recorded_by, source_line_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, id).setParameter(2, o.storeCode).setParameter(3, o.vehicleId).setParameter(4, description)
                .setParameter(5, clock.instant()).setParameter(6, o.id).setParameter(7, disposition.name()).setParameter(8, safetyCritical)
                .setParameter(9, recordedBy).setParameter(10, new TypedParameterValue<>(StandardBasicTypes.UUID, sourceLineId)).executeUpdate();
        published(id, amount);
        return id;
    }

    /**
     * Tells the other contexts the finding's whole state (issue 11: declined work comes back and its recapture is
     * counted). The declined amount is the declining line's price when not given; the resolved amount the fixing line's.
     */
    private void published(UUID findingId, java.math.BigDecimal declinedAmount) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select f.store_code, f.repair_order_id, f.vehicle_id, o.customer_id, f.description, f.disposition, f.found_at, f.source_line_id,
                       f.resolved_at, f.resolved_by_order_id, f.resolved_by_line_id
                from found_not_fixed f left join repair_order o on o.id = f.repair_order_id where f.id = ?1""").setParameter(1, findingId).getSingleResult();
        java.math.BigDecimal amount = declinedAmount != null ? declinedAmount : lineAmount((UUID) r[7]);
        findingChanged.fire(new FoundNotFixedChanged((String) r[0], findingId, (UUID) r[1], (UUID) r[2], (UUID) r[3], (String) r[4],
                FindingDisposition.valueOf((String) r[5]), amount, instant(r[6]), instant(r[8]), (UUID) r[9], lineAmount((UUID) r[10])));
    }

    private java.math.BigDecimal lineAmount(UUID lineId) {
        if (lineId == null) {
            return null;
        }
        RepairOrderLine l = em.find(RepairOrderLine.class, lineId);
        return l == null ? null : EstimatePricing.amount(l, l.order.symptomRiskMarginPercent);
    }

    private static Instant instant(Object v) {
        return switch (v) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime t -> t.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp type " + v.getClass());
        };
    }
}
