package com.fours.dms.dispatch;

import com.fours.dms.dispatch.api.DispatchApi.AssignRequest;
import com.fours.dms.dispatch.api.DispatchApi.BoardJob;
import com.fours.dms.repairorder.WorkshopOrders;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.persistence.ConstraintViolations;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.workshop.WorkshopSetupService;
import com.fours.dms.workshop.api.WorkshopApi.BayView;
import com.fours.dms.workshop.api.WorkshopApi.TechnicianView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * R-REP-1: the foreman assigns each job to a bay and a technician for a planned interval. Skill,
 * bay type and the technician's shift must fit; a bay or technician already planned for an
 * overlapping interval is refused naming the job that holds it. Two foremen assigning at the same
 * moment cannot both win: the exclusion constraints decide, and the loser gets the same problem.
 */
@ApplicationScoped
public class DispatchService {
    /** SQLSTATE of an exclusion-constraint violation. */
    static final String EXCLUSION = "23P01";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    EntityManager em;

    @Inject
    WorkshopJobs jobs;

    @Inject
    JobBoardQueries board;

    @Inject
    WorkshopSetupService setup;

    @Inject
    WorkshopOrders orders;

    @Inject
    Foremen foremen;

    @Inject
    Crews crews;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public BoardJob assign(String store, UUID jobId, long expected, AssignRequest r) {
        foremen.require(store);
        try {
            return QuarkusTransaction.requiringNew().call(() -> assignNow(store, jobId, expected, r));
        } catch (RuntimeException e) {
            boolean doubleBooked = ConstraintViolations.find(e).filter(x -> EXCLUSION.equals(x.sqlState())).isPresent();
            if (!doubleBooked) {
                throw e;
            }
            // The competing assignment committed first; now it is visible, so the problem can name it.
            throw QuarkusTransaction.requiringNew().call(() -> doubleBooking(store, jobId, r)
                    .orElseGet(() -> ProblemException.rule(AssignmentPolicy.RULE, "The bay or technician was booked by another assignment at the same moment; reload the board")));
        }
    }

    public BoardJob unassign(String store, UUID jobId, long expected) {
        foremen.require(store);
        return QuarkusTransaction.requiringNew().call(() -> {
            WorkshopJob j = jobs.lockedForChange(store, jobId, expected);
            JobStatus from = j.status;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("technicianId", String.valueOf(j.technicianId));
            details.put("bayId", String.valueOf(j.bayId));
            j.unassign(clock.instant());
            jobs.transitioned(j, from, "unassigned", details);
            return board.card(store, j);
        });
    }

    private BoardJob assignNow(String store, UUID jobId, long expected, AssignRequest asked) {
        ZoneId zone = board.zone(store);
        WorkshopJob j = jobs.lockedForChange(store, jobId, expected);
        AssignRequest r = keepingCrew(j, asked);
        if (!r.plannedEnd().isAfter(r.plannedStart())) {
            throw ProblemException.validation(List.of(new Violation("plannedEnd", "must be after plannedStart")));
        }
        List<Violation> bad = new ArrayList<>();
        TechnicianView t = setup.technicians(store).stream().filter(x -> x.active() && x.id().equals(r.technicianId())).findFirst().orElse(null);
        if (t == null) {
            bad.add(new Violation("technicianId", "no such active technician in this store"));
        }
        BayView b = setup.bays(store).stream().filter(x -> x.active() && x.id().equals(r.bayId())).findFirst().orElse(null);
        if (b == null) {
            bad.add(new Violation("bayId", "no such active bay in this store"));
        }
        if (!bad.isEmpty()) {
            throw new ProblemException(422, "unknown-reference", "Cannot assign", String.join("; ", bad.stream().map(v -> v.field() + ": " + v.message()).toList()), bad, null);
        }
        AssignmentPolicy.requireFit(j.requirement(), t, b, r.plannedStart(), r.plannedEnd(), zone);
        List<TechnicianView> helpers = helpers(store, t, r, zone);
        List<SoldHoursSplit.Member> crew = new ArrayList<>();
        crew.add(new SoldHoursSplit.Member(t.id(), true, r.leadShare()));
        for (int i = 0; i < helpers.size(); i++) {
            crew.add(new SoldHoursSplit.Member(helpers.get(i).id(), false, r.helpersOrEmpty().get(i).share()));
        }
        List<Violation> shares = SoldHoursSplit.check(crew, "helpers");
        if (!shares.isEmpty()) {
            throw ProblemException.validation(shares);
        }
        // Nobody clocked on the job right now may be taken off it.
        java.util.Set<UUID> staying = new java.util.HashSet<>(crew.stream().map(SoldHoursSplit.Member::technicianId).toList());
        List<TimePunch> onIt = TimePunch.list("jobId = ?1 and endedAt is null", j.id);
        for (TimePunch p : onIt) {
            if (!staying.contains(p.technicianId)) {
                String name = setup.technicians(store).stream().filter(x -> x.id().equals(p.technicianId)).map(TechnicianView::name).findFirst().orElse("A technician");
                throw ProblemException.rule(AssignmentPolicy.RULE, name + " is clocked on this job right now; they pause or clock off before the job goes to someone else");
            }
        }
        Optional<ProblemException> clash = doubleBooking(store, jobId, r);
        if (clash.isPresent()) {
            throw clash.get();
        }
        JobStatus from = j.status;
        crews.removeHelpers(j.id);
        Instant now = clock.instant();
        j.assign(t.id(), b.id(), r.plannedStart(), r.plannedEnd(), user.username(), now);
        em.flush();
        crews.addHelpers(j, r.leadShare(), crew.subList(1, crew.size()), user.username(), now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("technicianId", t.id().toString());
        details.put("technician", t.name());
        details.put("bayId", b.id().toString());
        details.put("bay", b.code());
        details.put("plannedStart", r.plannedStart().toString());
        details.put("plannedEnd", r.plannedEnd().toString());
        if (!helpers.isEmpty() || r.leadShare() != null) {
            details.put("leadShare", r.leadShare() == null ? null : r.leadShare().toPlainString());
            details.put("helpers", helpers.stream().map(h -> h.id() + " " + h.name()).toList());
            details.put("shares", SoldHoursSplit.shares(crew).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().toPlainString()).toList());
        }
        jobs.transitioned(j, from, "assigned", details);
        return board.card(store, j);
    }

    /**
     * Helpers omitted (a drag to another time or bay): the job keeps its helpers and shares (less
     * the new lead, if a helper becomes lead); an empty list means the lead alone.
     */
    private AssignRequest keepingCrew(WorkshopJob j, AssignRequest r) {
        if (r.helpers() != null) {
            return r;
        }
        List<SoldHoursSplit.Member> now = crews.of(j.id);
        List<com.fours.dms.dispatch.api.DispatchApi.HelperRequest> kept = now.stream().filter(m -> !m.lead() && !m.technicianId().equals(r.technicianId()))
                .map(m -> new com.fours.dms.dispatch.api.DispatchApi.HelperRequest(m.technicianId(), m.share())).toList();
        java.math.BigDecimal leadShare = r.leadShare();
        for (SoldHoursSplit.Member m : now) {
            if (leadShare == null && m.lead() && m.technicianId().equals(r.technicianId())) {
                leadShare = m.share(); // null: no share of their own
            }
        }
        return new AssignRequest(r.technicianId(), r.bayId(), r.plannedStart(), r.plannedEnd(), kept, leadShare);
    }

    /** R-REP-1: the helpers asked for, each an active technician of the store other than the lead, named once, working the whole interval (shift, leave); 422/409 otherwise. */
    private List<TechnicianView> helpers(String store, TechnicianView lead, AssignRequest r, ZoneId zone) {
        List<TechnicianView> out = new ArrayList<>();
        List<Violation> bad = new ArrayList<>();
        List<TechnicianView> all = setup.technicians(store);
        for (int i = 0; i < r.helpersOrEmpty().size(); i++) {
            UUID id = r.helpersOrEmpty().get(i).technicianId();
            String field = "helpers[" + i + "].technicianId";
            TechnicianView h = all.stream().filter(x -> x.active() && x.id().equals(id)).findFirst().orElse(null);
            if (h == null) {
                bad.add(new Violation(field, "no such active technician in this store"));
            } else if (h.id().equals(lead.id())) {
                bad.add(new Violation(field, "is the lead technician already"));
            } else if (out.stream().anyMatch(x -> x.id().equals(id))) {
                bad.add(new Violation(field, "is named twice"));
            } else {
                out.add(h);
            }
        }
        if (!bad.isEmpty()) {
            throw new ProblemException(422, "unknown-reference", "Cannot assign", String.join("; ", bad.stream().map(v -> v.field() + ": " + v.message()).toList()), bad, null);
        }
        List<Violation> misfit = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            for (Violation v : AssignmentPolicy.shiftMisfits(out.get(i), r.plannedStart(), r.plannedEnd(), zone)) {
                misfit.add(new Violation("helpers[" + i + "].technicianId", v.message()));
            }
        }
        if (!misfit.isEmpty()) {
            throw new ProblemException(409, AssignmentPolicy.RULE, "Refused by business rule " + AssignmentPolicy.RULE,
                    String.join("; ", misfit.stream().map(Violation::message).toList()), misfit, null);
        }
        return out;
    }

    /** The job that already holds the bay or the technician for an overlapping interval, as the R-REP-1 problem that names it. */
    @SuppressWarnings("unchecked")
    Optional<ProblemException> doubleBooking(String store, UUID jobId, AssignRequest r) {
        List<UUID> people = new ArrayList<>();
        people.add(r.technicianId());
        r.helpersOrEmpty().forEach(h -> people.add(h.technicianId()));
        // A technician (lead or helper) on another job holding an overlapping plan.
        List<Object[]> busy = em.createNativeQuery("""
                select c.job_id, c.technician_id from workshop_job_crew c join workshop_job j on j.id = c.job_id
                where j.store_code = ?1 and c.job_id <> ?2 and c.holds_plan and c.planned_start < ?4 and c.planned_end > ?3 and c.technician_id = any(?5)
                order by c.planned_start, c.job_id limit 1""")
                .setParameter(1, store).setParameter(2, jobId).setParameter(3, r.plannedStart()).setParameter(4, r.plannedEnd())
                .setParameter(5, people.toArray(UUID[]::new)).getResultList();
        WorkshopJob c;
        UUID technician = null;
        if (!busy.isEmpty()) {
            c = WorkshopJob.findById(busy.get(0)[0]);
            technician = (UUID) busy.get(0)[1];
        } else {
            List<WorkshopJob> clashes = WorkshopJob.list("""
                    storeCode = ?1 and id <> ?2 and status in ?3 and plannedStart < ?5 and plannedEnd > ?4 and (technicianId = ?6 or bayId = ?7)
                    order by plannedStart, id""", store, jobId, List.copyOf(JobStatus.HOLDS_PLAN), r.plannedStart(), r.plannedEnd(), r.technicianId(), r.bayId());
            if (clashes.isEmpty()) {
                return Optional.empty();
            }
            c = clashes.get(0);
            if (r.technicianId().equals(c.technicianId)) {
                technician = c.technicianId;
            }
        }
        ZoneId zone = board.zone(store);
        UUID who = technician;
        String name = who == null ? null
                : setup.technicians(store).stream().filter(x -> x.id().equals(who)).map(TechnicianView::name).findFirst().orElse("The technician");
        String whoText = who != null ? name : "Bay " + setup.bays(store).stream().filter(x -> x.id().equals(c.bayId)).map(BayView::code).findFirst().orElse("");
        String number = orders.cards(store, List.of(c.repairOrderId)).values().stream().map(WorkshopOrders.OrderCard::number).findFirst().orElse("");
        String detail = whoText + " is already booked " + HH_MM.format(c.plannedStart.atZone(zone)) + "–" + HH_MM.format(c.plannedEnd.atZone(zone))
                + " for job \"" + c.description + "\" of order " + number + " (job " + c.id + ")";
        String field = who == null ? "bayId" : who.equals(r.technicianId()) ? "technicianId" : "helpers[" + indexOf(r, who) + "].technicianId";
        return Optional.of(new ProblemException(409, AssignmentPolicy.RULE, "Double booking refused (R-REP-1)", detail,
                List.of(new Violation(field, detail)), null));
    }

    private static int indexOf(AssignRequest r, UUID technician) {
        for (int i = 0; i < r.helpersOrEmpty().size(); i++) {
            if (technician.equals(r.helpersOrEmpty().get(i).technicianId())) {
                return i;
            }
        }
        return 0;
    }
}
