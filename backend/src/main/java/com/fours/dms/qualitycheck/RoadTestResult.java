package com.fours.dms.qualitycheck;

/** R-QC-1: how the road test went. */
public enum RoadTestResult {
    OK, NOT_OK
}
