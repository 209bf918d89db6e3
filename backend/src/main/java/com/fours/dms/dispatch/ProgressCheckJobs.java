package com.fours.dms.dispatch;

import com.fours.dms.followup.NewTask;
import com.fours.dms.followup.TaskService;
import com.fours.dms.repairorder.PromisedDeliveries;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.persistence.SqlValues;
import com.fours.dms.shared.time.ScheduledJobsDisabled;
import com.fours.dms.store.StoreJobSettings;
import com.fours.dms.store.StoreService;
import com.fours.dms.workshop.WorkshopSetupService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * R-REP-2: the scheduled job that raises progress checks. One set-based query finds the jobs in work
 * whose check fell due ({@link ProgressCheckPolicy}: the store's share of the sold hours elapsed since
 * the first clock-on or the planned start) and that have none yet (index
 * {@code workshop_job_in_work_start}, which holds only jobs in work whose check is not raised yet, so a
 * run reads what is left to check, not every job in work); each is then raised in its own
 * transaction: the check row ({@code on conflict (job_id) do nothing}, so two instances or two runs
 * raise it once), the job's {@code progress_check_raised_at} (out of the index) and a high-priority
 * PROGRESS_CHECK task for the order's advisor. One job that fails does not hold up the others.
 */
@ApplicationScoped
public class ProgressCheckJobs {
    private static final Logger LOG = Logger.getLogger(ProgressCheckJobs.class);
    static final String ACTOR = "system:progress-check";

    @Inject
    EntityManager em;

    @Inject
    StoreService stores;

    @Inject
    PromisedDeliveries promises;

    @Inject
    WorkshopSetupService setup;

    @Inject
    TaskService tasks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** How many checks one run raises at most (the oldest due first; the next run takes the rest). */
    @ConfigProperty(name = "dms.progress-check.batch", defaultValue = "500")
    int batch;

    /** A job whose check is due: where its time counts from, its sold hours, the store's share and the resulting instant. */
    record Due(UUID jobId, String store, UUID orderId, String description, Instant startedFrom, BigDecimal soldHours, int percent, Instant dueAt) {}

    /** What a run works with, read in one transaction: the due jobs, their orders' promises and the advisors' logins. */
    record Batch(List<Due> due, Map<UUID, PromisedDeliveries.Promise> orders, Map<UUID, String> advisors) {}

    @Scheduled(every = "${dms.progress-check.every:60s}", delayed = "${dms.jobs.delay:30s}", identity = "progress-check",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = ScheduledJobsDisabled.class)
    void run() {
        int raised = raiseDue();
        if (raised > 0) {
            LOG.infof("progress checks: %d raised", raised);
        }
    }

    /** Raises every check that is due now (up to the batch size); returns how many this call raised. */
    public int raiseDue() {
        Instant now = clock.instant();
        Batch b = QuarkusTransaction.requiringNew().call(() -> {
            List<Due> due = due(now, batch);
            Map<UUID, PromisedDeliveries.Promise> orders = promises.promises(due.stream().map(Due::orderId).toList());
            Map<UUID, String> advisors = setup.advisorLogins(orders.values().stream().map(PromisedDeliveries.Promise::advisorId).filter(Objects::nonNull).toList());
            return new Batch(due, orders, advisors);
        });
        int raised = 0;
        for (Due d : b.due()) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> raise(d, b.orders().get(d.orderId()), b.advisors(), now))) {
                    raised++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "progress check of workshop job %s not raised; the next run tries again", d.jobId());
            }
        }
        return raised;
    }

    /**
     * The jobs in work whose check is due by {@code now} and not raised yet, oldest due first. The
     * arithmetic is {@link ProgressCheckPolicy#dueAt}: start + sold hours × 36 × percent seconds.
     */
    @SuppressWarnings("unchecked")
    List<Due> due(Instant now, int limit) {
        StoreJobSettings.Columns settings = stores.jobSettings();
        List<Object[]> rows = em.createNativeQuery("""
                select j.id, j.store_code, j.repair_order_id, j.description, coalesce(j.started_at, j.planned_start), j.sold_hours, s.pct,
                       coalesce(j.started_at, j.planned_start) + make_interval(secs => cast(j.sold_hours * 36 * s.pct as double precision)) as due_at
                from workshop_job j
                join unnest(cast(?1 as text[]), cast(?2 as int[])) as s(code, pct) on s.code = j.store_code
                where j.status in ('ASSIGNED', 'IN_PROGRESS', 'PAUSED', 'REWORK') and j.sold_hours > 0 and j.progress_check_raised_at is null
                  and coalesce(j.started_at, j.planned_start) <= cast(?3 as timestamptz)
                  and coalesce(j.started_at, j.planned_start) + make_interval(secs => cast(j.sold_hours * 36 * s.pct as double precision)) <= cast(?3 as timestamptz)
                  and not exists (select 1 from job_progress_check c where c.job_id = j.id)
                order by due_at, j.id
                limit ?4""")
                .setParameter(1, settings.codes()).setParameter(2, settings.progressCheckPercent()).setParameter(3, now).setParameter(4, limit)
                .getResultList();
        return rows.stream().map(r -> new Due((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], SqlValues.instant(r[4]), (BigDecimal) r[5],
                ((Number) r[6]).intValue(), SqlValues.instant(r[7]))).toList();
    }

    /** One check and its task, in the caller's transaction; false when another run or instance raised it first. */
    boolean raise(Due d, PromisedDeliveries.Promise order, Map<UUID, String> advisors, Instant now) {
        UUID id = Ids.newId(clock);
        int inserted = em.createNativeQuery("""
                insert into job_progress_check (id, store_code, job_id, repair_order_id, status, started_from, sold_hours, percent, due_at, raised_at, version)
                values (?1, ?2, ?3, ?4, 'OPEN', ?5, ?6, ?7, ?8, ?9, 0)
                on conflict (job_id) do nothing""")
                .setParameter(1, id).setParameter(2, d.store()).setParameter(3, d.jobId()).setParameter(4, d.orderId()).setParameter(5, d.startedFrom())
                .setParameter(6, d.soldHours()).setParameter(7, d.percent()).setParameter(8, d.dueAt()).setParameter(9, now).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        // Out of the scheduler's index from now on (the unique job_id above is what makes it once).
        em.createNativeQuery("update workshop_job set progress_check_raised_at = ?1 where id = ?2").setParameter(1, now).setParameter(2, d.jobId())
                .executeUpdate();
        JobProgressCheck check = em.find(JobProgressCheck.class, id);
        NewTask task = NewTask.progressCheck(d.store(), d.orderId(), d.jobId(), order.customerId(), order.vehicleId(), order.number(), d.description(),
                order.promisedDeliveryAt(), ProgressCheckPolicy.ANSWER_WITHIN, now, ACTOR);
        String advisor = order.advisorId() == null ? null : advisors.get(order.advisorId());
        tasks.opened(advisor == null ? task : task.assignedTo(advisor)).ifPresent(check::taskOpened);
        em.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("jobId", d.jobId().toString());
        details.put("repairOrderId", d.orderId().toString());
        details.put("startedFrom", d.startedFrom().toString());
        details.put("soldHours", d.soldHours().toPlainString());
        details.put("percent", d.percent());
        details.put("dueAt", d.dueAt().toString());
        details.put("taskId", check.taskId == null ? null : check.taskId.toString());
        details.put("advisor", advisor);
        audit.system(d.store(), ProgressChecks.ENTITY, id, "raised", details, ACTOR);
        return true;
    }
}
