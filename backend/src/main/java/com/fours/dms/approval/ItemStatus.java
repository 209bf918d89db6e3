package com.fours.dms.approval;

/** R-REP-3: where a supplementary item stands. APPROVED: a version is in force (its lines are on the order), even while a later version awaits a decision. */
public enum ItemStatus {
    AWAITING_DECISION, APPROVED, DECLINED
}
