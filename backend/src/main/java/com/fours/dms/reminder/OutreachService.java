package com.fours.dms.reminder;

import com.fours.dms.followup.TaskService;
import com.fours.dms.reminder.api.OutreachApi;
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
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The desk's side of the outreaches (issue 11): a vehicle's list, and closing a retention or lost call with its outcome (R-REM-5). */
@ApplicationScoped
public class OutreachService {
    static final String ENTITY = "reminder-outreach";

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    TaskService tasks;

    @Inject
    StoreService stores;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public OutreachApi.ListView ofVehicle(String store, UUID vehicleId) {
        access.require(store);
        return new OutreachApi.ListView(ReminderOutreach.<ReminderOutreach>list("storeCode = ?1 and vehicleId = ?2 order by createdAt desc, id", store, vehicleId)
                .stream().map(OutreachApi.View::of).toList());
    }

    public OutreachApi.View get(String store, UUID id) {
        return OutreachApi.View.of(load(store, id));
    }

    /** R-REM-5: RETAINED, or LOST with a reason from the list; the outreach's call is done. */
    @Transactional
    public OutreachApi.View close(String store, UUID id, long expectedVersion, OutreachApi.CloseRequest req) {
        ReminderOutreach o = load(store, id);
        ETags.check(expectedVersion, o.version);
        if (req.outcome() == OutreachApi.Outcome.LOST && req.lostReason() == null) {
            throw ProblemException.validation(List.of(new Violation("lostReason", "is required for LOST: choose the reason from the list (R-REM-5)")));
        }
        OutreachApi.View before = OutreachApi.View.of(o);
        Instant now = clock.instant();
        String note = req.note() == null || req.note().isBlank() ? null : req.note().strip();
        if (req.outcome() == OutreachApi.Outcome.LOST) {
            o.lost(req.lostReason(), note, user.username(), now);
        } else {
            o.retained(note, user.username(), now);
        }
        tasks.completeByKey(store, OutreachReminders.callKey(o.id), user.username(), "outreach-" + req.outcome().name().toLowerCase());
        em.flush();
        OutreachApi.View after = OutreachApi.View.of(o);
        audit.changed(store, ENTITY, o.id, "closed", before, after);
        return after;
    }

    /** R-REM-5 / R-RPT-1: retained and lost in the period (store days), lost per reason. */
    @SuppressWarnings("unchecked")
    public OutreachApi.LostReport lostReport(String store, LocalDate from, LocalDate to) {
        access.require(store);
        ZoneId zone = stores.quietHours(store).zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate f = from == null ? today.withDayOfMonth(1) : from;
        LocalDate t = to == null ? today : to;
        if (t.isBefore(f)) {
            throw ProblemException.validation(List.of(new Violation("to", "must not be before from")));
        }
        List<Object[]> rows = em.createNativeQuery("""
                select status, lost_reason, count(*) from reminder_outreach
                where store_code = ?1 and status in ('RETAINED', 'LOST') and closed_at >= ?2 and closed_at < ?3
                group by status, lost_reason""")
                .setParameter(1, store).setParameter(2, f.atStartOfDay(zone).toInstant()).setParameter(3, t.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultList();
        int retained = 0;
        int lost = 0;
        Map<LostReason, Integer> byReason = new EnumMap<>(LostReason.class);
        for (Object[] r : rows) {
            int n = ((Number) r[2]).intValue();
            if ("RETAINED".equals(r[0])) {
                retained += n;
            } else {
                lost += n;
                byReason.merge(LostReason.valueOf((String) r[1]), n, Integer::sum);
            }
        }
        return new OutreachApi.LostReport(f, t, retained, lost, byReason);
    }

    private ReminderOutreach load(String store, UUID id) {
        return access.owned(store, ReminderOutreach.<ReminderOutreach>findById(id), x -> x.storeCode, "ReminderOutreach", id);
    }
}
