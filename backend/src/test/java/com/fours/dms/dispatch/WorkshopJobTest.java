package com.fours.dms.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fours.dms.shared.error.ProblemException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The job's named transitions and their one guard (R-REP-1, R-QC-1, R-QC-2). */
class WorkshopJobTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final UUID ZHAO = UUID.randomUUID();
    static final UUID QIAN = UUID.randomUUID();
    static final UUID BAY = UUID.randomUUID();

    static WorkshopJob waiting() {
        return WorkshopJob.waiting(UUID.randomUUID(), "BJ01", UUID.randomUUID(), UUID.randomUUID(), "更换机油及机滤", "MAINT", null,
                JobRequirement.ANY, new BigDecimal("1.50"), NOW);
    }

    static WorkshopJob assigned() {
        WorkshopJob j = waiting();
        j.assign(ZHAO, BAY, NOW, NOW.plus(Duration.ofMinutes(90)), "foreman", NOW);
        return j;
    }

    static WorkshopJob inProgress() {
        WorkshopJob j = assigned();
        j.clockOn(ZHAO, NOW);
        return j;
    }

    static void refused(WorkshopJob j, String code, Consumer<WorkshopJob> action) {
        JobStatus before = j.status;
        ProblemException e = assertThrows(ProblemException.class, () -> action.accept(j));
        assertEquals(409, e.status());
        assertEquals(code, e.code());
        assertEquals(before, j.status);
    }

    @Test
    void theWorkshopPathWaitingToAssignedToInProgressToDoneToQualityChecked() {
        WorkshopJob j = waiting();
        assertEquals(JobStatus.WAITING, j.status);
        assertEquals(List.of("assign"), j.availableActions());
        j.assign(ZHAO, BAY, NOW, NOW.plus(Duration.ofHours(1)), "foreman", NOW);
        assertEquals(JobStatus.ASSIGNED, j.status);
        assertEquals(List.of("assign", "unassign", "clock-on"), j.availableActions());
        j.clockOn(ZHAO, NOW.plusSeconds(60));
        assertEquals(JobStatus.IN_PROGRESS, j.status);
        assertEquals(NOW.plusSeconds(60), j.startedAt);
        j.finish(NOW.plusSeconds(3600));
        assertEquals(JobStatus.DONE, j.status);
        assertEquals(NOW.plusSeconds(3600), j.firstDoneAt);
        assertEquals(ZHAO, j.doneByTechnicianId);
        j.sendToQualityCheck(NOW.plusSeconds(3700));
        assertEquals(JobStatus.IN_QC, j.status);
        j.passQualityCheck(NOW.plusSeconds(3800));
        assertEquals(JobStatus.PASSED, j.status);
        assertEquals(List.of(), j.availableActions());
    }

    @Test
    void pauseNeedsAReasonAndClockingOnResumes() {
        WorkshopJob j = inProgress();
        j.pause(PauseReason.WAITING_PARTS, "  等待刹车片到货 ", NOW);
        assertEquals(JobStatus.PAUSED, j.status);
        assertEquals(PauseReason.WAITING_PARTS, j.pauseReason);
        assertEquals("等待刹车片到货", j.pauseNote);
        // A paused job may change its reason (parts came, now the customer must approve an extra item).
        j.pause(PauseReason.WAITING_APPROVAL, null, NOW);
        assertEquals(PauseReason.WAITING_APPROVAL, j.pauseReason);
        assertNull(j.pauseNote);
        j.clockOn(ZHAO, NOW.plusSeconds(600));
        assertEquals(JobStatus.IN_PROGRESS, j.status);
        assertNull(j.pauseReason);
        assertEquals(NOW, j.startedAt, "the first start is kept");
    }

    @Test
    void pauseForAnOtherReasonNeedsANote() {
        WorkshopJob j = inProgress();
        ProblemException e = assertThrows(ProblemException.class, () -> j.pause(PauseReason.OTHER, " ", NOW));
        assertEquals(400, e.status());
        assertEquals("note", e.violations().get(0).field());
        assertEquals(JobStatus.IN_PROGRESS, j.status);
    }

    @Test
    void onlyItsOwnTechnicianClocksOn() {
        refused(assigned(), "R-REP-1", j -> j.clockOn(QIAN, NOW));
        refused(waiting(), "R-REP-1", j -> j.clockOn(ZHAO, NOW));
    }

    @Test
    void aFailedQualityCheckSendsTheJobBackAsReworkAndCountsTheLoop() {
        WorkshopJob j = inProgress();
        j.finish(NOW);
        j.sendToQualityCheck(NOW);
        j.failQualityCheck(NOW.plusSeconds(60));
        assertEquals(JobStatus.REWORK, j.status);
        assertEquals(1, j.reworkCount);
        assertEquals(List.of("assign", "clock-on"), j.availableActions());
        j.clockOn(ZHAO, NOW.plusSeconds(120));
        j.finish(NOW.plusSeconds(900));
        assertEquals(NOW, j.firstDoneAt, "rework is not credited twice");
        assertEquals(NOW.plusSeconds(900), j.doneAt);
    }

    @Test
    void theGuardRefusesEveryTransitionOutOfItsStates() {
        refused(waiting(), "R-REP-1", j -> j.unassign(NOW));
        refused(waiting(), "R-REP-1", j -> j.pause(PauseReason.WAITING_PARTS, null, NOW));
        refused(assigned(), "R-REP-1", j -> j.finish(NOW));
        refused(assigned(), "R-REP-1", j -> j.handTo(ZHAO, "advisor", NOW));
        refused(inProgress(), "R-REP-1", j -> j.unassign(NOW));
        refused(inProgress(), "R-QC-1", j -> j.sendToQualityCheck(NOW));
        refused(inProgress(), "R-QC-2", j -> j.failQualityCheck(NOW));
        WorkshopJob done = inProgress();
        done.finish(NOW);
        refused(done, "R-REP-1", j -> j.assign(ZHAO, BAY, NOW, NOW.plusSeconds(60), "foreman", NOW));
        refused(done, "R-REP-1", j -> j.clockOn(ZHAO, NOW));
        refused(done, "R-QC-1", j -> j.passQualityCheck(NOW));
    }

    @Test
    void reassigningKeepsTheStateAndUnassigningClearsThePlan() {
        WorkshopJob j = inProgress();
        j.assign(ZHAO, BAY, NOW.plusSeconds(3600), NOW.plusSeconds(7200), "foreman", NOW);
        assertEquals(JobStatus.IN_PROGRESS, j.status, "re-planned, still in progress");
        WorkshopJob a = assigned();
        a.unassign(NOW);
        assertEquals(JobStatus.WAITING, a.status);
        assertNull(a.technicianId);
        assertNull(a.bayId);
        assertNull(a.plannedStart);
        WorkshopJob handed = waiting();
        handed.handTo(QIAN, "advisor", NOW);
        assertEquals(JobStatus.ASSIGNED, handed.status);
        assertEquals(QIAN, handed.technicianId);
        assertNull(handed.plannedStart, "bay and time come from the foreman");
    }
}
