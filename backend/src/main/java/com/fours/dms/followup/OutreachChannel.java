package com.fours.dms.followup;

/** The ways the desk may reach a customer; each has its own consent (call, SMS, e-mail). */
public enum OutreachChannel { CALL, SMS, EMAIL }
