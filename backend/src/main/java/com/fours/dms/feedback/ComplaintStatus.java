package com.fours.dms.feedback;

/** R-FUP-5: open → in progress → resolved → confirmed by the second follow-up → closed; a reopened case goes back to open. */
public enum ComplaintStatus { OPEN, IN_PROGRESS, RESOLVED, CONFIRMED, CLOSED }
