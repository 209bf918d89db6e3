package com.fours.dms.feedback;

import com.fours.dms.followup.DeskSettingsService;
import com.fours.dms.followup.NewTask;
import com.fours.dms.followup.PostServiceSettings;
import com.fours.dms.followup.SubjectType;
import com.fours.dms.followup.TaskPriority;
import com.fours.dms.followup.TaskService;
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
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * R-FUP-1 and R-FUP-3, the scheduled post-service follow-up, set-based per store: once a delivered
 * order's follow-up window opens (2 days after delivery, store day), one UPDATE decides the sample
 * for every such order at once, per stratum (customer type x order type, in the store-local week of
 * delivery): ordered by a hash of the order id (deterministic, spread over the week), the first so
 * many are sampled that the stratum's decided orders reach at least the store's percentage (50 %).
 * Then UPDATE … RETURNING claims the sampled orders still in their window and opens one call each,
 * due 3 days after delivery until the window closes (7 days), INSERT … ON CONFLICT DO NOTHING on the
 * task's dedupe key. A transaction-scoped advisory lock per store makes two instances take turns, and
 * every row is decided and claimed once, so running it again, or twice at once, raises nothing new.
 */
@ApplicationScoped
public class PostServiceFollowUps {
    static final String ACTOR = "system:follow-ups";
    private static final Logger LOG = Logger.getLogger(PostServiceFollowUps.class);

    @Inject
    EntityManager em;

    @Inject
    StoreService stores;

    @Inject
    DeskSettingsService settings;

    @Inject
    TaskService tasks;

    @Inject
    Clock clock;

    /** What one run did in one store: orders decided, of them sampled, and calls opened. */
    public record Run(int decided, int sampled, int calls) {
        Run plus(Run o) {
            return new Run(decided + o.decided, sampled + o.sampled, calls + o.calls);
        }
    }

    @Scheduled(every = "${dms.follow-ups.every:${dms.jobs.every:60s}}", delayed = "${dms.jobs.delay:30s}", identity = "post-service-follow-ups",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = com.fours.dms.shared.time.ScheduledJobsDisabled.class)
    void scheduled() {
        Run r = runAll();
        if (r.decided() + r.calls() > 0) {
            LOG.infof("post-service follow-ups: %d orders decided, %d sampled, %d calls", r.decided(), r.sampled(), r.calls());
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

    static String callKey(UUID repairOrderId) {
        return NewTask.key(TaskType.FOLLOW_UP_CALL, SubjectType.REPAIR_ORDER, repairOrderId);
    }

    /** One store's run for its own today. */
    @SuppressWarnings("unchecked")
    public Run run(String store, ZoneId zone) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        PostServiceSettings s = settings.postService(store);
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('feedback:post-service:' || ?1, 0))").setParameter(1, store).getSingleResult();
        // R-FUP-3: decide every order whose window has opened, stratum by stratum, so that each stratum's decided orders of the
        // week reach the store's share; within a stratum the hash of the order id picks (deterministic, not by time or advisor).
        List<Object> decided = em.createNativeQuery("""
                with batch as (
                    select repair_order_id, customer_type, order_type, week_start,
                           row_number() over (partition by customer_type, order_type, week_start order by md5(cast(repair_order_id as text))) as rn,
                           count(*) over (partition by customer_type, order_type, week_start) as k
                    from feedback_delivery
                    where store_code = ?1 and decided_at is null and delivered_day <= ?2),
                prior as (
                    select customer_type, order_type, week_start, count(*) as n, count(*) filter (where sampled) as s
                    from feedback_delivery
                    where store_code = ?1 and decided_at is not null and week_start in (select week_start from batch)
                    group by customer_type, order_type, week_start)
                update feedback_delivery d
                set decided_at = ?3,
                    sampled = b.rn <= ceil((coalesce(p.n, 0) + b.k) * ?4 / 100.0) - coalesce(p.s, 0)
                from batch b left join prior p on p.customer_type = b.customer_type and p.order_type = b.order_type and p.week_start = b.week_start
                where d.repair_order_id = b.repair_order_id
                returning d.sampled""")
                .setParameter(1, store).setParameter(2, today.minusDays(s.windowFromDays())).setParameter(3, now).setParameter(4, s.samplePercent())
                .getResultList();
        int sampled = (int) decided.stream().filter(Boolean.TRUE::equals).count();
        // R-FUP-1: the sampled orders still inside their window get their call, due 3 days after delivery until the window closes.
        List<Object[]> due = em.createNativeQuery("""
                update feedback_delivery set task_opened_at = ?2
                where store_code = ?1 and sampled and task_opened_at is null and delivered_day >= ?3
                returning repair_order_id, customer_id, vehicle_id, order_number, delivered_day""")
                .setParameter(1, store).setParameter(2, now).setParameter(3, today.minusDays(s.windowToDays())).getResultList();
        List<NewTask> calls = due.stream().map(r -> {
            LocalDate delivered = r[4] instanceof LocalDate d ? d : ((java.sql.Date) r[4]).toLocalDate();
            Instant from = delivered.plusDays(s.dueDays()).atStartOfDay(zone).toInstant();
            Instant until = delivered.plusDays(s.windowToDays() + 1L).atStartOfDay(zone).toInstant();
            return new NewTask(store, TaskType.FOLLOW_UP_CALL, SubjectType.REPAIR_ORDER, (UUID) r[0], (UUID) r[1], (UUID) r[2],
                    "交车回访：" + (r[3] == null ? "" : r[3] + "，") + delivered + " 交车", Roles.CUSTOMER_SERVICE, TaskPriority.NORMAL,
                    from, until, callKey((UUID) r[0]), ACTOR);
        }).toList();
        int opened = tasks.openAll(calls, ACTOR);
        return new Run(decided.size(), sampled, opened);
    }
}
