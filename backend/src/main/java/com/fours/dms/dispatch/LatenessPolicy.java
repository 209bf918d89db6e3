package com.fours.dms.dispatch;

import com.fours.dms.repairorder.DeliveryLateness;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a job keeps its order's promised delivery time (R-CHK-8, flagged on the board for
 * R-REP-1/R-REP-2), judged against the store's clock. Work still to do is the sold hours not yet
 * clocked; it ends no earlier than the job's planned end.
 * <ul>
 * <li>LATE: the promised time has passed and the car is not finished, or the job was finished after it;
 * or the workshop expects to finish after it (R-REP-2: the advisor's answer at the progress check,
 * the same condition as the order's {@link DeliveryLateness});</li>
 * <li>AT_RISK: the remaining work (from now, or the planned end if later) ends after the promised time;</li>
 * <li>ON_TIME otherwise, and when nothing was promised.</li>
 * </ul>
 */
public final class LatenessPolicy {
    private LatenessPolicy() {}

    public static Lateness of(JobStatus status, Instant promised, Instant expectedCompletion, Instant plannedEnd, BigDecimal soldHours, Duration clocked,
            Instant doneAt, Instant now) {
        if (promised == null) {
            return Lateness.ON_TIME;
        }
        if (status == JobStatus.PASSED) {
            return doneAt != null && doneAt.isAfter(promised) ? Lateness.LATE : Lateness.ON_TIME;
        }
        if (now.isAfter(promised) || DeliveryLateness.expectedAfterPromise(promised, expectedCompletion)) {
            return Lateness.LATE;
        }
        if (JobStatus.FINISHED.contains(status)) {
            return Lateness.ON_TIME;
        }
        long soldSeconds = soldHours.multiply(BigDecimal.valueOf(3600)).longValue();
        Duration remaining = Duration.ofSeconds(Math.max(0, soldSeconds - clocked.toSeconds()));
        Instant expectedEnd = now.plus(remaining);
        if (plannedEnd != null && plannedEnd.isAfter(expectedEnd)) {
            expectedEnd = plannedEnd;
        }
        return expectedEnd.isAfter(promised) ? Lateness.AT_RISK : Lateness.ON_TIME;
    }
}
