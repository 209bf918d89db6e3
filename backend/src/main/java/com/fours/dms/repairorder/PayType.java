package com.fours.dms.repairorder;

/** R-CHK-7: who pays a line. */
public enum PayType {
    CUSTOMER, WARRANTY, INTERNAL, GOODWILL
}
