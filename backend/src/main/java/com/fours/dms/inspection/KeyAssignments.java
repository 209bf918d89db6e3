package com.fours.dms.inspection;

import com.fours.dms.repairorder.RepairOrderLeftShop;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The keys of the cars in the shop (R-CHK-2): at most one car per key tag and per cabinet slot in
 * a store. Checked here for a clear 409 on keyTag/keySlot, and by unique constraints on
 * key_assignment for concurrent check-ins.
 */
@ApplicationScoped
public class KeyAssignments {
    /** Statuses of orders whose car has left the shop. */
    static final String LEFT = "('SETTLED','CLOSED','CANCELLED','DECLINED')";

    @Inject
    EntityManager em;

    /** Gives the order this tag and slot (null = none), or refuses with 409 naming the clashing field. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public void assign(String store, UUID repairOrderId, String keyTag, String keySlot, Instant now) {
        if (keyTag == null && keySlot == null) {
            release(repairOrderId);
            return;
        }
        // Rows of orders that left the shop without releasing their key do not block anybody.
        em.createNativeQuery("delete from key_assignment k using repair_order r where r.id = k.repair_order_id and k.store_code = ?1 and r.status in " + LEFT)
                .setParameter(1, store).executeUpdate();
        List<Object[]> rows = em.createNativeQuery("select k.repair_order_id, k.key_tag, k.key_slot from key_assignment k where k.store_code = ?1 and (k.key_tag = ?2 or k.key_slot = ?3)")
                .setParameter(1, store).setParameter(2, keyTag == null ? "" : keyTag).setParameter(3, keySlot == null ? "" : keySlot).getResultList();
        List<Violation> clashes = KeyTagPolicy.clashes(repairOrderId, keyTag, keySlot,
                rows.stream().map(r -> new KeyTagPolicy.Held((UUID) r[0], (String) r[1], (String) r[2])).toList());
        if (!clashes.isEmpty()) {
            throw new ProblemException(409, "R-CHK-2", "Key already in use", clashes.get(0).message(), clashes, null);
        }
        try {
            em.createNativeQuery("""
                insert into key_assignment (repair_order_id, store_code, key_tag, key_slot, assigned_at) values (?1, ?2, ?3, ?4, ?5)
                on conflict (repair_order_id) do update set key_tag = excluded.key_tag, key_slot = excluded.key_slot, assigned_at = excluded.assigned_at""")
                .setParameter(1, repairOrderId).setParameter(2, store).setParameter(3, keyTag).setParameter(4, keySlot).setParameter(5, now)
                .executeUpdate();
        } catch (jakarta.persistence.PersistenceException e) {
            // A concurrent check-in took the tag or slot between our check and the insert.
            String field = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()).contains("slot") ? "keySlot" : "keyTag";
            throw new ProblemException(409, "R-CHK-2", "Key already in use", "Another car in the shop took this " + field + " just now",
                    List.of(new Violation(field, "is on another car in the shop")), null);
        }
    }

    /** The car left the shop: its tag and slot are free for the next one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID repairOrderId) {
        em.createNativeQuery("delete from key_assignment where repair_order_id = ?1").setParameter(1, repairOrderId).executeUpdate();
    }

    void onLeftShop(@Observes RepairOrderLeftShop e) {
        release(e.repairOrderId());
    }
}
