package com.fours.dms.qualitycheck;

/** R-REP-5: what happens to a replaced part's old part. */
public enum OldPartDisposition {
    /** Kept to show (and give) the customer: the rule's default. */
    KEPT_FOR_CUSTOMER,
    /** Returned to the manufacturer under warranty (only a warranty-paid part). */
    WARRANTY_RETURN,
    /** Left with the workshop because the customer said so (the note says when and how). */
    DISCARDED_AT_CUSTOMER_REQUEST
}
