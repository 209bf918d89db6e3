package com.fours.dms.appointment;

import com.fours.dms.appointment.api.AppointmentApi;
import com.fours.dms.appointment.api.PreparationApi.*;
import com.fours.dms.appointment.api.PreparationApiBoardEntryBuilder;
import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.followup.NewTask;
import com.fours.dms.followup.TaskService;
import com.fours.dms.repairorder.WalkIns;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.store.StoreCalendar;
import com.fours.dms.store.StoreService;
import com.fours.dms.workshop.WorkshopSetupService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** R-PRE-4 readiness one day before, and the R-APT-8 welcome board. */
@ApplicationScoped
public class PreparationService {
    @Inject
    AppointmentService appointments;

    @Inject
    StoreService stores;

    @Inject
    TaskService tasks;

    @Inject
    WalkIns walkIns;

    @Inject
    CustomerService customers;

    @Inject
    VehicleService vehicles;

    @Inject
    WorkshopSetupService workshop;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @SuppressWarnings("unchecked")
    public Readiness readiness(String store, UUID appointmentId) {
        appointments.load(store, appointmentId);
        List<Object[]> rows = em.createNativeQuery("""
                select technician, parts, special_tools, technical_documents, note, checked_by, checked_at, version
                from appointment_readiness where appointment_id = ?1""").setParameter(1, appointmentId).getResultList();
        if (rows.isEmpty()) {
            return new Readiness(appointmentId, Check.PENDING, Check.PENDING, Check.PENDING, Check.PENDING, null, null, null, 0);
        }
        Object[] r = rows.get(0);
        return new Readiness(appointmentId, Check.valueOf((String) r[0]), Check.valueOf((String) r[1]), Check.valueOf((String) r[2]),
                Check.valueOf((String) r[3]), (String) r[4], (String) r[5],
                com.fours.dms.shared.persistence.SqlValues.instant(r[6]), ((Number) r[7]).longValue());
    }

    /** Records the check; anything not ready creates an advisor task to tell the customer and offer a new time. */
    @Transactional
    public Readiness check(String store, UUID appointmentId, long expectedVersion, ReadinessRequest req, String checkedBy) {
        Appointment a = appointments.load(store, appointmentId);
        if (!a.status.isOpen()) {
            throw ProblemException.conflict("appointment-closed", "The appointment is " + a.status + "; nothing to prepare");
        }
        Readiness before = readiness(store, appointmentId);
        ETags.check(expectedVersion, before.version());
        // Only over the version the caller read: of two advisors sending the same If-Match at once,
        // the second finds the row changed (the update's condition is re-checked after the first commits).
        int written = em.createNativeQuery("""
                insert into appointment_readiness (appointment_id, technician, parts, special_tools, technical_documents, note, checked_by, checked_at, version)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1)
                on conflict (appointment_id) do update set technician = excluded.technician, parts = excluded.parts,
                    special_tools = excluded.special_tools, technical_documents = excluded.technical_documents, note = excluded.note,
                    checked_by = excluded.checked_by, checked_at = excluded.checked_at, version = appointment_readiness.version + 1
                where appointment_readiness.version = ?9""")
                .setParameter(1, appointmentId).setParameter(2, req.technician().name()).setParameter(3, req.parts().name())
                .setParameter(4, req.specialTools().name()).setParameter(5, req.technicalDocuments().name()).setParameter(6, req.note())
                .setParameter(7, checkedBy).setParameter(8, clock.instant()).setParameter(9, expectedVersion).executeUpdate();
        if (written == 0) {
            throw ProblemException.conflict("readiness-changed",
                    "Someone else recorded this readiness check at the same moment; reload it and check again");
        }
        Readiness after = readiness(store, appointmentId);
        audit.changed(store, "appointment", appointmentId, "readiness-checked", before, after);
        List<String> missing = new ArrayList<>();
        if (req.technician() == Check.NOT_READY) missing.add("技师");
        if (req.parts() == Check.NOT_READY) missing.add("配件");
        if (req.specialTools() == Check.NOT_READY) missing.add("专用工具");
        if (req.technicalDocuments() == Check.NOT_READY) missing.add("技术资料");
        if (!missing.isEmpty()) {
            tasks.open(NewTask.tellCustomerNotReady(store, appointmentId, a.customerId, a.vehicleId, String.join("、", missing), a.arrivalAt, clock.instant(), checkedBy));
        }
        return after;
    }

    /**
     * R-APT-8: today's and tomorrow's appointments for the reception screen, and today's walk-ins
     * (read from the repair-order side). Appointment customers carry priority and come first.
     */
    public WelcomeBoard welcomeBoard(String store) {
        StoreCalendar cal = stores.calendar(store);
        LocalDate today = clock.instant().atZone(cal.zone()).toLocalDate();
        List<AppointmentApi.View> all = new ArrayList<>();
        String cursor = null;
        do {
            AppointmentApi.Page page = appointments.list(store, today, today.plusDays(1), null, null, cursor, 500);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        List<BoardEntry> todays = new ArrayList<>();
        List<BoardEntry> tomorrows = new ArrayList<>();
        for (AppointmentApi.View v : all) {
            if (!(v.status().isOpen() || v.status() == AppointmentStatus.ARRIVED)) {
                continue;
            }
            BoardEntry e = PreparationApiBoardEntryBuilder.stagedBuilder()
                    .kind(EntryKind.APPOINTMENT).appointmentId(v.id()).repairOrderId(v.repairOrderId()).arrivalAt(v.arrivalAt())
                    .plate(v.vehicle().plate()).customer(mask(v.customer().name())).advisor(v.advisor().displayName())
                    .services(v.services().stream().map(AppointmentApi.ServiceRef::name).toList()).status(v.status())
                    .priority(WelcomeBoardPriority.hasPriority(EntryKind.APPOINTMENT)).repeatRepair(v.repeatRepair())
                    .build();
            (v.arrivalAt().atZone(cal.zone()).toLocalDate().equals(today) ? todays : tomorrows).add(e);
        }
        todays.addAll(walkIns(store, cal, today));
        todays.sort(WelcomeBoardPriority.ORDER);
        tomorrows.sort(WelcomeBoardPriority.ORDER);
        return new WelcomeBoard(store, cal.storeName(), today, todays, tomorrows);
    }

    private List<BoardEntry> walkIns(String store, StoreCalendar cal, LocalDate today) {
        List<WalkIns.WalkIn> found = walkIns.arrivedBetween(store, today.atStartOfDay(cal.zone()).toInstant(),
                today.plusDays(1).atStartOfDay(cal.zone()).toInstant());
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, CustomerService.Summary> people = customers.summaries(found.stream().map(WalkIns.WalkIn::customerId).toList());
        Map<UUID, VehicleService.Summary> cars = vehicles.summaries(found.stream().map(WalkIns.WalkIn::vehicleId).toList());
        Map<UUID, String> advisors = new HashMap<>();
        workshop.advisors(store).forEach(a -> advisors.put(a.id(), a.displayName()));
        return found.stream().map(w -> PreparationApiBoardEntryBuilder.stagedBuilder()
                .kind(EntryKind.WALK_IN).appointmentId(null).repairOrderId(w.repairOrderId()).arrivalAt(w.arrivedAt())
                .plate(cars.get(w.vehicleId()).plate()).customer(mask(people.get(w.customerId()).name()))
                .advisor(w.advisorId() == null ? null : advisors.get(w.advisorId())).services(List.of(w.requestedWork()))
                .status(null).priority(WelcomeBoardPriority.hasPriority(EntryKind.WALK_IN)).repeatRepair(false)
                .build()).toList();
    }

    /** Shown on a screen in the customer lounge: surname only. */
    static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        return name.codePointCount(0, name.length()) <= 1 ? name : new String(Character.toChars(name.codePointAt(0))) + "**";
    }

    /** Called by the scheduler: the day before, every open appointment gets its readiness checklist. */
    @Transactional
    public int openChecklistsForTomorrow() {
        com.fours.dms.store.StoreJobSettings.Columns settings = stores.jobSettings();
        return em.createNativeQuery("""
                insert into appointment_readiness (appointment_id)
                select a.id from appointment a join unnest(cast(?2 as text[]), cast(?3 as text[])) as s(code, zone) on s.code = a.store_code
                where a.status in ('CONFIRMED', 'DEPOSIT_REQUIRED', 'REQUESTED')
                  and (a.arrival_at at time zone s.zone)::date = ((cast(?1 as timestamptz) at time zone s.zone)::date + 1)
                on conflict (appointment_id) do nothing""").setParameter(1, clock.instant())
                .setParameter(2, settings.codes()).setParameter(3, settings.timezones()).executeUpdate();
    }

    /** The advisor's preparation list: open appointments whose checklist is still unchecked, by arrival. */
    public List<PendingReadiness> pending(String store) {
        List<UUID> ids = pendingChecklists(store);
        List<Appointment> list = ids.stream().map(id -> (Appointment) Appointment.findById(id)).toList();
        return appointments.views(list).stream().map(v -> new PendingReadiness(v, readiness(store, v.id()))).toList();
    }

    /** Appointments whose readiness is still unchecked, for the advisor's preparation list. */
    @SuppressWarnings("unchecked")
    public List<UUID> pendingChecklists(String store) {
        stores.calendar(store);
        return em.createNativeQuery("""
                select a.id from appointment_readiness r join appointment a on a.id = r.appointment_id
                where a.store_code = ?1 and r.checked_at is null and a.status in ('CONFIRMED', 'DEPOSIT_REQUIRED', 'REQUESTED')
                order by a.arrival_at, a.id""").setParameter(1, store).getResultList();
    }

}
