package com.fours.dms.appointment;

import com.fours.dms.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The capacity ledger (R-APT-3). A reservation increments `used` with a conditional upsert that
 * only succeeds while used < capacity, under the row lock; needs are taken in one canonical order,
 * so concurrent bookings queue on the same rows instead of deadlocking, and the shop can never be
 * overbooked whatever the concurrency.
 */
@ApplicationScoped
public class CapacityLedger {
    @Inject
    EntityManager em;

    /** Takes every need for the appointment or throws 409 R-APT-3 (the caller's transaction rolls back). */
    public void reserve(String store, UUID appointmentId, List<CapacityPolicy.Need> needs) {
        for (CapacityPolicy.Need n : needs) {
            if (!tryReserve(store, appointmentId, n)) {
                throw full(n);
            }
        }
    }

    /** Takes one unit of one need if there is one left; false when it is full (nothing is taken then). */
    public boolean tryReserve(String store, UUID appointmentId, CapacityPolicy.Need n) {
        int taken = n.capacity() <= 0 ? 0 : em.createNativeQuery("""
                insert into capacity_use (store_code, resource, slot_start, used) values (?1, ?2, ?3, 1)
                on conflict (store_code, resource, slot_start)
                do update set used = capacity_use.used + 1 where capacity_use.used < ?4""")
                .setParameter(1, store).setParameter(2, n.resource()).setParameter(3, n.slot()).setParameter(4, n.capacity())
                .executeUpdate();
        if (taken == 0) {
            return false;
        }
        em.createNativeQuery("insert into appointment_reservation (appointment_id, resource, slot_start) values (?1, ?2, ?3)")
                .setParameter(1, appointmentId).setParameter(2, n.resource()).setParameter(3, n.slot()).executeUpdate();
        return true;
    }

    public static ProblemException noAdvisorFree(Instant slot) {
        return ProblemException.rule("R-APT-3", "No advisor has reception capacity left at " + slot + "; pick another slot");
    }

    /** Gives back everything the appointments hold (set-based; safe to call twice). */
    public void release(Collection<UUID> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return;
        }
        UUID[] ids = appointmentIds.toArray(UUID[]::new);
        em.createNativeQuery("""
                update capacity_use cu set used = cu.used - x.n
                from (select a.store_code, r.resource, r.slot_start, count(*) n
                        from appointment_reservation r join appointment a on a.id = r.appointment_id
                       where r.appointment_id = any(?1) group by 1, 2, 3) x
                where cu.store_code = x.store_code and cu.resource = x.resource and cu.slot_start = x.slot_start""")
                .setParameter(1, ids).executeUpdate();
        em.createNativeQuery("delete from appointment_reservation where appointment_id = any(?1)").setParameter(1, ids).executeUpdate();
    }

    /** Current use per resource and slot in [from, to). */
    @SuppressWarnings("unchecked")
    public Map<String, Map<Instant, Integer>> usage(String store, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("select resource, slot_start, used from capacity_use where store_code = ?1 and slot_start >= ?2 and slot_start < ?3 and used > 0")
                .setParameter(1, store).setParameter(2, from).setParameter(3, to).getResultList();
        Map<String, Map<Instant, Integer>> used = new HashMap<>();
        for (Object[] r : rows) {
            used.computeIfAbsent((String) r[0], k -> new HashMap<>()).put(instant(r[1]), ((Number) r[2]).intValue());
        }
        return used;
    }

    private static Instant instant(Object o) {
        return switch (o) {
            case Instant i -> i;
            case OffsetDateTime odt -> odt.toInstant();
            case Timestamp ts -> ts.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + o.getClass());
        };
    }

    private static ProblemException full(CapacityPolicy.Need n) {
        String what = n.resource().startsWith("advisor:") ? "The advisor has no reception capacity left"
                : n.resource().startsWith("bay:") ? "No " + n.resource().substring(4) + " bay is free"
                : "No technician with skill " + n.resource().substring(6) + " is free";
        return ProblemException.rule("R-APT-3", what + " at " + n.slot() + "; pick another slot");
    }
}
