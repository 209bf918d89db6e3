package com.fours.dms.reminder;

import com.fours.dms.reminder.api.DeclinedWorkApi;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Issue 11: how much declined work there was in a period and how much of it was sold again (recaptured). */
@ApplicationScoped
public class DeclinedWorkReports {
    @Inject
    StoreAccess access;

    @Inject
    StoreService stores;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Work declined from {@code from} to {@code to} (store days, both included; default this month so far). */
    public DeclinedWorkApi.Report report(String store, LocalDate from, LocalDate to) {
        access.require(store);
        ZoneId zone = stores.quietHours(store).zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate f = from == null ? today.withDayOfMonth(1) : from;
        LocalDate t = to == null ? today : to;
        if (t.isBefore(f)) {
            throw ProblemException.validation(List.of(new Violation("to", "must not be before from")));
        }
        if (t.isAfter(f.plusYears(1))) {
            throw ProblemException.validation(List.of(new Violation("to", "at most one year after from")));
        }
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(sum(d.amount), 0),
                       count(*) filter (where d.resolved_by_order_id is not null),
                       coalesce(sum(coalesce(d.recaptured_amount, d.amount)) filter (where d.resolved_by_order_id is not null), 0),
                       count(*) filter (where d.resolved_at is null),
                       (select count(*) from declined_work_follow_up u where u.store_code = ?1 and u.declined_on between ?4 and ?5)
                from declined_work d where d.store_code = ?1 and d.declined_at >= ?2 and d.declined_at < ?3""")
                .setParameter(1, store).setParameter(2, f.atStartOfDay(zone).toInstant()).setParameter(3, t.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter(4, f).setParameter(5, t).getSingleResult();
        BigDecimal declined = ((BigDecimal) r[1]).setScale(2, RoundingMode.HALF_UP);
        BigDecimal recaptured = ((BigDecimal) r[3]).setScale(2, RoundingMode.HALF_UP);
        BigDecimal percent = declined.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                : recaptured.multiply(BigDecimal.valueOf(100)).divide(declined, 1, RoundingMode.HALF_UP);
        return new DeclinedWorkApi.Report(f, t, ((Number) r[0]).intValue(), declined, ((Number) r[2]).intValue(), recaptured, percent,
                ((Number) r[5]).intValue(), ((Number) r[4]).intValue());
    }
}
