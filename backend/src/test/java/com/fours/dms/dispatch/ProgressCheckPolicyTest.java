package com.fours.dms.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.support.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * R-REP-2: when the progress check falls due: the store's share (default 75 %) of the sold hours,
 * counted on the clock from the first clock-on (or the planned start); pauses count.
 */
class ProgressCheckPolicyTest {
    static final Instant CLOCKED_ON = Instant.parse("2026-11-23T01:00:00Z");
    static final BigDecimal TWO_HOURS = new BigDecimal("2.00");

    final MutableClock clock = new MutableClock();

    boolean dueNow(JobStatus status, Instant startedAt, Instant plannedStart, BigDecimal sold, int percent) {
        return ProgressCheckPolicy.due(status, startedAt, plannedStart, sold, percent, clock.instant());
    }

    @Test
    void seventyFivePercentOfTwoHoursIsNinetyMinutesAfterTheFirstClockOn() {
        assertEquals(CLOCKED_ON.plus(Duration.ofMinutes(90)), ProgressCheckPolicy.dueAt(CLOCKED_ON, TWO_HOURS, 75));
        clock.set(CLOCKED_ON.plus(Duration.ofMinutes(90)).minusSeconds(1));
        assertFalse(dueNow(JobStatus.IN_PROGRESS, CLOCKED_ON, null, TWO_HOURS, 75), "one second before");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(dueNow(JobStatus.IN_PROGRESS, CLOCKED_ON, null, TWO_HOURS, 75), "at 75 %");
        clock.advance(Duration.ofHours(5));
        assertTrue(dueNow(JobStatus.IN_PROGRESS, CLOCKED_ON, null, TWO_HOURS, 75), "and later (raised once by the scheduler)");
    }

    @Test
    void theStoreShareMovesTheInstant() {
        assertEquals(CLOCKED_ON.plus(Duration.ofMinutes(84)), ProgressCheckPolicy.dueAt(CLOCKED_ON, TWO_HOURS, 70));
        assertEquals(CLOCKED_ON.plus(Duration.ofMinutes(96)), ProgressCheckPolicy.dueAt(CLOCKED_ON, TWO_HOURS, 80));
        // Sold hours have two decimals: 1.33 h × 75 % = 3591 s, 0.01 h × 71 % = 25.56 s, exact to the millisecond.
        assertEquals(CLOCKED_ON.plusSeconds(3591), ProgressCheckPolicy.dueAt(CLOCKED_ON, new BigDecimal("1.33"), 75));
        assertEquals(CLOCKED_ON.plusMillis(25_560), ProgressCheckPolicy.dueAt(CLOCKED_ON, new BigDecimal("0.01"), 71));
    }

    @Test
    void pausedTimeCountsBecauseElapsedTimeIsWallClockTime() {
        // Clocked on 09:00, paused waiting for parts at 09:20: at 10:30 only 20 minutes were clocked, but 90 have elapsed.
        clock.set(CLOCKED_ON.plus(Duration.ofMinutes(90)));
        assertTrue(dueNow(JobStatus.PAUSED, CLOCKED_ON, null, TWO_HOURS, 75));
    }

    @Test
    void aPlannedJobNobodyClockedOnCountsFromItsPlannedStartAndTheFirstClockOnWinsOnceThereIsOne() {
        Instant planned = CLOCKED_ON.minus(Duration.ofMinutes(30));
        clock.set(planned.plus(Duration.ofMinutes(90)));
        assertTrue(dueNow(JobStatus.ASSIGNED, null, planned, TWO_HOURS, 75), "planned 08:30, not started at 10:00");
        assertFalse(dueNow(JobStatus.IN_PROGRESS, CLOCKED_ON, planned, TWO_HOURS, 75), "started late at 09:00: due at 10:30");
        assertEquals(CLOCKED_ON, ProgressCheckPolicy.startedFrom(CLOCKED_ON, planned));
    }

    @Test
    void jobsWithoutAStartOrADurationOrAlreadyFinishedAreNeverDue() {
        clock.set(CLOCKED_ON.plus(Duration.ofDays(1)));
        assertFalse(dueNow(JobStatus.WAITING, null, null, TWO_HOURS, 75), "in the foreman's queue, no plan");
        assertFalse(dueNow(JobStatus.IN_PROGRESS, CLOCKED_ON, null, BigDecimal.ZERO, 75), "no sold hours, nothing to measure");
        for (JobStatus finished : JobStatus.FINISHED) {
            assertFalse(dueNow(finished, CLOCKED_ON, null, TWO_HOURS, 75), finished.name());
        }
        assertTrue(dueNow(JobStatus.REWORK, CLOCKED_ON, null, TWO_HOURS, 75), "sent back by the quality check: still in work");
    }
}
