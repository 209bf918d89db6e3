package com.fours.dms.receivable;

/** Where a receivable came from: a bill paid on account (R-DEL-3), or an insurer's share of a bill. */
public enum ReceivableSource {
    ON_ACCOUNT, INSURER
}
