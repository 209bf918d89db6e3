package com.fours.dms.dispatch;

/** How a punch ended: clocked off, switched to other work (one active clock, R-REP-1), the job paused, the job finished. */
public enum PunchEndReason { CLOCKED_OFF, SWITCHED, PAUSED, FINISHED }
