package com.fours.dms.catalogue;

/** The VAT class of a part on the dealer's price list (most parts STANDARD). */
public enum TaxClass {
    STANDARD, REDUCED, ZERO, EXEMPT
}
