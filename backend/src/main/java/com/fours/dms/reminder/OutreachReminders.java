package com.fours.dms.reminder;

import com.fours.dms.followup.DeskSettings;
import com.fours.dms.followup.DeskSettingsService;
import com.fours.dms.followup.NewTask;
import com.fours.dms.followup.SubjectType;
import com.fours.dms.followup.TaskPriority;
import com.fours.dms.followup.TaskType;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.store.StoreJobSettings;
import com.fours.dms.store.StoreService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Issue 11, the reminders other than maintenance, set-based per store on the store's own today (never vehicle by
 * vehicle): one INSERT … SELECT … ON CONFLICT DO NOTHING per kind over the reminder context's view of the fleet,
 * keyed by vehicle and what the outreach counts from, then one UPDATE … RETURNING claims the new ones for their
 * message and call. A second run, or two instances at once, raise nothing new.
 * <ul>
 *   <li>R-REM-4 first service: cars sold here last month (store month), not serviced since the sale.</li>
 *   <li>R-REM-5 retention: from the store's mid-month day, vehicles whose last visit is at least the store's
 *       retention months before that day (and not yet lost); lost: the last visit is at least the lost months ago.</li>
 *   <li>R-REM-6 insurance renewal and annual inspection: the policy expires, the inspection falls due, next month.</li>
 * </ul>
 */
@ApplicationScoped
public class OutreachReminders {
    static final String ACTOR = "system:outreach";
    private static final Logger LOG = Logger.getLogger(OutreachReminders.class);

    @Inject
    EntityManager em;

    @Inject
    StoreService stores;

    @Inject
    DeskSettingsService deskSettings;

    @Inject
    OutreachDispatch dispatch;

    @Inject
    Clock clock;

    /** What one run raised per kind, and the messages and calls. */
    public record Run(Map<OutreachKind, Integer> raised, int messages, int calls) {
        public int raised(OutreachKind k) {
            return raised.getOrDefault(k, 0);
        }

        public int total() {
            return raised.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @Scheduled(every = "${dms.reminders.every:${dms.jobs.every:60s}}", delayed = "${dms.jobs.delay:30s}", identity = "outreach-reminders",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = com.fours.dms.shared.time.ScheduledJobsDisabled.class)
    void scheduled() {
        StoreJobSettings.Columns all = QuarkusTransaction.requiringNew().call(stores::jobSettings);
        for (int i = 0; i < all.codes().length; i++) {
            String code = all.codes()[i];
            ZoneId zone = ZoneId.of(all.timezones()[i]);
            Run r = QuarkusTransaction.requiringNew().call(() -> run(code, zone));
            if (r.total() + r.messages() + r.calls() > 0) {
                LOG.infof("outreach %s: %s, %d messages, %d calls", code, r.raised(), r.messages(), r.calls());
            }
        }
    }

    /** One store's generation for its own today. */
    public Run run(String store, ZoneId zone) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        DeskSettings s = deskSettings.settings(store);
        LocalDate thisMonth = today.withDayOfMonth(1);
        Map<OutreachKind, Integer> raised = new EnumMap<>(OutreachKind.class);
        // R-REM-4: sold last month (the sale is a store date), no service after the sale.
        raised.put(OutreachKind.FIRST_SERVICE, raise(store, now, OutreachKind.FIRST_SERVICE, "rv.purchase_date",
                "rv.sold_here and rv.purchase_date >= ?3 and rv.purchase_date < ?4 and (rv.last_service_date is null or rv.last_service_date <= rv.purchase_date)",
                thisMonth.minusMonths(1), thisMonth));
        // R-REM-5: lost after the lost months; retention from mid-month for the months before that day, not yet lost.
        LocalDate lostOnOrBefore = today.minusMonths(s.lostMonths());
        raised.put(OutreachKind.LOST, raise(store, now, OutreachKind.LOST, "rv.last_service_date", "rv.last_service_date <= ?3", lostOnOrBefore, null));
        if (today.getDayOfMonth() >= s.retentionCallDay()) {
            LocalDate mid = today.withDayOfMonth(s.retentionCallDay());
            raised.put(OutreachKind.RETENTION, raise(store, now, OutreachKind.RETENTION, "rv.last_service_date",
                    "rv.last_service_date <= ?3 and rv.last_service_date > ?4", mid.minusMonths(s.retentionMonths()), lostOnOrBefore));
        }
        // R-REM-6: next month's expiries and inspections.
        LocalDate nextMonth = thisMonth.plusMonths(1);
        raised.put(OutreachKind.INSURANCE_RENEWAL, raise(store, now, OutreachKind.INSURANCE_RENEWAL, "rv.insurance_expires_on",
                "rv.insurance_expires_on >= ?3 and rv.insurance_expires_on < ?4", nextMonth, nextMonth.plusMonths(1)));
        raised.put(OutreachKind.ANNUAL_INSPECTION, raise(store, now, OutreachKind.ANNUAL_INSPECTION, "rv.inspection_due_on",
                "rv.inspection_due_on >= ?3 and rv.inspection_due_on < ?4", nextMonth, nextMonth.plusMonths(1)));
        int[] sent = claim(store, now);
        return new Run(raised, sent[0], sent[1]);
    }

    /** One kind's set-based insert: every vehicle of the store matching {@code where} (?3, ?4), once per reference date. */
    private int raise(String store, Instant now, OutreachKind kind, String reference, String where, LocalDate p3, LocalDate p4) {
        var q = em.createNativeQuery("""
                insert into reminder_outreach (id, store_code, kind, vehicle_id, customer_id, cycle_key, reference_date, status, created_at)
                select gen_random_uuid(), ?1, '%s', rv.vehicle_id, rv.customer_id, rv.vehicle_id || ':' || %s, %s, 'OPEN', ?2
                from reminder_vehicle rv
                where rv.store_code = ?1 and %s
                on conflict (store_code, kind, cycle_key) do nothing""".formatted(kind.name(), reference, reference, where))
                .setParameter(1, store).setParameter(2, now).setParameter(3, p3);
        if (p4 != null) {
            q.setParameter(4, p4);
        }
        return q.executeUpdate();
    }

    /** Claims the new outreaches once (UPDATE … RETURNING) and sends their messages and opens their calls. */
    @SuppressWarnings("unchecked")
    private int[] claim(String store, Instant now) {
        List<Object[]> claimed = em.createNativeQuery("""
                update reminder_outreach set claimed_at = ?2 where store_code = ?1 and claimed_at is null
                returning id, kind, vehicle_id, customer_id, reference_date""")
                .setParameter(1, store).setParameter(2, now).getResultList();
        OutreachDispatch.Sent sent = dispatch.send(store, "reminder_outreach", "reminder-outreach",
                claimed.stream().map(r -> new OutreachDispatch.Claimed<>((UUID) r[0], (UUID) r[3], (UUID) r[2], r)).toList(),
                new OutreachDispatch.Compose<Object[]>() {
                    @Override
                    public String messageKind(Object[] r) {
                        return OutreachKind.valueOf((String) r[1]).messageKind;
                    }

                    @Override
                    public Map<String, Object> values(Object[] r, OutreachDispatch.Contact c) {
                        return Map.of("date", r[4].toString());
                    }

                    @Override
                    public NewTask call(Object[] r, OutreachDispatch.Contact c) {
                        OutreachKind kind = OutreachKind.valueOf((String) r[1]);
                        return new NewTask(store, TaskType.SERVICE_REMINDER, SubjectType.VEHICLE, (UUID) r[2], (UUID) r[3], (UUID) r[2],
                                title(kind, r[4].toString(), c.plate()), Roles.CUSTOMER_SERVICE, TaskPriority.NORMAL, now, null, callKey((UUID) r[0]), ACTOR)
                                .withPurpose(kind.purpose);
                    }
                }, ACTOR);
        return new int[] {sent.messages(), sent.calls()};
    }

    private static String title(OutreachKind kind, String date, String plate) {
        return switch (kind) {
            case FIRST_SERVICE -> "首保提醒：" + plate + " 于 " + date + " 在本店购车，尚未首保";
            case RETENTION -> "客户保持回访：" + plate + " 上次到店 " + date + "，已较长时间未到店";
            case LOST -> "流失客户回访：" + plate + " 上次到店 " + date + "，已超过流失期限 — 结束通话时请选择流失原因";
            case INSURANCE_RENEWAL -> "续保提醒：" + plate + " 保险将于 " + date + " 到期";
            case ANNUAL_INSPECTION -> "年审提醒：" + plate + " 年审将于 " + date + " 到期";
        };
    }

    static String callKey(UUID outreach) {
        return TaskType.SERVICE_REMINDER.name() + ":outreach:" + outreach;
    }
}
