package com.fours.dms.repairorder;

/** R-CHK-3: fees charged even when the customer declines the repair. */
public enum FeeType {
    DIAGNOSIS, ESTIMATE
}
