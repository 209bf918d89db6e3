package com.fours.dms.settlement;

/** R-DEL-3: how a payment is made; DEPOSIT is the appointment's deposit applied (R-APT-4); ON_ACCOUNT charges the customer's credit account and INSURER the insurer's (a receivable each). */
public enum Tender {
    CASH, CARD, MOBILE, BANK_TRANSFER, DEPOSIT, ON_ACCOUNT, INSURER
}
