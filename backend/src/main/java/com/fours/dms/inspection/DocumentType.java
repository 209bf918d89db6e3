package com.fours.dms.inspection;

/** Documents the customer leaves with the car (R-CHK-2); OTHER carries a name. */
public enum DocumentType {
    REGISTRATION, MAINTENANCE_BOOKLET, INSURANCE, OTHER
}
