package com.fours.dms.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a file imports: the parts price list or the labour operations. */
@Schema(name = "CatalogueImportKind")
public enum ImportKind {
    PARTS, OPERATIONS
}
