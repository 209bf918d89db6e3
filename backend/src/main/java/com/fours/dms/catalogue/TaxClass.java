package com.fours.dms.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The VAT class of a part on the dealer's price list (most parts STANDARD). */
@Schema(name = "CatalogueTaxClass")
public enum TaxClass {
    STANDARD, REDUCED, ZERO, EXEMPT
}
