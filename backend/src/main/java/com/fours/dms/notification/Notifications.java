package com.fours.dms.notification;

import com.fours.dms.notification.api.NotificationApi;
import com.fours.dms.notification.api.NotificationApiViewBuilder;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.persistence.SqlValues;
import com.fours.dms.store.QuietHours;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreService;
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
 * The outbox: a message is a row written in the same transaction as the change that causes it, with
 * its text filled from the store's template. {@link OutboxDispatcher} delivers customer rows (SMS,
 * e-mail) later; board rows (workshop, parts) are delivered by being written: the boards read them.
 * A message is written once per dedupe key (kind, audience, subject, discriminator), so a repeated
 * job never queues twice while a second reschedule is a new message.
 */
@ApplicationScoped
public class Notifications {
    /** MANAGER: the service manager (complaint escalations, R-FUP-5). */
    public enum Audience { CUSTOMER, WORKSHOP, PARTS, MANAGER }

    @Inject
    EntityManager em;

    @Inject
    StoreAccess access;

    @Inject
    StoreService stores;

    @Inject
    NotificationTemplates templates;

    @Inject
    com.fours.dms.shared.audit.AuditLog audit;

    @Inject
    Clock clock;

    /** Queues the message in the caller's transaction; false when the same message (dedupe key) was queued before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queue(OutgoingMessage m) {
        return queued(m).isPresent();
    }

    /** Queues the message in the caller's transaction; its id, or empty when the same message (dedupe key) was queued before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<UUID> queued(OutgoingMessage m) {
        UUID id = Ids.newId(clock);
        QuietHours store = stores.quietHours(m.store);
        NotificationTemplates.Rendered text = templates.render(m, store.storeName(), store.zone());
        Instant now = clock.instant();
        boolean board = m.channel == Channel.BOARD;
        return em.createNativeQuery("""
                insert into notification (id, store_code, audience, channel, kind, appointment_id, subject_type, subject_id, dedupe_key,
                    recipient, language, title, body, status, attempts, next_attempt_at, provider, created_at, sent_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 0, ?15, ?16, ?15, ?17)
                on conflict (store_code, dedupe_key) do nothing""")
                .setParameter(1, id).setParameter(2, m.store).setParameter(3, m.audience.name()).setParameter(4, m.channel.name())
                .setParameter(5, m.kind).setParameter(6, m.appointmentId).setParameter(7, m.subjectType).setParameter(8, m.subjectId)
                .setParameter(9, m.dedupeKey()).setParameter(10, m.recipient).setParameter(11, m.language).setParameter(12, text.title())
                .setParameter(13, text.body()).setParameter(14, board ? OutboxMessage.Status.SENT.name() : OutboxMessage.Status.PENDING.name())
                .setParameter(15, now).setParameter(16, board ? "board" : null).setParameter(17, board ? now : null)
                .executeUpdate() == 1 ? java.util.Optional.of(id) : java.util.Optional.empty();
    }

    /**
     * Queues many customer messages (SMS, e-mail) in the caller's transaction with one statement per
     * thousand, for the scheduled generators that raise a fleet's reminders at once; each store's
     * template is read once. A message whose dedupe key was queued before is skipped. Returns how many were queued.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int queueAll(List<OutgoingMessage> messages) {
        Map<String, QuietHours> storesSeen = new HashMap<>();
        Map<NotificationTemplates.Key, Object> templateCache = new HashMap<>();
        Instant now = clock.instant();
        int queued = 0;
        for (int from = 0; from < messages.size(); from += 1000) {
            List<OutgoingMessage> chunk = messages.subList(from, Math.min(messages.size(), from + 1000));
            StringBuilder sql = new StringBuilder("""
                    insert into notification (id, store_code, audience, channel, kind, subject_type, subject_id, dedupe_key, recipient, language,
                        title, body, status, attempts, next_attempt_at, created_at) values\s""");
            List<Object> params = new java.util.ArrayList<>();
            int nowParam = chunk.size() * 12 + 1;
            for (int i = 0; i < chunk.size(); i++) {
                OutgoingMessage m = chunk.get(i);
                if (!m.channel.customerFacing()) {
                    throw new IllegalArgumentException("queueAll is for customer messages, not " + m.channel);
                }
                QuietHours store = storesSeen.computeIfAbsent(m.store, stores::quietHours);
                NotificationTemplates.Rendered text = templates.render(m, store.storeName(), store.zone(), templateCache);
                int p = params.size();
                sql.append(i == 0 ? "" : ", ").append("(");
                for (int k = 1; k <= 12; k++) {
                    sql.append('?').append(p + k).append(", ");
                }
                sql.append("'PENDING', 0, ?").append(nowParam).append(", ?").append(nowParam).append(')');
                params.addAll(java.util.Arrays.asList(Ids.newId(clock), m.store, m.audience.name(), m.channel.name(), m.kind, m.subjectType, m.subjectId,
                        m.dedupeKey(), m.recipient, m.language, text.title(), text.body()));
            }
            sql.append(" on conflict (store_code, dedupe_key) do nothing");
            var q = em.createNativeQuery(sql.toString());
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            q.setParameter(nowParam, now);
            queued += q.executeUpdate();
        }
        return queued;
    }

    /** Where some messages stand (for the context that queued them, e.g. whether the customer's link went out); a caller whose store was checked. */
    public record Delivery(UUID id, String channel, String recipient, String status, int attempts, String lastError, Instant sentAt) {}

    @SuppressWarnings("unchecked")
    public List<Delivery> deliveries(String store, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select id, channel, recipient, status, attempts, last_error, sent_at from notification
                where store_code = ?1 and id = any(?2) order by id""")
                .setParameter(1, store).setParameter(2, ids.toArray(UUID[]::new)).getResultList();
        return rows.stream().map(r -> new Delivery((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(),
                (String) r[5], SqlValues.instant(r[6]))).toList();
    }

    /**
     * Withdraws the messages about a subject that are still waiting (PENDING or HELD) and that no
     * dispatcher is delivering right now, e.g. the reminder of an appointment that was cancelled.
     * Returns how many were withdrawn; each is audited (as the signed-in user, or as {@code systemActor} for a job).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withdraw(String store, String subjectType, UUID subjectId, String reason, String systemActor) {
        Instant now = clock.instant();
        List<OutboxMessage> waiting = OutboxMessage.list("""
                storeCode = ?1 and subjectType = ?2 and subjectId = ?3 and status in ('PENDING', 'HELD')
                and (claimedUntil is null or claimedUntil <= ?4)""", store, subjectType, subjectId, now);
        for (OutboxMessage m : waiting) {
            m.withdrawn(reason);
            if (systemActor == null) {
                audit.action(store, "notification", m.id, "withdrawn", Map.of("reason", reason));
            } else {
                audit.system(store, "notification", m.id, "withdrawn", Map.of("reason", reason), systemActor);
            }
        }
        return waiting.size();
    }

    @SuppressWarnings("unchecked")
    public NotificationApi.Page list(String store, Audience audience, UUID appointmentId, OutboxMessage.Status status, PageRequest page) {
        access.require(store);
        StringBuilder sql = new StringBuilder("""
                select id, audience, channel, kind, subject_type, subject_id, appointment_id, recipient, title, body, language, status,
                       attempts, last_error, next_attempt_at, provider, created_at, sent_at
                from notification where store_code = :store""");
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
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status.name());
        }
        if (page.after() != null) {
            sql.append(" and id > :after");
            params.put("after", page.after());
        }
        sql.append(" order by id limit ").append(page.limit() + 1);
        var q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        return NotificationApi.Page.of(page.page(rows, r -> (UUID) r[0], r -> NotificationApiViewBuilder.stagedBuilder()
                .id((UUID) r[0]).audience((String) r[1]).channel((String) r[2]).kind((String) r[3])
                .subjectType((String) r[4]).subjectId((UUID) r[5]).appointmentId((UUID) r[6]).recipient((String) r[7])
                .title((String) r[8]).body((String) r[9]).language((String) r[10]).status((String) r[11])
                .attempts(((Number) r[12]).intValue()).lastError((String) r[13]).nextAttemptAt(SqlValues.instant(r[14]))
                .provider((String) r[15]).createdAt(SqlValues.instant(r[16])).sentAt(SqlValues.instant(r[17]))
                .build()));
    }
}
