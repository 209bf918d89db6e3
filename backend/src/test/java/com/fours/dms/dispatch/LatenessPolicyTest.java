package com.fours.dms.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** On time, at risk or late against the order's promised delivery time and the store clock. */
class LatenessPolicyTest {
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final Instant PROMISED = NOW.plus(Duration.ofHours(2));
    static final BigDecimal TWO_HOURS = new BigDecimal("2.00");

    @Test
    void workThatStillFitsBeforeThePromiseIsOnTime() {
        assertEquals(Lateness.ON_TIME, LatenessPolicy.of(JobStatus.WAITING, PROMISED, null, null, TWO_HOURS, Duration.ZERO, null, NOW));
        assertEquals(Lateness.ON_TIME, LatenessPolicy.of(JobStatus.IN_PROGRESS, PROMISED, null, null, new BigDecimal("3.00"), Duration.ofHours(1), null, NOW));
        assertEquals(Lateness.ON_TIME, LatenessPolicy.of(JobStatus.WAITING, null, null, null, TWO_HOURS, Duration.ZERO, null, NOW), "nothing promised");
    }

    @Test
    void remainingWorkOrAPlanEndingAfterThePromiseIsAtRisk() {
        assertEquals(Lateness.AT_RISK, LatenessPolicy.of(JobStatus.WAITING, PROMISED, null, null, new BigDecimal("2.50"), Duration.ZERO, null, NOW));
        assertEquals(Lateness.AT_RISK, LatenessPolicy.of(JobStatus.ASSIGNED, PROMISED, null, PROMISED.plusSeconds(60), new BigDecimal("0.50"), Duration.ZERO, null, NOW));
    }

    @Test
    void aPassedPromiseWithTheCarNotReadyIsLate() {
        Instant later = PROMISED.plusSeconds(1);
        assertEquals(Lateness.LATE, LatenessPolicy.of(JobStatus.IN_PROGRESS, PROMISED, null, null, TWO_HOURS, Duration.ofHours(2), null, later));
        assertEquals(Lateness.LATE, LatenessPolicy.of(JobStatus.IN_QC, PROMISED, null, null, TWO_HOURS, Duration.ofHours(2), NOW, later), "finished but not checked yet");
        assertEquals(Lateness.ON_TIME, LatenessPolicy.of(JobStatus.DONE, PROMISED, null, null, TWO_HOURS, Duration.ofHours(2), NOW, NOW), "finished in time");
        assertEquals(Lateness.ON_TIME, LatenessPolicy.of(JobStatus.PASSED, PROMISED, null, null, TWO_HOURS, Duration.ofHours(2), NOW, later));
        assertEquals(Lateness.LATE, LatenessPolicy.of(JobStatus.PASSED, PROMISED, null, null, TWO_HOURS, Duration.ofHours(2), later, later));
    }

    @Test
    void theWorkshopExpectingToFinishAfterThePromiseIsLateEvenBeforeThePromisedTime() {
        // R-REP-2: the advisor recorded the workshop's answer at the progress check.
        Instant expected = PROMISED.plusSeconds(60);
        assertEquals(Lateness.LATE, LatenessPolicy.of(JobStatus.IN_PROGRESS, PROMISED, expected, null, TWO_HOURS, Duration.ofHours(1), null, NOW));
        assertEquals(Lateness.ON_TIME, LatenessPolicy.of(JobStatus.IN_PROGRESS, PROMISED, PROMISED, null, new BigDecimal("0.50"), Duration.ZERO, null, NOW),
                "finishing exactly at the promised time keeps it");
        assertEquals(Lateness.ON_TIME, LatenessPolicy.of(JobStatus.PASSED, PROMISED, expected, null, TWO_HOURS, Duration.ofHours(2), NOW, NOW),
                "passed before the promise: the answer was too cautious");
    }
}
