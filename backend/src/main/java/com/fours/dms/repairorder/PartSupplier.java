package com.fours.dms.repairorder;

/** R-CHK-5: who supplies a part. */
public enum PartSupplier {
    DEALER, CUSTOMER
}
