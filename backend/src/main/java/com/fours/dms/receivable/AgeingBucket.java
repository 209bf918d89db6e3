package com.fours.dms.receivable;

/** R-DEL-3: a receivable's age in the store's days since its invoice date. */
public enum AgeingBucket {
    DAYS_0_30, DAYS_31_60, DAYS_61_90, OVER_90;

    public static AgeingBucket of(long ageDays) {
        return ageDays <= 30 ? DAYS_0_30 : ageDays <= 60 ? DAYS_31_60 : ageDays <= 90 ? DAYS_61_90 : OVER_90;
    }
}
