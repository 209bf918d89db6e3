package com.fours.dms.dispatch;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * R-REP-2: when a job's progress check falls due. The estimated duration is the job's sold hours
 * (the estimate line's flat-rate hours). It counts from the job's first clock-on, or from its planned
 * start while nobody has clocked on yet (a planned job that has not started is worth asking about);
 * the check falls due when the store's share (70-80 %, default 75) of the duration has elapsed on the
 * clock from there: {@code start + soldHours × percent %}.
 *
 * <p>Elapsed time is wall-clock time, not clocked time: pauses (waiting for parts or approval), clock-offs
 * and nights count. The check asks whether the car will be ready when promised, and a job that stands
 * still is exactly the one to ask about; counting clocked time only would never ask about it. A job
 * without sold hours has no duration to measure and is never checked. The scheduler's SQL
 * ({@link ProgressChecks#due}) computes the same instant; each job is checked once.
 */
public final class ProgressCheckPolicy {
    /** Jobs in work: planned or started, not finished (the same states that hold their plan on the board). */
    public static final Set<JobStatus> IN_WORK = JobStatus.HOLDS_PLAN;

    /** How soon the advisor should answer (the task is due then, or at the promised time if that is sooner). */
    public static final Duration ANSWER_WITHIN = Duration.ofMinutes(30);

    private ProgressCheckPolicy() {}

    /** Where the elapsed time counts from: the first clock-on, else the planned start; null when neither. */
    public static Instant startedFrom(Instant startedAt, Instant plannedStart) {
        return startedAt != null ? startedAt : plannedStart;
    }

    /** The instant the share of the estimated duration has elapsed: start + soldHours × percent % (exact to the millisecond). */
    public static Instant dueAt(Instant startedFrom, BigDecimal soldHours, int percent) {
        // hours × 3600 s × percent / 100 = hours × 36 × percent seconds; sold hours have two decimals, so milliseconds are exact.
        long millis = soldHours.multiply(BigDecimal.valueOf(36_000L * percent)).longValueExact();
        return startedFrom.plusMillis(millis);
    }

    /** Whether the job's check is due now (it is raised once; see {@link ProgressChecks}). */
    public static boolean due(JobStatus status, Instant startedAt, Instant plannedStart, BigDecimal soldHours, int percent, Instant now) {
        Instant from = startedFrom(startedAt, plannedStart);
        return IN_WORK.contains(status) && from != null && soldHours != null && soldHours.signum() > 0 && !dueAt(from, soldHours, percent).isAfter(now);
    }
}
