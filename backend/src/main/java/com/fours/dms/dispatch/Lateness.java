package com.fours.dms.dispatch;

/** Whether a job keeps its order's promised delivery time (R-CHK-8) as the board sees it now. */
public enum Lateness { ON_TIME, AT_RISK, LATE }
