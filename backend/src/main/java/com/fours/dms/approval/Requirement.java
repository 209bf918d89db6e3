package com.fours.dms.approval;

/** R-REP-3 / R-REP-4: how strongly the workshop advises the item. */
public enum Requirement {
    /** Advised; the car can leave without it (a declined safety-critical one is signed for at delivery, R-REP-4). */
    RECOMMENDED,
    /** The ordered work cannot be finished properly without it. */
    REQUIRED
}
