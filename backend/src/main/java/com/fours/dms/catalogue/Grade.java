package com.fours.dms.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** R-CHK-5: an original (OEM) or aftermarket part; the estimate's part line takes it from the catalogue. */
@Schema(name = "CatalogueGrade")
public enum Grade {
    OEM, AFTERMARKET
}
