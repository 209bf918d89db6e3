package com.fours.dms.repairorder;

import com.fours.dms.repairorder.api.RepairOrderApi.*;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.http.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The write side shared by {@link EstimateService} and {@link RepairOrderLifecycle}: load with the If-Match check, flush, audit, answer the view. */
@ApplicationScoped
public class RepairOrderChanges {
    static final String ENTITY = "repair-order";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    RepairOrderQueries queries;

    RepairOrder loadForChange(String store, UUID id, long expected) {
        RepairOrder o = queries.load(store, id);
        ETags.check(expected, o.version);
        return o;
    }

    /** Writes the change; a change to the lines alone bumps the order's version too (the ETag covers the whole estimate). */
    View saved(RepairOrder o, long before, String action, Map<String, ?> details) {
        recorded(o, before, action, details);
        return queries.view(o);
    }

    /** Writes and audits a change without building the order's view (when several changes make one answer). */
    void recorded(RepairOrder o, long before, String action, Map<String, ?> details) {
        em.flush();
        if (o.version == before) {
            em.lock(o, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            em.flush();
        }
        audit.action(o.storeCode, ENTITY, o.id, action, details);
    }

    View transitioned(RepairOrder o, RepairOrderStatus from, String action, Map<String, ?> details) {
        Map<String, Object> d = new LinkedHashMap<>(details);
        d.put("from", from.name());
        d.put("to", o.status.name());
        em.flush();
        audit.action(o.storeCode, ENTITY, o.id, action, d);
        return queries.view(o);
    }
}
