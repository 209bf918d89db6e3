package com.fours.dms.repairorder;

/** R-CHK-10: a car is received by a technician of the workshop, or goes to the foreman's queue for dispatch. */
public enum HandoverReceiverKind {
    TECHNICIAN, FOREMAN_QUEUE
}
