package com.fours.dms.notification;

/** How a message reaches its audience: SMS and e-mail to customers, the workshop's and parts' boards inside the store. */
public enum Channel {
    SMS, EMAIL,
    /** Internal audiences read the message on their board in the SPA: it is delivered the moment it is written. */
    BOARD;

    public boolean customerFacing() {
        return this != BOARD;
    }
}
