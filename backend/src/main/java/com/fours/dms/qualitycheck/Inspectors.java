package com.fours.dms.qualitycheck;

import com.fours.dms.qualitycheck.api.QualityCheckApi.InspectorView;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.workshop.WorkshopSetupService;
import com.fours.dms.workshop.api.WorkshopApi.TechnicianView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** R-QC-1: who holds the inspector permission in a store; granted and withdrawn by the service manager, audited. */
@ApplicationScoped
public class Inspectors {
    static final String ENTITY = "technician";

    @Inject
    EntityManager em;

    @Inject
    StoreAccess access;

    @Inject
    WorkshopSetupService setup;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @SuppressWarnings("unchecked")
    public List<InspectorView> list(String store) {
        access.require(store);
        Map<UUID, TechnicianView> techs = setup.techniciansOfStore(store).stream().collect(Collectors.toMap(TechnicianView::id, Function.identity()));
        List<Object[]> rows = em.createNativeQuery("select technician_id, granted_by, granted_at from qc_inspector where store_code = ?1 order by granted_at, technician_id")
                .setParameter(1, store).getResultList();
        return rows.stream().filter(r -> techs.containsKey((UUID) r[0])).map(r -> {
            TechnicianView t = techs.get((UUID) r[0]);
            return new InspectorView(t.id(), t.name(), t.username(), (String) r[1], instant(r[2]));
        }).toList();
    }

    public boolean isInspector(String store, UUID technicianId) {
        return !em.createNativeQuery("select 1 from qc_inspector where store_code = ?1 and technician_id = ?2")
                .setParameter(1, store).setParameter(2, technicianId).getResultList().isEmpty();
    }

    /** Grants the permission to an active technician of the store; granting it again changes nothing. */
    @Transactional
    public List<InspectorView> grant(String store, UUID technicianId) {
        access.require(store);
        TechnicianView t = setup.techniciansOfStore(store).stream().filter(x -> x.id().equals(technicianId) && x.active()).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Active technician", technicianId));
        int added = em.createNativeQuery("""
                insert into qc_inspector (store_code, technician_id, granted_by, granted_at) values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, store).setParameter(2, technicianId).setParameter(3, user.username()).setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
        if (added > 0) {
            audit.action(store, ENTITY, technicianId, "inspector-granted", Map.of("name", t.name()));
        }
        return list(store);
    }

    @Transactional
    public List<InspectorView> revoke(String store, UUID technicianId) {
        access.require(store);
        int removed = em.createNativeQuery("delete from qc_inspector where store_code = ?1 and technician_id = ?2")
                .setParameter(1, store).setParameter(2, technicianId).executeUpdate();
        if (removed == 0) {
            throw ProblemException.notFound("Inspector", technicianId);
        }
        audit.action(store, ENTITY, technicianId, "inspector-withdrawn", Map.of());
        return list(store);
    }

    private static Instant instant(Object o) {
        return o instanceof Instant i ? i : o instanceof java.time.OffsetDateTime odt ? odt.toInstant() : ((Timestamp) o).toInstant();
    }
}
