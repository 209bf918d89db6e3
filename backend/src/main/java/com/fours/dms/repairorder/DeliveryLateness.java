package com.fours.dms.repairorder;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * R-REP-2 (with R-CHK-8): whether an order is late for the customer. It is late while it is signed and
 * not ready for delivery (OPEN, IN_PROGRESS, QUALITY_CHECK) and either its promised delivery time has
 * passed, or the workshop's expected completion (recorded at a progress check) is after it. An order
 * without a promised time is never late. The advisor's list filters on the same condition in SQL
 * ({@link RepairOrderQueries}); the workshop board adds the job-level view (dispatch's LatenessPolicy).
 */
public final class DeliveryLateness {
    /** Signed and not ready for delivery yet: the customer is still waiting for the promised time. */
    public static final Set<RepairOrderStatus> WAITING_FOR_CAR = EnumSet.of(RepairOrderStatus.OPEN, RepairOrderStatus.IN_PROGRESS,
            RepairOrderStatus.QUALITY_CHECK);

    private DeliveryLateness() {}

    public static boolean late(RepairOrderStatus status, Instant promised, Instant expected, Instant now) {
        return promised != null && WAITING_FOR_CAR.contains(status) && (now.isAfter(promised) || expectedAfterPromise(promised, expected));
    }

    /** The workshop expects to finish after the promised time (R-REP-2): the customer must be told and the promise revised. */
    public static boolean expectedAfterPromise(Instant promised, Instant expected) {
        return promised != null && expected != null && expected.isAfter(promised);
    }
}
