package com.fours.dms.catalogue;

/** VALID: a dry run found no bad row (nothing written); IMPORTED: every row written; REJECTED: some rows are bad, so nothing was written. */
public enum ImportStatus {
    VALID, IMPORTED, REJECTED
}
