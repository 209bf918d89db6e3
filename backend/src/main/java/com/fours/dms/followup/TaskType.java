package com.fours.dms.followup;

/** What a task asks someone to do; the codes the desk filters on (check constraint on task.type). */
public enum TaskType {
    /** R-APT-7: call the customer who did not come and offer a new time. */
    REBOOK_NO_SHOW,
    /** R-PRE-4: tell the customer at once that something is not ready and offer a new time. */
    TELL_CUSTOMER_NOT_READY,
    /** A follow-up call after a visit (follow-up desk). */
    FOLLOW_UP_CALL,
    /** A due service to remind the customer of (R-REM-*). */
    SERVICE_REMINDER,
    /** Call a complaining customer back. */
    COMPLAINT_CALLBACK,
    /** R-REP-3: the workshop reported a supplementary item; get the customer's decision at once and tell them the added time. */
    SUPPLEMENTARY_APPROVAL,
    /**
     * R-REP-2: most of a job's estimated duration has elapsed; ask the workshop when it will be done and
     * what went wrong, and tell the customer if the promised time moves. Answered with the progress
     * check's own form, which closes the task.
     */
    PROGRESS_CHECK,
    /**
     * R-QC-4: the car passed the quality check, is cleaned and parked: the order's advisor is briefed
     * (parking spot, what was found and not fixed, old parts) and prepares the delivery.
     */
    READY_FOR_DELIVERY,
    /** Issue 12: a webhook subscription kept failing past its retry window and was paused; fix the receiver with the integrator, then resume. */
    WEBHOOK_FAILING;

    /**
     * The customer-service desk's calls: offered in the work queue inside the store's call window
     * (R-FUP-4); a no-answer comes back later, then switches to a message after the store's attempts.
     */
    public boolean isDeskCall() {
        return this == FOLLOW_UP_CALL || this == SERVICE_REMINDER || this == COMPLAINT_CALLBACK || this == REBOOK_NO_SHOW;
    }
}
