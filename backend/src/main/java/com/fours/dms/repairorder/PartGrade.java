package com.fours.dms.repairorder;

/** R-CHK-5: original or aftermarket part. */
public enum PartGrade {
    OEM, AFTERMARKET
}
