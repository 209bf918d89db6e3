package com.fours.dms.appointment;

/** How the booking reached the store. */
public enum Channel { PHONE, WEB, INTEGRATOR, WALK_IN, REMINDER_CALL }
