package com.fours.dms.appointment;

/** R-APT-1: who started the booking. */
public enum Origin { CUSTOMER, DEALER }
