package com.fours.dms.approval;

/** The customer's answer on one item version (R-REP-3). */
public enum ItemDecision {
    APPROVED, DECLINED
}
