package com.fours.dms.receivable;

/** R-DEL-3: whom the store bills on account: a fleet (company) customer, or an insurer. */
public enum AccountKind {
    FLEET, INSURER
}
