package com.fours.dms.repairorder;

import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The order's promised delivery time after the hand-over, for the contexts that move it (R-REP-2 the
 * progress check in dispatch, R-REP-3 approved supplementary work): what was promised, the named
 * transition {@link RepairOrder#revisePromisedDelivery} with its history, and the workshop's
 * expected completion. Every change is audited on the order.
 */
@ApplicationScoped
public class PromisedDeliveries {
    @Inject
    EntityManager em;

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What was promised for an order, and who to tell. */
    public record Promise(UUID id, String storeCode, String number, RepairOrderStatus status, UUID customerId, UUID vehicleId, UUID advisorId,
            Instant promisedDeliveryAt, Instant expectedCompletionAt) {
        static Promise of(RepairOrder o) {
            return new Promise(o.id, o.storeCode, o.number, o.status, o.customerId, o.vehicleId, o.advisorId, o.promisedDeliveryAt, o.expectedCompletionAt);
        }
    }

    /** One move of the promised time: from, to, and the history entry's id. */
    public record Revision(UUID id, Instant previousAt, Instant revisedTo) {}

    /** The promises of many orders in one query, for a scheduled job (no caller, so no store check). Unknown ids are left out. */
    public Map<UUID, Promise> promises(Collection<UUID> orderIds) {
        Map<UUID, Promise> out = new HashMap<>();
        if (!orderIds.isEmpty()) {
            RepairOrder.<RepairOrder>list("id in ?1", Set.copyOf(orderIds)).forEach(o -> out.put(o.id, Promise.of(o)));
        }
        return out;
    }

    /** One order's promise, for a caller who may see the store. */
    public Promise promise(String store, UUID orderId) {
        return Promise.of(access.owned(store, RepairOrder.<RepairOrder>findById(orderId), o -> o.storeCode, "Repair order", orderId));
    }

    /**
     * R-REP-2: the signed-in advisor moves the promised time, with the reason in their words and what
     * caused it (the progress check); kept in the order's history and audited. 409 with the rule id
     * when the workshop does not have the car or nothing was promised.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Revision revise(String store, UUID orderId, Instant at, PromisedDeliveryReason reason, String note, String reference) {
        PromisedDeliveryRevision r = revised(locked(store, orderId), at, reason, note, reference, null, Map.of());
        return new Revision(r.id, r.previousAt, r.revisedTo);
    }

    /** R-REP-2: the workshop's expected completion as the signed-in advisor recorded it (audited). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void expectCompletion(String store, UUID orderId, Instant at, String reference) {
        RepairOrder o = locked(store, orderId);
        Instant before = o.expectedCompletionAt;
        o.expectCompletion(at, clock.instant());
        em.flush();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("from", before == null ? null : before.toString());
        d.put("to", at.toString());
        d.put("reference", reference);
        audit.action(o.storeCode, RepairOrderChanges.ENTITY, o.id, "completion-expected", d);
    }

    /** The transition, its history entry and the audit entry ("delivery-revised", as {@code actor} when nobody is signed in). */
    PromisedDeliveryRevision revised(RepairOrder o, Instant at, PromisedDeliveryReason reason, String note, String reference, String actor,
            Map<String, ?> details) {
        PromisedDeliveryRevision r = o.revisePromisedDelivery(Ids.newId(clock), at, reason, note, reference, actor == null ? user.username() : actor,
                clock.instant());
        r.persist();
        em.flush();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("from", r.previousAt == null ? null : r.previousAt.toString());
        d.put("to", at.toString());
        d.put("reason", reason.name());
        d.put("note", note);
        d.put("reference", reference);
        d.putAll(details);
        if (actor == null) {
            audit.action(o.storeCode, RepairOrderChanges.ENTITY, o.id, "delivery-revised", d);
        } else {
            audit.system(o.storeCode, RepairOrderChanges.ENTITY, o.id, "delivery-revised", d, actor);
        }
        return r;
    }

    /** The caller's store's order, locked for the change (a second change of the same order waits). */
    private RepairOrder locked(String store, UUID orderId) {
        return access.owned(store, em.find(RepairOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE), x -> x.storeCode, "Repair order", orderId);
    }
}
