package com.fours.dms.shared.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.dms.shared.audit.api.AuditEntryView;
import com.fours.dms.shared.persistence.Page;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit trail of a store. */
@ApplicationScoped
public class AuditTrail {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    @Inject
    StoreAccess access;

    @Inject
    ObjectMapper mapper;

    public Page<AuditEntryView> list(String store, String entityType, String entityId, PageRequest page) {
        access.require(store);
        StringBuilder q = new StringBuilder("storeCode = :store");
        Map<String, Object> p = new HashMap<>();
        p.put("store", store);
        if (entityType != null) {
            q.append(" and entityType = :type");
            p.put("type", entityType);
        }
        if (entityId != null) {
            q.append(" and entityId = :eid");
            p.put("eid", entityId);
        }
        if (page.after() != null) {
            q.append(" and id > :after");
            p.put("after", page.after());
        }
        List<AuditEntry> rows = AuditEntry.find(q + " order by id", p).range(0, page.limit()).list();
        return page.page(rows, e -> e.id, this::view);
    }

    private AuditEntryView view(AuditEntry e) {
        try {
            return new AuditEntryView(e.id, e.occurredAt, e.actor, Arrays.asList(e.actorRoles.split(",")), e.entityType, e.entityId,
                    e.action, mapper.readValue(e.changes, MAP));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
