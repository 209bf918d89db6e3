package com.fours.dms.reminder;

import com.fours.dms.followup.TaskPurpose;

/** The reminders other than maintenance (issue 11): what an outreach is, and the desk call's purpose for it. */
public enum OutreachKind {
    /** R-REM-4: a car sold here last month, not serviced since. Message and call. */
    FIRST_SERVICE(TaskPurpose.FIRST_SERVICE, "FIRST_SERVICE_REMINDER"),
    /** R-REM-5: no visit for the store's retention months; called from the store's mid-month day. */
    RETENTION(TaskPurpose.RETENTION, null),
    /** R-REM-5: no visit for the store's lost months: the customer is lost; the call records why. */
    LOST(TaskPurpose.LOST, null),
    /** R-REM-6: the insurance policy expires next month. Message and call. */
    INSURANCE_RENEWAL(TaskPurpose.INSURANCE_RENEWAL, "INSURANCE_RENEWAL_REMINDER"),
    /** R-REM-6: the annual inspection (年审) falls due next month. Message and call. */
    ANNUAL_INSPECTION(TaskPurpose.ANNUAL_INSPECTION, "ANNUAL_INSPECTION_REMINDER");

    final TaskPurpose purpose;
    /** The message's template kind, or null when the outreach is a call only. */
    final String messageKind;

    OutreachKind(TaskPurpose purpose, String messageKind) {
        this.purpose = purpose;
        this.messageKind = messageKind;
    }

    /** R-REM-5: only a retention or lost call is closed with an outcome (retained, or lost with a reason). */
    public boolean closesWithOutcome() {
        return this == RETENTION || this == LOST;
    }
}
