package com.fours.dms.followup;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.followup.api.DeskApi;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.persistence.SqlValues;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Per-channel consent per customer (call, SMS, e-mail). A customer may be contacted on a channel until
 * they opt out of it (from the desk, or from the link in a message); an opted-out channel is never
 * used by the desk or the reminders, and the work queue says why someone is not called.
 */
@ApplicationScoped
public class ConsentService {
    static final String ENTITY = "contact-consent";

    @Inject
    EntityManager em;

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    CustomerService customers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The customers among {@code ids} who opted out of {@code channel} (one query). */
    @SuppressWarnings("unchecked")
    public Set<UUID> optedOut(Collection<UUID> ids, OutreachChannel channel) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<UUID> rows = em.createNativeQuery("select customer_id from contact_consent where customer_id = any(?1) and channel = ?2 and not allowed")
                .setParameter(1, ids.stream().distinct().toArray(UUID[]::new)).setParameter(2, channel.name()).getResultList();
        return new HashSet<>(rows);
    }

    /** For each customer among {@code ids}, the channels they opted out of (customers with none are absent). */
    @SuppressWarnings("unchecked")
    public Map<UUID, Set<OutreachChannel>> optOuts(Collection<UUID> ids) {
        Map<UUID, Set<OutreachChannel>> m = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return m;
        }
        List<Object[]> rows = em.createNativeQuery("select customer_id, channel from contact_consent where customer_id = any(?1) and not allowed")
                .setParameter(1, ids.stream().distinct().toArray(UUID[]::new)).getResultList();
        for (Object[] r : rows) {
            m.computeIfAbsent((UUID) r[0], k -> java.util.EnumSet.noneOf(OutreachChannel.class)).add(OutreachChannel.valueOf((String) r[1]));
        }
        return m;
    }

    public DeskApi.Consent get(String store, UUID customerId) {
        access.require(store);
        customers.requireReference(store, customerId, "customerId");
        return view(customerId);
    }

    /** The desk records what the customer said about one channel (audited with the reason). */
    @Transactional
    public DeskApi.Consent set(String store, UUID customerId, OutreachChannel channel, DeskApi.ConsentRequest req) {
        access.require(store);
        customers.requireReference(store, customerId, "customerId");
        return record(store, customerId, channel, req.allowed(), "DESK", blankToNull(req.reason()), user.username(), false);
    }

    DeskApi.Consent record(String store, UUID customerId, OutreachChannel channel, boolean allowed, String source, String reason, String by, boolean system) {
        DeskApi.Consent before = view(customerId);
        Instant now = clock.instant();
        em.createNativeQuery("""
                insert into contact_consent (store_code, customer_id, channel, allowed, source, reason, changed_by, changed_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (customer_id, channel) do update set allowed = excluded.allowed, source = excluded.source, reason = excluded.reason,
                    changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .setParameter(1, store).setParameter(2, customerId).setParameter(3, channel.name()).setParameter(4, allowed)
                .setParameter(5, source).setParameter(6, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.STRING, reason))
                .setParameter(7, by).setParameter(8, now).executeUpdate();
        DeskApi.Consent after = view(customerId);
        if (system) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("channel", channel.name());
            d.put("allowed", allowed);
            d.put("source", source);
            audit.system(store, ENTITY, customerId, allowed ? "opted-in" : "opted-out", d, by);
        } else {
            audit.changed(store, ENTITY, customerId, allowed ? "opted-in" : "opted-out", before, after);
        }
        return after;
    }

    @SuppressWarnings("unchecked")
    private DeskApi.Consent view(UUID customerId) {
        List<Object[]> rows = em.createNativeQuery("select channel, allowed, source, reason, changed_by, changed_at from contact_consent where customer_id = ?1")
                .setParameter(1, customerId).getResultList();
        Map<OutreachChannel, DeskApi.ChannelConsent> by = new EnumMap<>(OutreachChannel.class);
        for (Object[] r : rows) {
            OutreachChannel c = OutreachChannel.valueOf((String) r[0]);
            by.put(c, new DeskApi.ChannelConsent(c, (Boolean) r[1], (String) r[2], (String) r[3], (String) r[4], SqlValues.instant(r[5])));
        }
        List<DeskApi.ChannelConsent> channels = Arrays.stream(OutreachChannel.values())
                .map(c -> by.getOrDefault(c, new DeskApi.ChannelConsent(c, true, null, null, null, null))).toList();
        return new DeskApi.Consent(customerId, channels);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
