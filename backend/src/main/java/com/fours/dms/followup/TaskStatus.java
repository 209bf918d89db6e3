package com.fours.dms.followup;

/** OPEN → IN_PROGRESS (first attempt) → DONE or CANCELLED; closed tasks never change again. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
