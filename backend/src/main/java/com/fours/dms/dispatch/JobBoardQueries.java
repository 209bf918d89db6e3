package com.fours.dms.dispatch;

import com.fours.dms.dispatch.api.DispatchApi.*;
import com.fours.dms.repairorder.WorkshopOrders;
import com.fours.dms.repairorder.WorkshopTeam;
import com.fours.dms.shared.persistence.SqlValues;
import com.fours.dms.workshop.BayType;
import com.fours.dms.repairorder.WorkshopOrders.OrderCard;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.store.StoreService;
import com.fours.dms.workshop.WorkshopSetupService;
import com.fours.dms.workshop.api.WorkshopApi.BayView;
import com.fours.dms.workshop.api.WorkshopApi.TechnicianView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading the board (R-REP-1), set-based: the day's jobs in one query over indexed columns, their
 * punches in one, order headers and vehicles in one batch each, the set-up (bays, technicians) in
 * one each, the day's punches and credited hours in one each — never a query per job.
 */
@ApplicationScoped
public class JobBoardQueries {
    @Inject
    EntityManager em;

    @Inject
    StoreService stores;

    @Inject
    WorkshopSetupService setup;

    @Inject
    WorkshopOrders orders;

    @Inject
    Crews crews;

    @Inject
    Clock clock;

    /** The store's time zone (checks the caller may see the store). */
    ZoneId zone(String store) {
        return stores.timeZone(store);
    }

    public Board board(String store, LocalDate day) {
        ZoneId zone = zone(store);
        Instant now = clock.instant();
        LocalDate d = day == null ? LocalDate.ofInstant(now, zone) : day;
        Instant from = d.atStartOfDay(zone).toInstant();
        Instant to = d.plusDays(1).atStartOfDay(zone).toInstant();
        List<TechnicianView> techs = setup.technicians(store);
        List<BayView> bays = setup.bays(store);
        List<BoardJob> cards = toCards(store, onBoard(store, from, to, now), techs, bays, now);
        Map<UUID, TechnicianHours> hours = hours(store, techs, d, zone, now);
        Map<UUID, ActiveClock> active = activeByTechnician(store);
        List<BoardTechnician> rows = techs.stream().filter(TechnicianView::active).sorted(Comparator.comparing(TechnicianView::name).thenComparing(TechnicianView::id))
                .map(t -> {
                    var shift = Shifts.shiftOn(t, d);
                    var leave = Shifts.absenceOn(t, d);
                    return new BoardTechnician(t.id(), t.name(), t.skills(), t.foreman(),
                            leave.isPresent() ? null : shift.map(s -> s.start()).orElse(null),
                            leave.isPresent() ? null : shift.map(s -> s.end()).orElse(null),
                            leave.map(a -> a.reason()).orElse(null), active.get(t.id()), hours.get(t.id()));
                }).toList();
        List<BoardBay> bayRows = bays.stream().filter(BayView::active).map(b -> new BoardBay(b.id(), b.code(), b.name(), b.bayType())).toList();
        return new Board(d, zone.getId(), now, cards, bayRows, rows);
    }

    public DayHours dayHours(String store, LocalDate day) {
        ZoneId zone = zone(store);
        Instant now = clock.instant();
        LocalDate d = day == null ? LocalDate.ofInstant(now, zone) : day;
        List<TechnicianView> techs = setup.technicians(store).stream().filter(TechnicianView::active)
                .sorted(Comparator.comparing(TechnicianView::name).thenComparing(TechnicianView::id)).toList();
        Map<UUID, TechnicianHours> hours = hours(store, techs, d, zone, now);
        return new DayHours(d, techs.stream().map(t -> hours.get(t.id())).toList());
    }

    /** The signed-in technician's open jobs, planned ones first by start, then by age. */
    public MyJobs myJobs(String store, TechnicianView me) {
        ZoneId zone = zone(store);
        Instant now = clock.instant();
        List<JobStatus> open = List.of(JobStatus.ASSIGNED, JobStatus.IN_PROGRESS, JobStatus.PAUSED, JobStatus.REWORK);
        java.util.Set<UUID> helping = crews.helping(me.id());
        List<WorkshopJob> mine = new ArrayList<>(helping.isEmpty()
                ? WorkshopJob.list("storeCode = ?1 and technicianId = ?2 and status in ?3", store, me.id(), open)
                : WorkshopJob.list("storeCode = ?1 and (technicianId = ?2 or id in ?4) and status in ?3", store, me.id(), open, List.copyOf(helping)));
        mine.sort(Comparator.comparing((WorkshopJob j) -> j.plannedStart, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(j -> j.createdAt).thenComparing(j -> j.id));
        List<BoardJob> cards = cards(store, mine, setup.technicians(store), setup.bays(store), now);
        LocalDate today = LocalDate.ofInstant(now, zone);
        TechnicianHours h = hours(store, List.of(me), today, zone, now).get(me.id());
        TimePunch active = TimePunch.<TimePunch>find("technicianId = ?1 and endedAt is null", me.id()).firstResult();
        return new MyJobs(new TechnicianRef(me.id(), me.name()), activeClock(active), cards, h, List.of(NonProductiveCode.values()));
    }

    /** One job as a card. */
    public BoardJob card(String store, WorkshopJob j) {
        return cards(store, List.of(j), setup.technicians(store), setup.bays(store), clock.instant()).get(0);
    }

    public BoardJob card(String store, UUID id) {
        zone(store);
        WorkshopJob j = WorkshopJob.findById(id);
        if (j == null || !j.storeCode.equals(store)) {
            throw ProblemException.notFound("Workshop job", id);
        }
        return card(store, j);
    }

    /**
     * What a card shows of a job: its columns and, summed over its punches, the time clocked (an
     * open punch up to now) and whether someone is on the clock.
     */
    record JobRow(UUID id, UUID repairOrderId, String description, String operationCode, WorkshopTeam team, String requiredSkill, BayType requiredBayType,
            BigDecimal soldHours, JobStatus status, PauseReason pauseReason, String pauseNote, UUID technicianId, UUID bayId, Instant plannedStart,
            Instant plannedEnd, Instant doneAt, int reworkCount, long version, Duration clocked, boolean onClock) {

        static JobRow of(WorkshopJob j, List<TimePunch> punches, Instant now) {
            Duration clocked = punches.stream().map(p -> WorkHours.clocked(p.span(), now)).reduce(Duration.ZERO, Duration::plus);
            return new JobRow(j.id, j.repairOrderId, j.description, j.operationCode, j.team, j.requiredSkill, j.requiredBayType, j.soldHours, j.status,
                    j.pauseReason, j.pauseNote, j.technicianId, j.bayId, j.plannedStart, j.plannedEnd, j.doneAt, j.reworkCount, j.version, clocked,
                    punches.stream().anyMatch(TimePunch::open));
        }
    }

    /**
     * Open jobs, plus those planned or last finished on the day (three index scans on the job
     * ids), each with its punches summed: one statement, rows not entities. The clocked time is
     * {@link WorkHours#clocked} in SQL: each punch up to min(its end, now), never negative; whole
     * seconds of the sum.
     */
    @SuppressWarnings("unchecked")
    List<JobRow> onBoard(String store, Instant from, Instant to, Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                select j.id, j.repair_order_id, j.description, j.operation_code, j.team, j.required_skill, j.required_bay_type, j.sold_hours,
                       j.status, j.pause_reason, j.pause_note, j.technician_id, j.bay_id, j.planned_start, j.planned_end, j.done_at, j.rework_count,
                       j.version, coalesce(p.seconds, 0), coalesce(p.running, false)
                from workshop_job j
                left join lateral (
                    select floor(extract(epoch from sum(greatest(least(coalesce(t.ended_at, ?4), ?4) - t.started_at, interval '0')))) as seconds,
                           bool_or(t.ended_at is null) as running
                    from time_punch t where t.job_id = j.id) p on true
                where j.id in (
                    select id from workshop_job where store_code = ?1 and status in ('WAITING', 'ASSIGNED', 'IN_PROGRESS', 'PAUSED', 'REWORK', 'IN_QC')
                    union select id from workshop_job where store_code = ?1 and planned_start >= ?2 and planned_start < ?3
                    union select id from workshop_job where store_code = ?1 and done_at >= ?2 and done_at < ?3)
                order by j.planned_start nulls last, j.created_at, j.id""")
                .setParameter(1, store).setParameter(2, from).setParameter(3, to).setParameter(4, now).getResultList();
        return rows.stream().map(r -> new JobRow((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], r[4] == null ? null : WorkshopTeam.valueOf((String) r[4]),
                (String) r[5], r[6] == null ? null : BayType.valueOf((String) r[6]), (BigDecimal) r[7], JobStatus.valueOf((String) r[8]),
                r[9] == null ? null : PauseReason.valueOf((String) r[9]), (String) r[10], (UUID) r[11], (UUID) r[12], SqlValues.instant(r[13]),
                SqlValues.instant(r[14]), SqlValues.instant(r[15]), ((Number) r[16]).intValue(), ((Number) r[17]).longValue(),
                Duration.ofSeconds(((Number) r[18]).longValue()), (Boolean) r[19])).toList();
    }

    /** Cards of job entities (one job after a change, a technician's jobs): their punches in one query. */
    List<BoardJob> cards(String store, List<WorkshopJob> jobs, List<TechnicianView> techs, List<BayView> bays, Instant now) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<TimePunch>> punches = TimePunch.<TimePunch>list("jobId in ?1", jobs.stream().map(j -> j.id).toList()).stream()
                .collect(Collectors.groupingBy(p -> p.jobId));
        return toCards(store, jobs.stream().map(j -> JobRow.of(j, punches.getOrDefault(j.id, List.of()), now)).toList(), techs, bays, now);
    }

    List<BoardJob> toCards(String store, List<JobRow> jobs, List<TechnicianView> techs, List<BayView> bays, Instant now) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        Map<UUID, OrderCard> heads = orders.cards(store, jobs.stream().map(JobRow::repairOrderId).toList());
        Map<UUID, List<SoldHoursSplit.Member>> crewOf = crews.of(jobs.stream().map(JobRow::id).toList());
        Map<UUID, TechnicianView> techById = techs.stream().collect(Collectors.toMap(TechnicianView::id, Function.identity()));
        Map<UUID, BayView> bayById = bays.stream().collect(Collectors.toMap(BayView::id, Function.identity()));
        List<BoardJob> out = new ArrayList<>(jobs.size());
        for (JobRow j : jobs) {
            Duration clocked = j.clocked();
            OrderCard o = heads.get(j.repairOrderId());
            TechnicianView t = j.technicianId() == null ? null : techById.get(j.technicianId());
            BayView b = j.bayId() == null ? null : bayById.get(j.bayId());
            Instant promised = o == null ? null : o.promisedDeliveryAt();
            out.add(new BoardJob(j.id(), j.repairOrderId(), o == null ? null : o.number(), o == null ? null : o.plate(), o == null ? null : o.model(),
                    j.description(), j.operationCode(), j.team(), j.requiredSkill(), j.requiredBayType(), j.soldHours(), WorkHours.hours(clocked), j.status(),
                    j.pauseReason(), j.pauseNote(), j.technicianId(), t == null ? null : t.name(), j.bayId(), b == null ? null : b.code(),
                    j.plannedStart(), j.plannedEnd(), j.onClock(), promised, o == null ? null : o.expectedCompletionAt(),
                    LatenessPolicy.of(j.status(), promised, o == null ? null : o.expectedCompletionAt(), j.plannedEnd(), j.soldHours(), clocked, j.doneAt(), now),
                    j.reworkCount(), WorkshopJob.actionsIn(j.status()), j.version(), crew(crewOf.getOrDefault(j.id(), List.of()), j.soldHours(), techById)));
        }
        return out;
    }

    /** The crew as a card shows it: names, effective shares and each one's part of the sold hours. */
    static List<CrewMember> crew(List<SoldHoursSplit.Member> crew, BigDecimal soldHours, Map<UUID, TechnicianView> techById) {
        if (crew.isEmpty()) {
            return List.of();
        }
        Map<UUID, BigDecimal> shares = SoldHoursSplit.shares(crew);
        Map<UUID, BigDecimal> hours = SoldHoursSplit.hours(soldHours, crew);
        return crew.stream().map(m -> {
            TechnicianView t = techById.get(m.technicianId());
            return new CrewMember(m.technicianId(), t == null ? "" : t.name(), m.lead(), shares.get(m.technicianId()), hours.get(m.technicianId()));
        }).toList();
    }

    /**
     * Each technician's hours of the store-local day: punches meeting the day (one GiST index scan),
     * clipped to it and to now; sold hours credited by jobs first finished that day.
     */
    @SuppressWarnings("unchecked")
    Map<UUID, TechnicianHours> hours(String store, List<TechnicianView> techs, LocalDate day, ZoneId zone, Instant now) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        Set<UUID> ids = new HashSet<>(techs.stream().map(TechnicianView::id).toList());
        List<Object[]> punches = em.createNativeQuery("""
                select technician_id, job_id is not null, started_at, ended_at from time_punch
                where store_code = ?1 and tstzrange(started_at, ended_at) && tstzrange(?2, ?3)""")
                .setParameter(1, store).setParameter(2, from).setParameter(3, to).getResultList();
        Map<UUID, List<WorkHours.Span>> productive = new HashMap<>();
        Map<UUID, List<WorkHours.Span>> other = new HashMap<>();
        for (Object[] p : punches) {
            ((Boolean) p[1] ? productive : other).computeIfAbsent((UUID) p[0], k -> new ArrayList<>())
                    .add(new WorkHours.Span(SqlValues.instant(p[2]), SqlValues.instant(p[3])));
        }
        // Sold hours of the jobs first finished that day: a team's are split over its crew (SoldHoursSplit); a job worked alone credits
        // whoever finished it, as before teams.
        Map<UUID, BigDecimal> credited = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("""
                select j.id, j.sold_hours, j.done_by_technician_id, c.technician_id, c.lead, c.share
                from workshop_job j left join workshop_job_crew c on c.job_id = j.id
                where j.store_code = ?1 and j.first_done_at >= ?2 and j.first_done_at < ?3
                order by j.id, c.lead desc, c.added_at, c.technician_id""")
                .setParameter(1, store).setParameter(2, from).setParameter(3, to).getResultList();
        Map<UUID, List<Object[]>> byJob = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byJob.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(r));
        for (List<Object[]> job : byJob.values()) {
            BigDecimal sold = (BigDecimal) job.get(0)[1];
            List<SoldHoursSplit.Member> crew = job.stream().filter(r -> r[3] != null)
                    .map(r -> new SoldHoursSplit.Member((UUID) r[3], (Boolean) r[4], (BigDecimal) r[5])).toList();
            if (crew.size() > 1) {
                SoldHoursSplit.hours(sold, crew).forEach((id, h) -> credited.merge(id, h, BigDecimal::add));
            } else if (job.get(0)[2] != null) {
                credited.merge((UUID) job.get(0)[2], sold, BigDecimal::add);
            }
        }
        Map<UUID, TechnicianHours> out = new HashMap<>();
        for (TechnicianView t : techs) {
            if (!ids.contains(t.id())) {
                continue;
            }
            Duration clocked = WorkHours.total(productive.getOrDefault(t.id(), List.of()), from, to, now);
            Duration nonProductive = WorkHours.total(other.getOrDefault(t.id(), List.of()), from, to, now);
            Duration available = Shifts.available(t, day, zone);
            BigDecimal sold = credited.getOrDefault(t.id(), BigDecimal.ZERO).setScale(2);
            out.put(t.id(), new TechnicianHours(t.id(), t.name(), day, sold, WorkHours.hours(clocked), WorkHours.hours(nonProductive),
                    WorkHours.hours(available), WorkHours.efficiency(sold, clocked), WorkHours.productivity(clocked, available)));
        }
        return out;
    }

    /** Who is on the clock now, by technician: one index scan, rows not entities. */
    @SuppressWarnings("unchecked")
    private Map<UUID, ActiveClock> activeByTechnician(String store) {
        List<Object[]> rows = em.createNativeQuery("select technician_id, id, job_id, code, started_at from time_punch where store_code = ?1 and ended_at is null")
                .setParameter(1, store).getResultList();
        Map<UUID, ActiveClock> out = new HashMap<>();
        for (Object[] r : rows) {
            out.putIfAbsent((UUID) r[0], new ActiveClock((UUID) r[1], (UUID) r[2], r[3] == null ? null : NonProductiveCode.valueOf((String) r[3]), SqlValues.instant(r[4])));
        }
        return out;
    }

    static ActiveClock activeClock(TimePunch p) {
        return p == null ? null : new ActiveClock(p.id, p.jobId, p.code, p.startedAt);
    }
}
