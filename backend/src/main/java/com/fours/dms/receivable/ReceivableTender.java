package com.fours.dms.receivable;

/** How an account pays what it owes. */
public enum ReceivableTender {
    CASH, CARD, MOBILE, BANK_TRANSFER
}
