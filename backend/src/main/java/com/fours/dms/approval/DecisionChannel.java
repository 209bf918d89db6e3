package com.fours.dms.approval;

/** R-REP-3: how the customer's decision reached the store. */
public enum DecisionChannel {
    /** On the advisor's tablet, signed on screen. */
    IN_PERSON,
    /** By phone, recorded by the advisor with the customer's words. */
    PHONE,
    /** On the customer's phone through the link sent by SMS / e-mail, signed on screen. */
    LINK
}
