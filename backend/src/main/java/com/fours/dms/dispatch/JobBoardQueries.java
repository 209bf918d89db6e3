package com.fours.dms.dispatch;

import com.fours.dms.dispatch.api.DispatchApi.*;
import com.fours.dms.repairorder.WorkshopOrders;
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
    Clock clock;

    /** The store's time zone (checks the caller may see the store). */
    ZoneId zone(String store) {
        return ZoneId.of(stores.get(store).timezone());
    }

    public Board board(String store, LocalDate day) {
        ZoneId zone = zone(store);
        Instant now = clock.instant();
        LocalDate d = day == null ? LocalDate.ofInstant(now, zone) : day;
        Instant from = d.atStartOfDay(zone).toInstant();
        Instant to = d.plusDays(1).atStartOfDay(zone).toInstant();
        List<TechnicianView> techs = setup.technicians(store);
        List<BayView> bays = setup.bays(store);
        List<BoardJob> cards = cards(store, onBoard(store, from, to), techs, bays, now);
        Map<UUID, TechnicianHours> hours = hours(store, techs, d, zone, now);
        Map<UUID, TimePunch> active = activeByTechnician(store);
        List<BoardTechnician> rows = techs.stream().filter(TechnicianView::active).sorted(Comparator.comparing(TechnicianView::name).thenComparing(TechnicianView::id))
                .map(t -> {
                    var shift = Shifts.shiftOn(t, d);
                    var leave = Shifts.absenceOn(t, d);
                    return new BoardTechnician(t.id(), t.name(), t.skills(), t.foreman(),
                            leave.isPresent() ? null : shift.map(s -> s.start()).orElse(null),
                            leave.isPresent() ? null : shift.map(s -> s.end()).orElse(null),
                            leave.map(a -> a.reason()).orElse(null), activeClock(active.get(t.id())), hours.get(t.id()));
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
        List<WorkshopJob> mine = WorkshopJob.list("storeCode = ?1 and technicianId = ?2 and status in ?3", store, me.id(),
                List.of(JobStatus.ASSIGNED, JobStatus.IN_PROGRESS, JobStatus.PAUSED, JobStatus.REWORK));
        mine.sort(Comparator.comparing((WorkshopJob j) -> j.plannedStart, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(j -> j.createdAt).thenComparing(j -> j.id));
        List<BoardJob> cards = cards(store, mine, List.of(me), setup.bays(store), now);
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

    /** Open jobs, plus those planned or last finished on the day; three index scans. */
    @SuppressWarnings("unchecked")
    List<WorkshopJob> onBoard(String store, Instant from, Instant to) {
        return em.createNativeQuery("""
                select * from workshop_job where store_code = ?1 and status in ('WAITING', 'ASSIGNED', 'IN_PROGRESS', 'PAUSED', 'REWORK', 'IN_QC')
                union
                select * from workshop_job where store_code = ?1 and planned_start >= ?2 and planned_start < ?3
                union
                select * from workshop_job where store_code = ?1 and done_at >= ?2 and done_at < ?3
                order by planned_start nulls last, created_at, id""", WorkshopJob.class)
                .setParameter(1, store).setParameter(2, from).setParameter(3, to).getResultList();
    }

    List<BoardJob> cards(String store, List<WorkshopJob> jobs, List<TechnicianView> techs, List<BayView> bays, Instant now) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<TimePunch>> punches = TimePunch.<TimePunch>list("jobId in ?1", jobs.stream().map(j -> j.id).toList()).stream()
                .collect(Collectors.groupingBy(p -> p.jobId));
        Map<UUID, OrderCard> heads = orders.cards(store, jobs.stream().map(j -> j.repairOrderId).toList());
        Map<UUID, TechnicianView> techById = techs.stream().collect(Collectors.toMap(TechnicianView::id, Function.identity()));
        Map<UUID, BayView> bayById = bays.stream().collect(Collectors.toMap(BayView::id, Function.identity()));
        List<BoardJob> out = new ArrayList<>();
        for (WorkshopJob j : jobs) {
            List<TimePunch> ps = punches.getOrDefault(j.id, List.of());
            Duration clocked = ps.stream().map(p -> WorkHours.clocked(p.span(), now)).reduce(Duration.ZERO, Duration::plus);
            boolean on = ps.stream().anyMatch(TimePunch::open);
            OrderCard o = heads.get(j.repairOrderId);
            TechnicianView t = j.technicianId == null ? null : techById.get(j.technicianId);
            BayView b = j.bayId == null ? null : bayById.get(j.bayId);
            Instant promised = o == null ? null : o.promisedDeliveryAt();
            out.add(new BoardJob(j.id, j.repairOrderId, o == null ? null : o.number(), o == null ? null : o.plate(), o == null ? null : o.model(),
                    j.description, j.operationCode, j.team, j.requiredSkill, j.requiredBayType, j.soldHours, WorkHours.hours(clocked), j.status,
                    j.pauseReason, j.pauseNote, j.technicianId, t == null ? null : t.name(), j.bayId, b == null ? null : b.code(),
                    j.plannedStart, j.plannedEnd, on, promised, o == null ? null : o.expectedCompletionAt(),
                    LatenessPolicy.of(j.status, promised, o == null ? null : o.expectedCompletionAt(), j.plannedEnd, j.soldHours, clocked, j.doneAt, now),
                    j.reworkCount, j.availableActions(), j.version));
        }
        return out;
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
        List<TimePunch> punches = em.createNativeQuery("""
                select * from time_punch where store_code = ?1 and tstzrange(started_at, ended_at) && tstzrange(?2, ?3)""", TimePunch.class)
                .setParameter(1, store).setParameter(2, from).setParameter(3, to).getResultList();
        Map<UUID, List<WorkHours.Span>> productive = new HashMap<>();
        Map<UUID, List<WorkHours.Span>> other = new HashMap<>();
        for (TimePunch p : punches) {
            (p.jobId != null ? productive : other).computeIfAbsent(p.technicianId, k -> new ArrayList<>()).add(p.span());
        }
        Map<UUID, BigDecimal> credited = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("""
                select done_by_technician_id, sum(sold_hours) from workshop_job
                where store_code = ?1 and first_done_at >= ?2 and first_done_at < ?3 group by done_by_technician_id""")
                .setParameter(1, store).setParameter(2, from).setParameter(3, to).getResultList();
        for (Object[] r : rows) {
            if (r[0] != null) {
                credited.put((UUID) r[0], (BigDecimal) r[1]);
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

    private Map<UUID, TimePunch> activeByTechnician(String store) {
        return TimePunch.<TimePunch>list("storeCode = ?1 and endedAt is null", store).stream()
                .collect(Collectors.toMap(p -> p.technicianId, Function.identity(), (a, b) -> a));
    }

    static ActiveClock activeClock(TimePunch p) {
        return p == null ? null : new ActiveClock(p.id, p.jobId, p.code, p.startedAt);
    }
}
