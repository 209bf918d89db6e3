package com.fours.dms.repairorder;

/** R-CHK-10: a single-team order may be assigned by the advisor directly; a multi-team order goes to the foreman. */
public enum HandoverRoute {
    ADVISOR_DIRECT, FOREMAN
}
