package com.fours.dms.repairorder;

/** R-CHK-8: what set the suggested promised delivery time; R-REP-2 / R-REP-3: what revised it later. */
public enum PromisedDeliveryReason {
    WORK_HOURS, WORKSHOP_LOAD, PARTS, RUSH_HOUR_AVOIDED,
    /** R-REP-3: approved supplementary items added work time. */
    SUPPLEMENTARY_ITEMS,
    /** R-REP-2: the progress check found the car will be ready later than promised. */
    PROGRESS_CHECK;

    /** The rule a revision for this reason follows (the code of a refusal). */
    String rule() {
        return this == PROGRESS_CHECK ? "R-REP-2" : "R-REP-3";
    }
}
