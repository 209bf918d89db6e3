package com.fours.dms.reminder;

import com.fours.dms.followup.TaskService;
import com.fours.dms.repairorder.FindingDisposition;
import com.fours.dms.repairorder.FoundNotFixedChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * Issue 11, declined work comes back: the reminder context's view of each declined found-not-fixed item (the
 * repair-order context owns {@code found_not_fixed}), kept from its {@link FoundNotFixedChanged} events in the
 * same transaction. An item fixed by a later order is recaptured (that order's line is the amount sold); an
 * item taken back on its own order, or not declined, is not declined work. When the last open item of a
 * declining order is sold, that order's declined-work calls are done: nobody calls about work already sold.
 */
@ApplicationScoped
public class DeclinedWorkProjection {
    @Inject
    EntityManager em;

    @Inject
    TaskService tasks;

    @Inject
    Clock clock;

    void onChanged(@Observes FoundNotFixedChanged e) {
        boolean takenBack = e.resolvedByOrderId() != null && e.resolvedByOrderId().equals(e.repairOrderId());
        if (e.disposition() != FindingDisposition.DECLINED || e.repairOrderId() == null || e.customerId() == null || takenBack) {
            em.createNativeQuery("delete from declined_work where finding_id = ?1").setParameter(1, e.findingId()).executeUpdate();
            return;
        }
        em.createNativeQuery("""
                insert into declined_work (finding_id, store_code, repair_order_id, vehicle_id, customer_id, description, amount, declined_at,
                                           resolved_at, resolved_by_order_id, recaptured_amount, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, coalesce(?7, 0), ?8, ?9, ?10, ?11, ?12)
                on conflict (finding_id) do update set description = excluded.description,
                    amount = coalesce(?7, declined_work.amount), resolved_at = excluded.resolved_at,
                    resolved_by_order_id = excluded.resolved_by_order_id, recaptured_amount = excluded.recaptured_amount, updated_at = excluded.updated_at""")
                .setParameter(1, e.findingId()).setParameter(2, e.storeCode()).setParameter(3, e.repairOrderId()).setParameter(4, e.vehicleId())
                .setParameter(5, e.customerId()).setParameter(6, e.description()).setParameter(7, money(e.declinedAmount()))
                .setParameter(8, e.foundAt()).setParameter(9, new TypedParameterValue<>(StandardBasicTypes.INSTANT, e.resolvedAt()))
                .setParameter(10, new TypedParameterValue<>(StandardBasicTypes.UUID, e.resolvedByOrderId()))
                .setParameter(11, money(e.resolvedAt() == null ? null : e.resolvedAmount())).setParameter(12, clock.instant())
                .executeUpdate();
        if (e.resolvedAt() != null) {
            @SuppressWarnings("unchecked")
            List<UUID> done = em.createNativeQuery("""
                    select f.id from declined_work_follow_up f
                    where f.repair_order_id = ?1 and not exists (select 1 from declined_work d where d.repair_order_id = ?1 and d.resolved_at is null)""")
                    .setParameter(1, e.repairOrderId()).getResultList();
            done.forEach(id -> tasks.completeByKey(e.storeCode(), DeclinedWorkFollowUps.callKey(id), DeclinedWorkFollowUps.ACTOR, "declined-work-sold"));
        }
    }

    private static TypedParameterValue<BigDecimal> money(BigDecimal v) {
        return new TypedParameterValue<>(StandardBasicTypes.BIG_DECIMAL, v);
    }
}
