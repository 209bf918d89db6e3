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

    private BoardJob assignNow(String store, UUID jobId, long expected, AssignRequest r) {
        ZoneId zone = board.zone(store);
        WorkshopJob j = jobs.lockedForChange(store, jobId, expected);
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
        if (j.technicianId != null && !j.technicianId.equals(t.id()) && TimePunch.count("jobId = ?1 and endedAt is null", j.id) > 0) {
            throw ProblemException.rule(AssignmentPolicy.RULE, "Its technician is clocked on this job right now; they pause or clock off before it goes to someone else");
        }
        Optional<ProblemException> clash = doubleBooking(store, jobId, r);
        if (clash.isPresent()) {
            throw clash.get();
        }
        JobStatus from = j.status;
        j.assign(t.id(), b.id(), r.plannedStart(), r.plannedEnd(), user.username(), clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("technicianId", t.id().toString());
        details.put("technician", t.name());
        details.put("bayId", b.id().toString());
        details.put("bay", b.code());
        details.put("plannedStart", r.plannedStart().toString());
        details.put("plannedEnd", r.plannedEnd().toString());
        jobs.transitioned(j, from, "assigned", details);
        return board.card(store, j);
    }

    /** The job that already holds the bay or the technician for an overlapping interval, as the R-REP-1 problem that names it. */
    Optional<ProblemException> doubleBooking(String store, UUID jobId, AssignRequest r) {
        List<WorkshopJob> clashes = WorkshopJob.list("""
                storeCode = ?1 and id <> ?2 and status in ?3 and plannedStart < ?5 and plannedEnd > ?4 and (technicianId = ?6 or bayId = ?7)
                order by plannedStart, id""", store, jobId, List.copyOf(JobStatus.HOLDS_PLAN), r.plannedStart(), r.plannedEnd(), r.technicianId(), r.bayId());
        if (clashes.isEmpty()) {
            return Optional.empty();
        }
        WorkshopJob c = clashes.get(0);
        ZoneId zone = board.zone(store);
        boolean technician = r.technicianId().equals(c.technicianId);
        String who = technician
                ? setup.technicians(store).stream().filter(x -> x.id().equals(c.technicianId)).map(TechnicianView::name).findFirst().orElse("The technician")
                : "Bay " + setup.bays(store).stream().filter(x -> x.id().equals(c.bayId)).map(BayView::code).findFirst().orElse("");
        String number = orders.cards(store, List.of(c.repairOrderId)).values().stream().map(WorkshopOrders.OrderCard::number).findFirst().orElse("");
        String detail = who + " is already booked " + HH_MM.format(c.plannedStart.atZone(zone)) + "–" + HH_MM.format(c.plannedEnd.atZone(zone))
                + " for job \"" + c.description + "\" of order " + number + " (job " + c.id + ")";
        return Optional.of(new ProblemException(409, AssignmentPolicy.RULE, "Double booking refused (R-REP-1)", detail,
                List.of(new Violation(technician ? "technicianId" : "bayId", detail)), null));
    }
}
