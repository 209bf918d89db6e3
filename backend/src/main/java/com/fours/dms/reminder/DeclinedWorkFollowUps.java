package com.fours.dms.reminder;

import com.fours.dms.followup.DeskSettingsService;
import com.fours.dms.followup.NewTask;
import com.fours.dms.followup.SubjectType;
import com.fours.dms.followup.TaskPriority;
import com.fours.dms.followup.TaskPurpose;
import com.fours.dms.followup.TaskType;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.store.StoreJobSettings;
import com.fours.dms.store.StoreService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Issue 11, declined work comes back: the store's {@code declinedWorkFollowUpDays} (default 30) after the customer
 * declined found-not-fixed work (estimate lines, a declined estimate, supplementary items), a message (SMS or
 * e-mail on a channel they did not opt out of) and a call in customer service's queue, for the items still
 * open. Set-based per store: one INSERT … SELECT … ON CONFLICT DO NOTHING raises a follow-up per declining
 * order and day (the unique key), then one UPDATE … RETURNING claims the new ones; the claim, the messages'
 * and the tasks' dedupe keys make a second run, or two instances at once, raise nothing new.
 */
@ApplicationScoped
public class DeclinedWorkFollowUps {
    static final String ACTOR = "system:declined-work";
    private static final Logger LOG = Logger.getLogger(DeclinedWorkFollowUps.class);

    /**
     * A day missed (the generator did not run) is still raised up to this many days late; older declined work is
     * not, so switching the follow-up on does not call customers about work they declined years ago.
     */
    static final int CATCH_UP_DAYS = 14;

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

    /** What one run raised: follow-ups, messages queued, calls opened. */
    public record Run(int followUps, int messages, int calls) {
        Run plus(Run o) {
            return new Run(followUps + o.followUps, messages + o.messages, calls + o.calls);
        }
    }

    @Scheduled(every = "${dms.reminders.every:${dms.jobs.every:60s}}", delayed = "${dms.jobs.delay:30s}", identity = "declined-work-follow-ups",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = com.fours.dms.shared.time.ScheduledJobsDisabled.class)
    void scheduled() {
        Run r = runAll();
        if (r.followUps() + r.messages() + r.calls() > 0) {
            LOG.infof("declined work: %d follow-ups, %d messages, %d calls", r.followUps(), r.messages(), r.calls());
        }
    }

    /** Every store, each in its own transaction. */
    public Run runAll() {
        StoreJobSettings.Columns all = QuarkusTransaction.requiringNew().call(stores::jobSettings);
        Run total = new Run(0, 0, 0);
        for (int i = 0; i < all.codes().length; i++) {
            String code = all.codes()[i];
            ZoneId zone = ZoneId.of(all.timezones()[i]);
            total = total.plus(QuarkusTransaction.requiringNew().call(() -> run(code, zone)));
        }
        return total;
    }

    /** One store's generation for its own today: work declined on store day D comes back on D + the store's days. */
    @SuppressWarnings("unchecked")
    public Run run(String store, ZoneId zone) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        int days = deskSettings.settings(store).declinedWorkFollowUpDays();
        Instant before = today.minusDays(days - 1L).atStartOfDay(zone).toInstant();
        Instant from = today.minusDays(days + CATCH_UP_DAYS - 1L).atStartOfDay(zone).toInstant();
        int raised = em.createNativeQuery("""
                insert into declined_work_follow_up (id, store_code, repair_order_id, vehicle_id, customer_id, declined_on, due_date, items, item_count,
                                                     amount, created_at)
                select gen_random_uuid(), ?1, d.repair_order_id, d.vehicle_id, coalesce(rv.customer_id, d.customer_id), x.declined_on,
                       x.declined_on + cast(?2 as int), left(string_agg(d.description, '、' order by d.declined_at, d.finding_id), 2000), count(*),
                       sum(d.amount), ?6
                from declined_work d
                cross join lateral (select cast(d.declined_at at time zone cast(?3 as text) as date) as declined_on) x
                left join reminder_vehicle rv on rv.vehicle_id = d.vehicle_id
                where d.store_code = ?1 and d.resolved_at is null and d.declined_at >= ?4 and d.declined_at < ?5
                group by d.repair_order_id, d.vehicle_id, coalesce(rv.customer_id, d.customer_id), x.declined_on
                on conflict (store_code, repair_order_id, declined_on) do nothing""")
                .setParameter(1, store).setParameter(2, days).setParameter(3, zone.getId()).setParameter(4, from).setParameter(5, before)
                .setParameter(6, now).executeUpdate();
        List<Object[]> claimed = em.createNativeQuery("""
                update declined_work_follow_up set claimed_at = ?2 where store_code = ?1 and claimed_at is null
                returning id, repair_order_id, vehicle_id, customer_id, declined_on, items, item_count, amount""")
                .setParameter(1, store).setParameter(2, now).getResultList();
        OutreachDispatch.Sent sent = dispatch.send(store, "declined_work_follow_up", "declined-work-follow-up",
                claimed.stream().map(r -> new OutreachDispatch.Claimed<>((UUID) r[0], (UUID) r[3], (UUID) r[2], r)).toList(),
                new OutreachDispatch.Compose<Object[]>() {
                    @Override
                    public String messageKind(Object[] r) {
                        return "DECLINED_WORK_REMINDER";
                    }

                    @Override
                    public Map<String, Object> values(Object[] r, OutreachDispatch.Contact c) {
                        return Map.of("items", r[5], "declined", r[4].toString());
                    }

                    @Override
                    public NewTask call(Object[] r, OutreachDispatch.Contact c) {
                        String items = (String) r[5];
                        BigDecimal amount = (BigDecimal) r[7];
                        String title = "未修项目回访：" + items;
                        title = (title.length() > 220 ? title.substring(0, 220) + "…" : title) + "（" + r[6] + " 项，" + amount.toPlainString() + " 元，" + r[4] + " 未修）";
                        return new NewTask(store, TaskType.SERVICE_REMINDER, SubjectType.REPAIR_ORDER, (UUID) r[1], (UUID) r[3], (UUID) r[2], title,
                                Roles.CUSTOMER_SERVICE, TaskPriority.NORMAL, now, null, callKey((UUID) r[0]), ACTOR).withPurpose(TaskPurpose.DECLINED_WORK);
                    }
                }, ACTOR);
        return new Run(raised, sent.messages(), sent.calls());
    }

    static String callKey(UUID followUp) {
        return TaskType.SERVICE_REMINDER.name() + ":declined-work:" + followUp;
    }
}
