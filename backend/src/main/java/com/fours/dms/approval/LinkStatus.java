package com.fours.dms.approval;

/** An approval link as the advisor sees it (computed, never stored). */
public enum LinkStatus {
    /** The customer can still decide through it. */
    ACTIVE,
    /** The customer decided through it (once only). */
    USED,
    /** Past its validity (store setting, R-REP-3). */
    EXPIRED,
    /** Its items were decided another way or changed since it was sent; the customer is told to contact the store. */
    OUTDATED
}
