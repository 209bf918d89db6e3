package com.fours.dms.receivable;

/** What happened to a receivable after it was raised: a payment, or the service manager's correction. */
public enum EntryKind {
    PAYMENT, CORRECTION
}
