package com.fours.dms.catalogue;

/** What a file imports: the parts price list or the labour operations. */
public enum ImportKind {
    PARTS, OPERATIONS
}
