package com.fours.dms.settlement;

/** R-DEL-1: where a statement line comes from: the signed estimate, an approved supplementary item, or the cashier's adjustment (with its reason). */
public enum LineSource {
    ESTIMATE, SUPPLEMENTARY, ADJUSTMENT
}
