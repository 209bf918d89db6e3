package com.fours.dms.qualitycheck;

import com.fours.dms.qualitycheck.api.QualityCheckApi.FirstPass;
import com.fours.dms.qualitycheck.api.QualityCheckApi.FirstPassTechnician;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreService;
import com.fours.dms.workshop.WorkshopSetupService;
import com.fours.dms.workshop.api.WorkshopApi.TechnicianView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * R-QC-2: the first-pass rate: of the jobs whose first final inspection fell in the period, the share
 * that passed it, per store and per technician who did the work; rework loops are the failed
 * inspections of those jobs. One aggregate query over the period's first-round inspections.
 */
@ApplicationScoped
public class FirstPassRates {
    static final int MAX_DAYS = 366;

    @Inject
    EntityManager em;

    @Inject
    StoreAccess access;

    @Inject
    StoreService stores;

    @Inject
    WorkshopSetupService setup;

    @SuppressWarnings("unchecked")
    public FirstPass of(String store, LocalDate from, LocalDate to) {
        access.require(store);
        if (to.isBefore(from)) {
            throw ProblemException.validation(List.of(new Violation("to", "is before from")));
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ProblemException.validation(List.of(new Violation("to", "the period is at most " + MAX_DAYS + " days")));
        }
        ZoneId zone = ZoneId.of(stores.get(store).timezone());
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        List<Object[]> rows = em.createNativeQuery("""
                select f.worked_by_technician_id, count(*), count(*) filter (where f.result = 'PASSED'),
                       coalesce(sum((select count(*) from qc_inspection l where l.job_id = f.job_id and l.result = 'FAILED')), 0)
                from qc_inspection f
                where f.store_code = ?1 and f.round = 0 and f.signed_at >= ?2 and f.signed_at < ?3
                group by f.worked_by_technician_id""")
                .setParameter(1, store).setParameter(2, start).setParameter(3, end).getResultList();
        Map<UUID, String> names = setup.techniciansOfStore(store).stream().collect(Collectors.toMap(TechnicianView::id, TechnicianView::name));
        int inspected = 0;
        int passed = 0;
        int loops = 0;
        List<FirstPassTechnician> by = new java.util.ArrayList<>();
        for (Object[] r : rows) {
            int n = ((Number) r[1]).intValue();
            int p = ((Number) r[2]).intValue();
            inspected += n;
            passed += p;
            loops += ((Number) r[3]).intValue();
            if (r[0] != null) {
                by.add(new FirstPassTechnician((UUID) r[0], names.get((UUID) r[0]), n, p, rate(p, n)));
            }
        }
        by.sort(java.util.Comparator.comparing(FirstPassTechnician::inspected).reversed().thenComparing(t -> String.valueOf(t.name())));
        return new FirstPass(from, to, inspected, passed, rate(passed, inspected), loops, by);
    }

    static BigDecimal rate(int passed, int inspected) {
        return inspected == 0 ? null : BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(inspected), 4, RoundingMode.HALF_UP);
    }
}
