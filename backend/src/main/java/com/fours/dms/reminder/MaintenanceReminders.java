package com.fours.dms.reminder;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.followup.ConsentService;
import com.fours.dms.followup.DeskSettings;
import com.fours.dms.followup.DeskSettingsService;
import com.fours.dms.followup.NewTask;
import com.fours.dms.followup.OutreachChannel;
import com.fours.dms.followup.SubjectType;
import com.fours.dms.followup.TaskPriority;
import com.fours.dms.followup.TaskService;
import com.fours.dms.followup.TaskType;
import com.fours.dms.notification.Channel;
import com.fours.dms.notification.Notifications;
import com.fours.dms.notification.OutgoingMessage;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * R-REM-1..3, the scheduled generation of maintenance reminders, set-based per store (never vehicle by
 * vehicle): one INSERT … SELECT raises a cycle for every vehicle whose next due date falls within the
 * message lead (13 days), keyed by vehicle and the service it counts from (ON CONFLICT DO NOTHING);
 * then UPDATE … RETURNING claims the cycles whose message (T-13) or call (T-11) is due, and the second
 * calls of undecided customers (R-REM-3). A row is claimed once even with two instances at once (the
 * second update finds the mark set), and the tasks and messages carry dedupe keys as well, so running
 * it again, or twice at once, raises nothing new. Each store runs in its own transaction.
 */
@ApplicationScoped
public class MaintenanceReminders {
    static final String ACTOR = "system:reminders";
    private static final Logger LOG = Logger.getLogger(MaintenanceReminders.class);

    /**
     * R-REM-1: next due = the earlier of (last service + interval months) and the day the projected
     * mileage reaches last service mileage + interval km, projected from the latest reading at the
     * average km/day between the first and latest readings (the store's default with one reading).
     * Parameters ?1 store, ?2 default months, ?3 default km, ?4 default km/day.
     */
    static final String DUE = """
            select rv.vehicle_id, rv.customer_id, rv.last_service_date, by_date, by_mileage,
                   least(by_date, coalesce(by_mileage, by_date)) as due_date,
                   case when by_mileage < by_date then 'MILEAGE' else 'DATE' end as due_basis
            from reminder_vehicle rv
            cross join lateral (select cast(rv.last_service_date + make_interval(months => coalesce(rv.interval_months, ?2)) as date) as by_date) d
            cross join lateral (select case when rv.last_service_mileage is null or rv.latest_reading_date is null then null
                    else rv.latest_reading_date + cast(greatest(0, ceil(
                        (rv.last_service_mileage + coalesce(rv.interval_km, ?3) - rv.latest_reading_mileage)
                        / case when rv.latest_reading_date > rv.first_reading_date and rv.latest_reading_mileage > rv.first_reading_mileage
                               then cast(rv.latest_reading_mileage - rv.first_reading_mileage as numeric) / (rv.latest_reading_date - rv.first_reading_date)
                               else cast(?4 as numeric) end)) as int) end as by_mileage) m
            where rv.store_code = ?1 and rv.last_service_date is not null""";

    @Inject
    EntityManager em;

    @Inject
    StoreService stores;

    @Inject
    DeskSettingsService deskSettings;

    @Inject
    TaskService tasks;

    @Inject
    Notifications notifications;

    @Inject
    ConsentService consents;

    @Inject
    CustomerService customers;

    @Inject
    VehicleService vehicles;

    @Inject
    Clock clock;

    /** What one run raised in one store. */
    public record Run(int cycles, int messages, int calls, int secondCalls) {
        Run plus(Run o) {
            return new Run(cycles + o.cycles, messages + o.messages, calls + o.calls, secondCalls + o.secondCalls);
        }
    }

    @Scheduled(every = "${dms.reminders.every:${dms.jobs.every:60s}}", delayed = "${dms.jobs.delay:30s}", identity = "maintenance-reminders",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = com.fours.dms.shared.time.ScheduledJobsDisabled.class)
    void scheduled() {
        Run r = runAll();
        if (r.cycles() + r.messages() + r.calls() + r.secondCalls() > 0) {
            LOG.infof("maintenance reminders: %d cycles, %d messages, %d calls, %d second calls", r.cycles(), r.messages(), r.calls(), r.secondCalls());
        }
    }

    /** Every store, each in its own transaction. */
    public Run runAll() {
        StoreJobSettings.Columns all = QuarkusTransaction.requiringNew().call(stores::jobSettings);
        Run total = new Run(0, 0, 0, 0);
        for (int i = 0; i < all.codes().length; i++) {
            String code = all.codes()[i];
            ZoneId zone = ZoneId.of(all.timezones()[i]);
            total = total.plus(QuarkusTransaction.requiringNew().call(() -> run(code, zone)));
        }
        return total;
    }

    /** One store's generation for its own today. */
    public Run run(String store, ZoneId zone) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        DeskSettings s = deskSettings.settings(store);
        int cycles = em.createNativeQuery("with due as (" + DUE + """
                )
                insert into reminder_cycle (id, store_code, vehicle_id, customer_id, cycle_key, due_date, due_basis, status, created_at)
                select gen_random_uuid(), ?1, vehicle_id, customer_id, vehicle_id || ':' || last_service_date, due_date, due_basis, 'OPEN', ?7
                from due where due_date >= ?5 and due_date <= ?6
                on conflict (store_code, cycle_key) do nothing""")
                .setParameter(1, store).setParameter(2, s.defaultIntervalMonths()).setParameter(3, s.defaultIntervalKm()).setParameter(4, s.defaultKmPerDay())
                .setParameter(5, today).setParameter(6, today.plusDays(s.reminderMessageDays())).setParameter(7, now).executeUpdate();
        int messages = messages(store, today, now, s);
        int calls = calls(store, today, now, s);
        int second = secondCalls(store, now, s);
        return new Run(cycles, messages, calls, second);
    }

    /** R-REM-2: T-13 days, an SMS or e-mail on a channel the customer did not opt out of (else the cycle says why not). */
    @SuppressWarnings("unchecked")
    private int messages(String store, LocalDate today, Instant now, DeskSettings s) {
        List<Object[]> due = em.createNativeQuery("""
                update reminder_cycle set message_at = ?2
                where store_code = ?1 and message_at is null and status = 'OPEN' and due_date >= ?3 and due_date <= ?4
                returning id, vehicle_id, customer_id, due_date, due_basis""")
                .setParameter(1, store).setParameter(2, now).setParameter(3, today).setParameter(4, today.plusDays(s.reminderMessageDays()))
                .getResultList();
        int queued = 0;
        for (int from = 0; from < due.size(); from += 2000) {
            List<Object[]> chunk = due.subList(from, Math.min(due.size(), from + 2000));
            List<UUID> people = chunk.stream().map(r -> (UUID) r[2]).toList();
            Map<UUID, CustomerService.Summary> who = customers.summaries(people);
            Map<UUID, VehicleService.Summary> cars = vehicles.summaries(chunk.stream().map(r -> (UUID) r[1]).toList());
            Map<UUID, Set<OutreachChannel>> out = consents.optOuts(people);
            List<OutgoingMessage> batch = new ArrayList<>();
            List<UUID> bySms = new ArrayList<>();
            List<UUID> byEmail = new ArrayList<>();
            List<UUID> skipped = new ArrayList<>();
            for (Object[] r : chunk) {
                UUID id = (UUID) r[0];
                CustomerService.Summary c = who.get((UUID) r[2]);
                VehicleService.Summary v = cars.get((UUID) r[1]);
                Set<OutreachChannel> no = out.getOrDefault((UUID) r[2], Set.of());
                boolean email = c != null && c.email() != null && !c.email().isBlank() && !no.contains(OutreachChannel.EMAIL);
                boolean sms = c != null && c.phone() != null && !c.phone().isBlank() && !no.contains(OutreachChannel.SMS);
                if (!email && !sms) {
                    skipped.add(id);
                    continue;
                }
                boolean mail = email && (c.prefersEmail() || !sms);
                (mail ? byEmail : bySms).add(id);
                batch.add(OutgoingMessage.of(store, "MAINTENANCE_REMINDER", Notifications.Audience.CUSTOMER, mail ? Channel.EMAIL : Channel.SMS)
                        .about("reminder-cycle", id).to(mail ? c.email() : c.phone())
                        .value("customer", c.name()).value("plate", v == null ? "" : v.plate())
                        .value("due", r[3].toString()).value("basis", "MILEAGE".equals(r[4]) ? "按里程 / by mileage" : "按时间 / by date"));
            }
            queued += notifications.queueAll(batch);
            mark("message_channel = 'SMS'", bySms);
            mark("message_channel = 'EMAIL'", byEmail);
            mark("message_skipped = 'NO_CHANNEL_CONSENT'", skipped);
        }
        return queued;
    }

    private void mark(String set, List<UUID> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("update reminder_cycle set " + set + " where id = any(?1)").setParameter(1, ids.toArray(UUID[]::new)).executeUpdate();
        }
    }

    /** R-REM-2: T-11 days, a call in customer service's queue (the queue says why when the customer opted out of calls). */
    @SuppressWarnings("unchecked")
    private int calls(String store, LocalDate today, Instant now, DeskSettings s) {
        List<Object[]> due = em.createNativeQuery("""
                update reminder_cycle set call_task_at = ?2
                where store_code = ?1 and call_task_at is null and status = 'OPEN' and due_date >= ?3 and due_date <= ?4
                returning id, vehicle_id, customer_id, due_date, due_basis""")
                .setParameter(1, store).setParameter(2, now).setParameter(3, today).setParameter(4, today.plusDays(s.reminderCallDays()))
                .getResultList();
        List<NewTask> batch = due.stream().map(r -> call(store, r, now, 1)).toList();
        return tasks.openAll(batch, ACTOR);
    }

    /** R-REM-3: the undecided get one second call, the store's days after the first answer. */
    @SuppressWarnings("unchecked")
    private int secondCalls(String store, Instant now, DeskSettings s) {
        List<Object[]> due = em.createNativeQuery("""
                update reminder_cycle set second_call_at = ?2
                where store_code = ?1 and status = 'UNDECIDED' and second_call_at is null and decided_at <= ?3
                returning id, vehicle_id, customer_id, due_date, due_basis""")
                .setParameter(1, store).setParameter(2, now).setParameter(3, now.minus(java.time.Duration.ofDays(s.secondCallAfterDays())))
                .getResultList();
        return tasks.openAll(due.stream().map(r -> call(store, r, now, 2)).toList(), ACTOR);
    }

    static String callKey(UUID cycle, int round) {
        return TaskType.SERVICE_REMINDER.name() + ":reminder-cycle:" + cycle + ":call:" + round;
    }

    private static NewTask call(String store, Object[] r, Instant now, int round) {
        UUID cycle = (UUID) r[0];
        String basis = "MILEAGE".equals(r[4]) ? "按里程" : "按时间";
        return new NewTask(store, TaskType.SERVICE_REMINDER, SubjectType.VEHICLE, (UUID) r[1], (UUID) r[2], (UUID) r[1],
                (round == 1 ? "保养提醒电话" : "保养提醒二次电话") + "：预计 " + r[3] + " 到期（" + basis + "）",
                Roles.CUSTOMER_SERVICE, TaskPriority.NORMAL, now, null, callKey(cycle, round), ACTOR);
    }
}
