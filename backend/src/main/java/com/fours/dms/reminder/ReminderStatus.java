package com.fours.dms.reminder;

/** Where a maintenance reminder cycle stands after its calls (R-REM-2, R-REM-3). */
public enum ReminderStatus {
    /** Raised; the message and the call follow at T-13 and T-11 days. */
    OPEN,
    /** The customer booked (dealer-initiated appointment, R-APT-1). */
    BOOKED,
    /** R-REM-3: the customer has not decided; a second call follows. */
    UNDECIDED,
    /** R-REM-3: the customer said no; no more calls this cycle. */
    DECLINED
}
