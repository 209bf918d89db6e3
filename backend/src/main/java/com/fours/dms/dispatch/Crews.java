package com.fours.dms.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * R-REP-1: who works a job — its lead and helpers ({@code workshop_job_crew}). The lead's row and
 * every row's copy of the job's plan follow the job through a database trigger (V210), so the
 * exclusion constraint there refuses a double booking of any member; this class only adds and
 * removes helpers and sets shares, as part of the job's assignment.
 */
@ApplicationScoped
public class Crews {
    @Inject
    EntityManager em;

    /** The crew of each job, the lead first, then helpers as added. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<SoldHoursSplit.Member>> of(List<UUID> jobIds) {
        Map<UUID, List<SoldHoursSplit.Member>> out = new HashMap<>();
        if (jobIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("""
                select job_id, technician_id, lead, share from workshop_job_crew where job_id = any(?1)
                order by job_id, lead desc, added_at, technician_id""")
                .setParameter(1, jobIds.stream().distinct().toArray(UUID[]::new)).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new SoldHoursSplit.Member((UUID) r[1], (Boolean) r[2], (BigDecimal) r[3]));
        }
        return out;
    }

    public List<SoldHoursSplit.Member> of(UUID jobId) {
        return of(List.of(jobId)).getOrDefault(jobId, List.of());
    }

    /** The jobs a technician is on as a helper. */
    @SuppressWarnings("unchecked")
    public Set<UUID> helping(UUID technicianId) {
        return new HashSet<>(em.createNativeQuery("select job_id from workshop_job_crew where technician_id = ?1 and not lead")
                .setParameter(1, technicianId).getResultList());
    }

    /** Whether the technician is on the job (lead or helper). */
    public boolean isMember(UUID jobId, UUID technicianId) {
        return !em.createNativeQuery("select 1 from workshop_job_crew where job_id = ?1 and technician_id = ?2")
                .setParameter(1, jobId).setParameter(2, technicianId).getResultList().isEmpty();
    }

    /**
     * Removes the job's helpers. Call before the job's new plan is flushed: the trigger copies the
     * plan to every row still there, and a helper who is leaving must not be booked by it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void removeHelpers(UUID jobId) {
        em.createNativeQuery("delete from workshop_job_crew where job_id = ?1 and not lead").setParameter(1, jobId).executeUpdate();
    }

    /**
     * After the job's assignment is flushed (its lead's row exists): the lead's share and the
     * helpers, each with the job's plan (an overlapping booking of a helper fails the exclusion
     * constraint, SQLSTATE 23P01).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void addHelpers(WorkshopJob j, BigDecimal leadShare, List<SoldHoursSplit.Member> helpers, String by, Instant now) {
        em.createNativeQuery("update workshop_job_crew set share = cast(?2 as numeric) where job_id = ?1 and lead").setParameter(1, j.id)
                .setParameter(2, leadShare).executeUpdate();
        int i = 0;
        for (SoldHoursSplit.Member h : helpers) {
            // added_at keeps the order given (one microsecond apart).
            em.createNativeQuery("""
                    insert into workshop_job_crew (job_id, technician_id, store_code, lead, share, planned_start, planned_end, holds_plan, added_at, added_by)
                    select id, ?2, store_code, false, cast(?3 as numeric), planned_start, planned_end,
                           planned_start is not null and status in ('ASSIGNED', 'IN_PROGRESS', 'PAUSED', 'REWORK'), ?4, ?5
                    from workshop_job where id = ?1""")
                    .setParameter(1, j.id).setParameter(2, h.technicianId()).setParameter(3, h.share()).setParameter(4, now.plusNanos(1000L * i++))
                    .setParameter(5, by).executeUpdate();
        }
    }
}
