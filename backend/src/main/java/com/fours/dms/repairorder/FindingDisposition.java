package com.fours.dms.repairorder;

/** R-PRE-3: why a finding was not fixed on the visit it was found on. */
public enum FindingDisposition {
    /** The customer said no (also: a line of a declined estimate). */
    DECLINED,
    /** Postponed to a later visit. */
    DEFERRED
}
