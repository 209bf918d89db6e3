package com.fours.dms.followup;

/** What a task is about; with the subject id it says where the task leads. */
public enum SubjectType {
    CUSTOMER, VEHICLE, REPAIR_ORDER, APPOINTMENT, COMPLAINT, WEBHOOK_SUBSCRIPTION
}
