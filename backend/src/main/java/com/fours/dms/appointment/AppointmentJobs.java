package com.fours.dms.appointment;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.followup.NewTask;
import com.fours.dms.followup.TaskService;
import com.fours.dms.repairorder.RepairOrderDrafts;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.store.StoreJobSettings;
import com.fours.dms.store.StoreService;
import com.fours.dms.workshop.WorkshopLoad;
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
 * The appointment jobs that run on their own (R-APT-6, R-APT-7, R-PRE-4). Each claims its rows
 * under row locks whose condition excludes rows already claimed, so two backend instances running
 * the same job at the same moment never double a reminder, a no-show or a task: the second waits
 * on (or skips) the locked rows and finds nothing left to do.
 */
@ApplicationScoped
public class AppointmentJobs {
    private static final Logger LOG = Logger.getLogger(AppointmentJobs.class);
    static final String ACTOR = "system:scheduler";

    @Inject
    jakarta.enterprise.event.Event<AppointmentChanged> appointmentChanged;

    @Inject
    EntityManager em;

    @Inject
    StoreService stores;

    @Inject
    WorkshopLoad ledger;

    @Inject
    com.fours.dms.catalogue.StockService stock;

    @Inject
    RepairOrderDrafts drafts;

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
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = com.fours.dms.shared.time.ScheduledJobsDisabled.class)
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
        StoreJobSettings.Columns settings = stores.jobSettings();
        List<Object[]> due = em.createNativeQuery("""
                update appointment a set reminder_queued_at = ?1
                from unnest(cast(?2 as text[]), cast(?3 as int[])) as s(code, lead_hours)
                where s.code = a.store_code and a.status = 'CONFIRMED' and a.reminder_queued_at is null
                  and a.arrival_at > ?1 and a.arrival_at <= cast(?1 as timestamptz) + make_interval(hours => s.lead_hours)
                returning a.id, a.store_code""")
                .setParameter(1, now).setParameter(2, settings.codes()).setParameter(3, settings.reminderLeadHours()).getResultList();
        for (Object[] r : due) {
            UUID id = (UUID) r[0];
            String channel = notices.reminder(Appointment.findById(id));
            audit.system((String) r[1], "appointment", id, "reminder-queued", Map.of("channel", channel), ACTOR);
        }
        return due.size();
    }

    /**
     * R-APT-7: more than the grace time (default 30 min) late and nobody received the customer →
     * no-show through {@link Appointment#noShow}, capacity released, the draft cancelled, a rebook
     * task for customer service. A customer whose check-in started is ARRIVED and never a candidate;
     * rows a check-in is changing right now are skipped (the next run sees them arrived).
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int markNoShows() {
        Instant now = clock.instant();
        StoreJobSettings.Columns settings = stores.jobSettings();
        List<Object[]> late = em.createNativeQuery("""
                select a.id, a.store_code, a.customer_id, a.arrival_at
                from appointment a join unnest(cast(?2 as text[]), cast(?3 as int[])) as s(code, grace) on s.code = a.store_code
                where a.status in ('REQUESTED', 'DEPOSIT_REQUIRED', 'CONFIRMED')
                  and a.arrival_at + make_interval(mins => s.grace) < cast(?1 as timestamptz)
                order by a.id
                for update of a skip locked""")
                .setParameter(1, now).setParameter(2, settings.codes()).setParameter(3, settings.noShowGraceMinutes()).getResultList();
        List<UUID> ids = new ArrayList<>();
        for (Object[] r : late) {
            UUID id = (UUID) r[0];
            String store = (String) r[1];
            ids.add(id);
            Appointment a = Appointment.findById(id);
            AppointmentStatus from = a.status;
            a.noShow(now);
            ledger.release(List.of(id));
            stock.release(List.of(id));
            boolean draftCancelled = drafts.cancelDraft(store, a.repairOrderId, "预约爽约（R-APT-7）", ACTOR);
            em.flush();
            audit.system(store, "appointment", id, "no-show", Map.of("status", Map.of("from", from.name(), "to", a.status.name()),
                    "draftCancelled", draftCancelled), ACTOR);
            tasks.open(NewTask.rebookNoShow(store, id, (UUID) r[2], a.vehicleId, now, ACTOR));
            appointmentChanged.fire(AppointmentChanged.of(a, "no-show", null));
        }
        notices.noShow(ids);
        return late.size();
    }
}
