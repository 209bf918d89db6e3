package com.fours.dms.dispatch;

import com.fours.dms.dispatch.api.DispatchApi.*;
import com.fours.dms.repairorder.WorkshopOrders;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.workshop.api.WorkshopApi.TechnicianView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * R-REP-1: technicians clock on and off as themselves (their login is linked to a technician in the
 * workshop set-up). One active clock per technician: clocking on other work clocks off what was
 * running, and the answer says which. The first clock-on of an order's job starts the order's work.
 */
@ApplicationScoped
public class ClockingService {
    @Inject
    Foremen people;

    @Inject
    WorkshopJobs jobs;

    @Inject
    TimePunches punches;

    @Inject
    JobBoardQueries board;

    @Inject
    WorkshopOrders orders;

    @Inject
    Crews crews;

    @Inject
    Clock clock;

    public MyJobs myJobs(String store) {
        return board.myJobs(store, people.me(store));
    }

    /** Clock on a job of mine (ASSIGNED, IN_PROGRESS, PAUSED or REWORK); what was running is clocked off (SWITCHED). */
    @Transactional
    public PunchResult clockOn(String store, UUID jobId) {
        TechnicianView me = people.me(store);
        punches.lock(me.id());
        WorkshopJob j = jobs.lockedForChange(store, jobId, null);
        Optional<TimePunch> running = punches.active(me.id());
        if (running.isPresent() && jobId.equals(running.get().jobId)) {
            throw ProblemException.rule("R-REP-1", "You are already clocked on this job since " + running.get().startedAt);
        }
        JobStatus from = j.status;
        j.clockOn(me.id(), crews.isMember(j.id, me.id()), clock.instant());
        Punch off = null;
        if (running.isPresent()) {
            off = ended(store, running.get(), PunchEndReason.SWITCHED);
            clockedOffJob(store, running.get());
        }
        TimePunch p = punches.startOnJob(j, me.id());
        jobs.transitioned(j, from, "clocked-on", Map.of("technicianId", me.id().toString(), "punchId", p.id.toString()));
        boolean started = orders.startWork(store, j.repairOrderId);
        return new PunchResult(punch(store, p), off, board.card(store, j), started);
    }

    /** Clock off whatever is running; the job stays as it is (IN_PROGRESS: started, not finished). */
    @Transactional
    public PunchResult clockOff(String store) {
        TechnicianView me = people.me(store);
        punches.lock(me.id());
        TimePunch running = punches.active(me.id()).orElseThrow(() -> ProblemException.rule("R-REP-1", "You are not clocked on anything"));
        Punch off = ended(store, running, PunchEndReason.CLOCKED_OFF);
        return new PunchResult(null, off, clockedOffJob(store, running), false);
    }

    /** Pause the job I am clocked on, with a reason: the job is PAUSED and my clock stops. */
    @Transactional
    public PunchResult pause(String store, PauseRequest r) {
        TechnicianView me = people.me(store);
        punches.lock(me.id());
        TimePunch running = punches.active(me.id()).filter(p -> p.jobId != null)
                .orElseThrow(() -> ProblemException.rule("R-REP-1", "You are not clocked on a job; clock on the job you want to pause"));
        WorkshopJob j = jobs.lockedForChange(store, running.jobId, null);
        JobStatus from = j.status;
        j.pause(r.reason(), r.note(), clock.instant());
        Punch off = ended(store, running, PunchEndReason.PAUSED);
        // The job waits: the rest of its crew stops too (R-REP-1, a team job).
        punches.endOpenOnJob(j, PunchEndReason.PAUSED);
        jobs.transitioned(j, from, "paused", j.pauseNote == null ? Map.of("reason", r.reason().name()) : Map.of("reason", r.reason().name(), "note", j.pauseNote));
        return new PunchResult(null, off, board.card(store, j), false);
    }

    /** The job of mine in progress is finished (DONE); if I am clocked on it, my clock stops. */
    @Transactional
    public PunchResult finish(String store, UUID jobId) {
        TechnicianView me = people.me(store);
        punches.lock(me.id());
        WorkshopJob j = jobs.lockedForChange(store, jobId, null);
        if (!me.id().equals(j.technicianId) && !crews.isMember(j.id, me.id())) {
            throw ProblemException.rule("R-REP-1", "This job is assigned to another technician");
        }
        JobStatus from = j.status;
        j.finish(clock.instant());
        Punch off = punches.active(me.id()).filter(p -> jobId.equals(p.jobId)).map(p -> ended(store, p, PunchEndReason.FINISHED)).orElse(null);
        // Finished for the whole crew: whoever else is on the clock for it stops.
        punches.endOpenOnJob(j, PunchEndReason.FINISHED);
        jobs.transitioned(j, from, "finished", Map.of("technicianId", me.id().toString()));
        return new PunchResult(null, off, board.card(store, j), false);
    }

    /** Clock on time on no job (cleaning, training, waiting …); what was running is clocked off (SWITCHED). */
    @Transactional
    public PunchResult nonProductive(String store, NonProductiveRequest r) {
        TechnicianView me = people.me(store);
        punches.lock(me.id());
        if (r.code() == NonProductiveCode.OTHER && (r.note() == null || r.note().isBlank())) {
            throw ProblemException.validation(java.util.List.of(new com.fours.dms.shared.error.Violation("note", "say what the time is for")));
        }
        Optional<TimePunch> running = punches.active(me.id());
        if (running.isPresent() && running.get().code == r.code()) {
            throw ProblemException.rule("R-REP-1", "You are already clocked on " + r.code() + " since " + running.get().startedAt);
        }
        Punch off = null;
        BoardJob job = null;
        if (running.isPresent()) {
            off = ended(store, running.get(), PunchEndReason.SWITCHED);
            job = clockedOffJob(store, running.get());
        }
        TimePunch p = punches.startNonProductive(store, me.id(), r.code(), r.note());
        return new PunchResult(punch(store, p), off, job, false);
    }

    /** The job of an ended punch (audited and published as clocked off; its state does not change); null for a non-productive punch. */
    private BoardJob clockedOffJob(String store, TimePunch ended) {
        if (ended.jobId == null) {
            return null;
        }
        WorkshopJob j = jobs.lockedForChange(store, ended.jobId, null);
        jobs.transitioned(j, j.status, "clocked-off", Map.of("technicianId", ended.technicianId.toString(), "punchId", ended.id.toString()));
        return board.card(store, j);
    }

    private Punch ended(String store, TimePunch p, PunchEndReason reason) {
        punches.end(p, reason);
        return punch(store, p);
    }

    /** The punch as the technician's screen shows it (with the job's order and description). */
    Punch punch(String store, TimePunch p) {
        String number = null;
        String description = null;
        if (p.jobId != null) {
            WorkshopJob j = WorkshopJob.findById(p.jobId);
            description = j.description;
            number = orders.cards(store, java.util.List.of(j.repairOrderId)).values().stream().map(WorkshopOrders.OrderCard::number).findFirst().orElse(null);
        }
        return new Punch(p.id, p.technicianId, p.jobId, number, description, p.code, p.note, p.startedAt, p.endedAt, p.endReason);
    }
}
