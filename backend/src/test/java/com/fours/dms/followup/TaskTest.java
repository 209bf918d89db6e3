package com.fours.dms.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.shared.error.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The task's named transitions: attempts, call-backs moving the due window, closing for good. */
class TaskTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    static Task anOpenTask() {
        Task t = new Task();
        t.status = TaskStatus.OPEN;
        t.dueFrom = NOW;
        t.dueUntil = NOW.plus(Duration.ofHours(4));
        return t;
    }

    @Test
    void aFirstAttemptTakesTheTaskInProgressAndIsKeptWithWhoAndWhen() {
        Task t = anOpenTask();
        t.recordAttempt(AttemptOutcome.NO_ANSWER, "无人接听", null, "cs", NOW);
        assertEquals(TaskStatus.IN_PROGRESS, t.status);
        assertEquals(1, t.attempts.size());
        assertEquals("cs", t.attempts.get(0).recordedBy);
        assertEquals(NOW, t.attempts.get(0).recordedAt);
        assertEquals(NOW, t.dueFrom);
    }

    @Test
    void aCallBackMovesTheStartOfTheDueWindowAndStretchesItsEnd() {
        Task t = anOpenTask();
        Instant later = NOW.plus(Duration.ofHours(6));
        t.recordAttempt(AttemptOutcome.CALL_BACK_AT, null, later, "cs", NOW);
        assertEquals(later, t.dueFrom);
        assertEquals(later, t.dueUntil);
        assertEquals(TaskStatus.IN_PROGRESS, t.status);
    }

    @Test
    void aCallBackNeedsAFutureTimeAndOnlyACallBackTakesOne() {
        Task t = anOpenTask();
        ProblemException missing = assertThrows(ProblemException.class, () -> t.recordAttempt(AttemptOutcome.CALL_BACK_AT, null, null, "cs", NOW));
        assertEquals(400, missing.status());
        assertEquals("callBackAt", missing.violations().get(0).field());
        assertThrows(ProblemException.class, () -> t.recordAttempt(AttemptOutcome.CALL_BACK_AT, null, NOW.minusSeconds(1), "cs", NOW));
        assertThrows(ProblemException.class, () -> t.recordAttempt(AttemptOutcome.REACHED, null, NOW.plusSeconds(60), "cs", NOW));
        assertTrue(t.attempts.isEmpty());
    }

    @Test
    void doneCompletesAndDoNotCallCancelsAndAClosedTaskNeverChanges() {
        Task done = anOpenTask();
        done.recordAttempt(AttemptOutcome.DONE, "已改约周五", null, "cs", NOW);
        assertEquals(TaskStatus.DONE, done.status);
        assertEquals("cs", done.closedBy);
        assertEquals(List.of(), done.availableActions());

        Task refused = anOpenTask();
        refused.recordAttempt(AttemptOutcome.DO_NOT_CALL, null, null, "cs", NOW);
        assertEquals(TaskStatus.CANCELLED, refused.status);
        assertEquals("DO_NOT_CALL", refused.closeReason);

        for (Task closed : List.of(done, refused)) {
            ProblemException e = assertThrows(ProblemException.class, () -> closed.complete("cs", NOW));
            assertEquals(409, e.status());
            assertEquals("task-closed", e.code());
            assertThrows(ProblemException.class, () -> closed.recordAttempt(AttemptOutcome.NO_ANSWER, null, null, "cs", NOW));
            assertThrows(ProblemException.class, () -> closed.assign("advisor", null, NOW));
            assertThrows(ProblemException.class, () -> closed.cancel("x", "cs", NOW));
        }
    }

    @Test
    void assignMovesTheQueueAndTheAssignee() {
        Task t = anOpenTask();
        t.assigneeRole = "advisor";
        t.assign("customer-service", "cs", NOW);
        assertEquals("customer-service", t.assigneeRole);
        assertEquals("cs", t.assigneeUser);
        t.assign("customer-service", null, NOW);
        assertNull(t.assigneeUser);
        assertEquals(TaskStatus.OPEN, t.status);
    }
}
