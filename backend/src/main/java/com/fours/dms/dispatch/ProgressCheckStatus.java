package com.fours.dms.dispatch;

/** R-REP-2: OPEN (the advisor's task is waiting) → RECORDED (answered) | CANCELLED (the job finished before anyone asked). */
public enum ProgressCheckStatus { OPEN, RECORDED, CANCELLED }
