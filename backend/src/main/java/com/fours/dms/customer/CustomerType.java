package com.fours.dms.customer;

/** R-ARC-3: how a customer is followed up depends on the type (club membership is a separate flag). */
public enum CustomerType { PRIVATE, COMPANY }
