package com.fours.dms.notification;

import com.fours.dms.notification.api.NotificationView;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.persistence.Page;
import com.fours.dms.shared.persistence.SqlValues;
import com.fours.dms.store.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outbox: a message is a row written in the same transaction as the change that causes it.
 * Channels (SMS, e-mail) deliver rows later; internal audiences (workshop, parts) read them on their
 * boards. One message per appointment, kind and audience, so a repeated job never sends twice.
 */
@ApplicationScoped
public class Notifications {
    public enum Audience { CUSTOMER, WORKSHOP, PARTS }

    @Inject
    EntityManager em;

    @Inject
    StoreAccess access;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queue(String store, Audience audience, String channel, String kind, UUID appointmentId, String recipient, String body) {
        return em.createNativeQuery("""
                insert into notification (id, store_code, audience, channel, kind, appointment_id, recipient, body, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict (appointment_id, kind, audience) do nothing""")
                .setParameter(1, Ids.newId(clock)).setParameter(2, store).setParameter(3, audience.name()).setParameter(4, channel)
                .setParameter(5, kind).setParameter(6, appointmentId).setParameter(7, recipient).setParameter(8, body)
                .setParameter(9, clock.instant()).executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    public Page<NotificationView> list(String store, Audience audience, UUID appointmentId, PageRequest page) {
        access.require(store);
        StringBuilder sql = new StringBuilder("select id, audience, channel, kind, appointment_id, recipient, body, created_at, sent_at from notification where store_code = :store");
        Map<String, Object> params = new HashMap<>();
        params.put("store", store);
        if (audience != null) {
            sql.append(" and audience = :audience");
            params.put("audience", audience.name());
        }
        if (appointmentId != null) {
            sql.append(" and appointment_id = :appointment");
            params.put("appointment", appointmentId);
        }
        if (page.after() != null) {
            sql.append(" and id > :after");
            params.put("after", page.after());
        }
        sql.append(" order by id limit ").append(page.limit() + 1);
        var q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        return page.page(rows, r -> (UUID) r[0], r -> new NotificationView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (UUID) r[4], (String) r[5], (String) r[6], SqlValues.instant(r[7]), SqlValues.instant(r[8])));
    }

}
