package com.fours.dms.settlement;

/** R-DEL-2: APPLIED within the limit; PENDING the service manager's decision, then APPROVED or REFUSED. */
public enum DiscountStatus {
    APPLIED, PENDING, APPROVED, REFUSED;

    public boolean counts() {
        return this == APPLIED || this == APPROVED;
    }
}
