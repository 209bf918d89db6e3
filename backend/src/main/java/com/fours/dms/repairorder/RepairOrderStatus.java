package com.fours.dms.repairorder;

/** Where a repair order (进厂维修单) stands; see {@link RepairOrder} for the named transitions. */
public enum RepairOrderStatus {
    DRAFT, AWAITING_SIGNATURE, OPEN, IN_PROGRESS, QUALITY_CHECK, READY_FOR_DELIVERY, SETTLED, CLOSED, DECLINED, CANCELLED
}
