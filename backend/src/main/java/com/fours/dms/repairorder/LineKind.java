package com.fours.dms.repairorder;

public enum LineKind {
    JOB, PART, FEE
}
