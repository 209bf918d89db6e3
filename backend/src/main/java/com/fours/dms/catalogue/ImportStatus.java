package com.fours.dms.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** VALID: a dry run found no bad row (nothing written); IMPORTED: every row written; REJECTED: some rows are bad, so nothing was written. */
@Schema(name = "CatalogueImportStatus")
public enum ImportStatus {
    VALID, IMPORTED, REJECTED
}
