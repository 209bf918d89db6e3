package com.fours.dms.catalogue;

/** R-CHK-5: an original (OEM) or aftermarket part; the estimate's part line takes it from the catalogue. */
public enum Grade {
    OEM, AFTERMARKET
}
