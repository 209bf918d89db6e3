package com.fours.dms.inspection;

/** What the advisor saw on the zone (R-CHK-1). */
public enum DamageType {
    SCRATCH, DENT, CRACK, CHIP, MISSING, OTHER
}
