package com.fours.dms.store;

/** R-QC-1: which workshop jobs the store's inspectors inspect before the car is ready for delivery. */
public enum FinalInspectionScope {
    /** Every job. */
    ALL,
    /** The rule's minimum: jobs on a safety system or with a critical-system part, and major repairs (majorRepairHours sold hours or more). */
    SAFETY_AND_MAJOR
}
