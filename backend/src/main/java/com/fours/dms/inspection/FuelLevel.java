package com.fours.dms.inspection;

/** Fuel gauge reading in the steps of the gauge (R-CHK-2); a percentage may be given instead. */
public enum FuelLevel {
    EMPTY, QUARTER, HALF, THREE_QUARTERS, FULL
}
