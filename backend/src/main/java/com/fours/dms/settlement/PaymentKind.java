package com.fours.dms.settlement;

public enum PaymentKind {
    PAYMENT, REFUND
}
