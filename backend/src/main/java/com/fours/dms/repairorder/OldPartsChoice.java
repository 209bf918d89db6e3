package com.fours.dms.repairorder;

/** R-REP-5: what the customer says at signing about the parts the workshop will replace (旧件处理). */
public enum OldPartsChoice {
    /** The old parts are shown and handed to the customer at delivery (the rule's default). */
    TAKE_HOME,
    /** The customer leaves them with the workshop to dispose of (warranty parts go back to the maker either way). */
    LEAVE_WITH_WORKSHOP
}
