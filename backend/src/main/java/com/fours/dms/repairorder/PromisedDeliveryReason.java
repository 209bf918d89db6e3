package com.fours.dms.repairorder;

/** R-CHK-8: what set the suggested promised delivery time. */
public enum PromisedDeliveryReason {
    WORK_HOURS, WORKSHOP_LOAD, PARTS, RUSH_HOUR_AVOIDED
}
