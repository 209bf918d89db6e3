package com.fours.dms.shared.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Writes who did what to which record, in the caller's transaction (MANDATORY): a state change
 * without its audit entry cannot commit.
 */
@ApplicationScoped
public class AuditLog {
    /** Fields that change on every write and say nothing to a reader of the trail. */
    private static final Set<String> IGNORED = Set.of("version", "updatedAt", "createdAt");

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String storeCode, String entityType, Object entityId, Object after) {
        ObjectNode changes = mapper.createObjectNode();
        JsonNode a = mapper.valueToTree(after);
        a.properties().forEach(e -> {
            if (!IGNORED.contains(e.getKey()) && !e.getValue().isNull()) {
                changes.set(e.getKey(), pair(null, e.getValue()));
            }
        });
        write(storeCode, entityType, entityId, "created", changes);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String storeCode, String entityType, Object entityId, String action, Object before, Object after) {
        write(storeCode, entityType, entityId, action, diff(before, after));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void action(String storeCode, String entityType, Object entityId, String action, Map<String, ?> details) {
        write(storeCode, entityType, entityId, action, mapper.valueToTree(details));
    }

    /** An entry written by the system itself (scheduled jobs), with no signed-in user. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void system(String storeCode, String entityType, Object entityId, String action, Map<String, ?> details, String actor) {
        writeAs(storeCode, entityType, entityId, action, mapper.valueToTree(details), actor, "system");
    }

    ObjectNode diff(Object before, Object after) {
        JsonNode b = mapper.valueToTree(before);
        JsonNode a = mapper.valueToTree(after);
        ObjectNode changes = mapper.createObjectNode();
        Iterator<String> names = a.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (IGNORED.contains(name)) {
                continue;
            }
            JsonNode old = b.get(name);
            JsonNode now = a.get(name);
            if (old == null || !old.equals(now)) {
                changes.set(name, pair(old, now));
            }
        }
        return changes;
    }

    private ObjectNode pair(JsonNode from, JsonNode to) {
        ObjectNode n = mapper.createObjectNode();
        n.set("from", from);
        n.set("to", to);
        return n;
    }

    private void write(String storeCode, String entityType, Object entityId, String action, JsonNode changes) {
        writeAs(storeCode, entityType, entityId, action, changes, user.username(), String.join(",", user.roles()));
    }

    private void writeAs(String storeCode, String entityType, Object entityId, String action, JsonNode changes, String actor, String roles) {
        AuditEntry e = new AuditEntry();
        e.id = Ids.newId(clock);
        e.storeCode = storeCode;
        e.occurredAt = clock.instant();
        e.actor = actor;
        e.actorRoles = roles;
        e.entityType = entityType;
        e.entityId = String.valueOf(entityId);
        e.action = action;
        e.changes = changes.toString();
        e.persist();
    }
}
