package com.fours.dms.settlement;

/** The statement itemises labour (工时) and materials (材料) separately; fees (diagnosis, estimate) apart. */
public enum BillLineKind {
    LABOUR, MATERIAL, FEE
}
