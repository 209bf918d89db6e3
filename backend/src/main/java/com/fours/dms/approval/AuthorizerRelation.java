package com.fours.dms.approval;

/** R-REP-3: who gave consent: the customer, or a person the customer designated (driver, fleet manager, family). */
public enum AuthorizerRelation {
    CUSTOMER, DESIGNATED_PERSON
}
