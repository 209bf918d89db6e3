package com.fours.dms.qualitycheck;

/** R-QC-1 / R-QC-2: the outcome of a final inspection. */
public enum InspectionResult {
    PASSED, FAILED
}
