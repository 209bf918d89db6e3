package com.fours.dms.appointment;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.followup.TaskService;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.security.Roles;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The appointment jobs that run on their own (R-APT-6, R-APT-7, R-PRE-4). Each claims its rows with
 * one UPDATE whose WHERE clause excludes rows already claimed, so two backend instances running
 * the same job at the same moment never double a reminder, a no-show or a task: the second waits
 * on the row locks, re-checks the condition, and finds nothing left to do.
 */
@ApplicationScoped
public class AppointmentJobs {
    private static final Logger LOG = Logger.getLogger(AppointmentJobs.class);
    static final String ACTOR = "system:scheduler";

    @Inject
    EntityManager em;

    @Inject
    CapacityLedger ledger;

    @Inject
    AppointmentNotices notices;

    @Inject
    TaskService tasks;

    @Inject
    CustomerService customers;

    @Inject
    PreparationService preparation;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Scheduled(every = "${dms.jobs.every:60s}", delayed = "${dms.jobs.delay:30s}", identity = "appointment-jobs",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = JobsDisabled.class)
    void run() {
        int reminders = queueReminders();
        int noShows = markNoShows();
        int checklists = preparation.openChecklistsForTomorrow();
        if (reminders + noShows + checklists > 0) {
            LOG.infof("appointment jobs: %d reminders queued, %d no-shows, %d readiness checklists opened", reminders, noShows, checklists);
        }
    }

    /** R-APT-6: remind confirmed customers the store's lead time (default 24 h, at least 12 h) before arrival. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int queueReminders() {
        Instant now = clock.instant();
        List<Object[]> due = em.createNativeQuery("""
                update appointment a set reminder_queued_at = ?1
                from store s, vehicle v
                where s.code = a.store_code and v.id = a.vehicle_id and a.status = 'CONFIRMED' and a.reminder_queued_at is null
                  and a.arrival_at > ?1 and a.arrival_at <= cast(?1 as timestamptz) + make_interval(hours => s.reminder_lead_hours)
                returning a.id, a.store_code, a.customer_id, a.arrival_at, s.name, s.timezone, v.plate""")
                .setParameter(1, now).getResultList();
        for (Object[] r : due) {
            UUID id = (UUID) r[0];
            String channel = notices.reminder(Appointment.findById(id));
            audit.system((String) r[1], "appointment", id, "reminder-queued", Map.of("channel", channel), ACTOR);
        }
        return due.size();
    }

    /** R-APT-7: more than the grace time (default 30 min) late → no-show, capacity released, a rebook task for customer service. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int markNoShows() {
        Instant now = clock.instant();
        List<Object[]> late = em.createNativeQuery("""
                update appointment a set status = 'NO_SHOW', updated_at = ?1, version = a.version + 1
                from store s
                where s.code = a.store_code and a.status in ('REQUESTED', 'DEPOSIT_REQUIRED', 'CONFIRMED')
                  and a.arrival_at + make_interval(mins => s.no_show_grace_minutes) < cast(?1 as timestamptz)
                returning a.id, a.store_code, a.customer_id, a.arrival_at""")
                .setParameter(1, now).getResultList();
        List<UUID> ids = new ArrayList<>();
        for (Object[] r : late) {
            ids.add((UUID) r[0]);
        }
        ledger.release(ids);
        for (Object[] r : late) {
            UUID id = (UUID) r[0];
            String store = (String) r[1];
            audit.system(store, "appointment", id, "no-show", Map.of("status", Map.of("to", "NO_SHOW")), ACTOR);
            tasks.open(store, TaskService.REBOOK, Roles.CUSTOMER_SERVICE, id, (UUID) r[2], "客户预约爽约：请联系客户重新预约", now.plusSeconds(24 * 3600), ACTOR);
        }
        notices.noShow(ids);
        return late.size();
    }
}
