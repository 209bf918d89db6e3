package com.fours.dms.followup;

/**
 * What a desk call is for within its task type (issue 11). Kept apart from {@link TaskType} because the
 * type is a closed enum of the released contract; the purpose is an open string in the API. The queue
 * gives the call the purpose's script.
 */
public enum TaskPurpose {
    /** Found-not-fixed work (declined estimate lines, declined supplementary items) comes back after the store's days. */
    DECLINED_WORK,
    /** R-REM-4: the first service of a car sold last month. */
    FIRST_SERVICE,
    /** R-REM-5: no visit for the store's months: a retention call in the middle of the month. */
    RETENTION,
    /** R-REM-5: no visit for the store's lost months: the customer is lost; the call records why. */
    LOST,
    /** R-REM-6: a recall or technical campaign the vehicle is in. */
    RECALL_CAMPAIGN,
    /** R-REM-6: the insurance policy expires next month. */
    INSURANCE_RENEWAL,
    /** R-REM-6: the annual inspection (年审) falls due next month. */
    ANNUAL_INSPECTION
}
