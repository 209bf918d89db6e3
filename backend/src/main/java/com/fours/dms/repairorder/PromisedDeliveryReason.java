package com.fours.dms.repairorder;

/** R-CHK-8: what set the suggested promised delivery time; R-REP-3: what revised it later. */
public enum PromisedDeliveryReason {
    WORK_HOURS, WORKSHOP_LOAD, PARTS, RUSH_HOUR_AVOIDED,
    /** R-REP-3: approved supplementary items added work time. */
    SUPPLEMENTARY_ITEMS
}
