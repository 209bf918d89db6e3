package com.fours.dms.settlement;

/** Where a bill stands: a DRAFT statement, FINALISED (numbered, awaiting payment), PAID, or VOID (keeps its number). */
public enum SettlementStatus {
    DRAFT, FINALISED, PAID, VOID
}
