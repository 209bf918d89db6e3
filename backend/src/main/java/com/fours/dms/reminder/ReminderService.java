package com.fours.dms.reminder;

import com.fours.dms.followup.DeskSettings;
import com.fours.dms.followup.DeskSettingsService;
import com.fours.dms.followup.TaskService;
import com.fours.dms.reminder.api.ReminderApi;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The reminder call's side (R-REM-2, R-REM-3): a vehicle's cycles, and what the call found. */
@ApplicationScoped
public class ReminderService {
    static final String ENTITY = "reminder-cycle";

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    ReminderProjection projection;

    @Inject
    DeskSettingsService deskSettings;

    @Inject
    TaskService tasks;

    @Inject
    StoreService stores;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public ReminderApi.ListView ofVehicle(String store, UUID vehicleId) {
        access.require(store);
        return new ReminderApi.ListView(ReminderCycle.<ReminderCycle>list("storeCode = ?1 and vehicleId = ?2 order by createdAt desc", store, vehicleId)
                .stream().map(ReminderApi.View::of).toList());
    }

    public ReminderApi.View get(String store, UUID id) {
        return ReminderApi.View.of(load(store, id));
    }

    /**
     * R-REM-2: records the call. A mileage is today's reading and re-projects the due date (R-REM-1); BOOKED
     * keeps the dealer-initiated appointment; UNDECIDED gets a second call (R-REM-3); DECLINED ends the
     * cycle's calls. The cycle's open reminder calls are done.
     */
    @Transactional
    public ReminderApi.View recordCall(String store, UUID id, long expectedVersion, ReminderApi.CallRequest req) {
        ReminderCycle c = load(store, id);
        ETags.check(expectedVersion, c.version);
        ReminderApi.View before = ReminderApi.View.of(c);
        Instant now = clock.instant();
        if (req.decision() == ReminderApi.Decision.BOOKED && req.appointmentId() == null) {
            throw ProblemException.validation(List.of(new Violation("appointmentId", "is required for BOOKED (book the appointment from the call first)")));
        }
        if (req.mileage() != null) {
            Integer latest = projection.latestMileage(c.vehicleId);
            if (latest != null && req.mileage() < latest) {
                throw new ProblemException(422, "R-REM-1", "Refused by business rule R-REM-1",
                        "The odometer cannot go back: the latest reading is " + latest + " km",
                        List.of(new Violation("mileage", "must be at least the latest reading " + latest)), null);
            }
            LocalDate today = now.atZone(stores.quietHours(store).zone()).toLocalDate();
            projection.reading(c.vehicleId, today, req.mileage());
            reproject(c);
        }
        c.noted(req.mileage(), req.specialRequest() == null || req.specialRequest().isBlank() ? null : req.specialRequest().strip());
        switch (req.decision()) {
            case BOOKED -> c.booked(req.appointmentId(), user.username(), now);
            case UNDECIDED -> c.undecided(user.username(), now);
            case DECLINED -> c.declined(user.username(), now);
        }
        for (int round = 1; round <= 2; round++) {
            tasks.completeByKey(store, MaintenanceReminders.callKey(c.id, round), user.username(), "reminder-call-" + req.decision().name().toLowerCase());
        }
        em.flush();
        ReminderApi.View after = ReminderApi.View.of(c);
        audit.changed(store, ENTITY, c.id, "call-recorded", before, after);
        return after;
    }

    /** R-REM-1: the due date again, with the new reading, by the generator's own formula. */
    private void reproject(ReminderCycle c) {
        DeskSettings s = deskSettings.settings(c.storeCode);
        Object[] r = (Object[]) em.createNativeQuery(MaintenanceReminders.DUE + " and rv.vehicle_id = ?5")
                .setParameter(1, c.storeCode).setParameter(2, s.defaultIntervalMonths()).setParameter(3, s.defaultIntervalKm())
                .setParameter(4, s.defaultKmPerDay()).setParameter(5, c.vehicleId).getSingleResult();
        c.reprojected(r[5] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[5], (String) r[6]);
    }

    private ReminderCycle load(String store, UUID id) {
        return access.owned(store, ReminderCycle.<ReminderCycle>findById(id), x -> x.storeCode, "ReminderCycle", id);
    }
}
