package com.fours.dms.settlement;

/** R-CHK-7: a warranty claim to the manufacturer: DRAFT → SUBMITTED → ACCEPTED | REJECTED. */
public enum WarrantyClaimStatus {
    DRAFT, SUBMITTED, ACCEPTED, REJECTED
}
