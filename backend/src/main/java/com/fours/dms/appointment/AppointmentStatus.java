package com.fours.dms.appointment;

/**
 * requested → confirmed → arrived, or no-show / cancelled / rescheduled. An appointment whose
 * parts need a deposit waits in deposit-required until the cashier records it (R-APT-4).
 */
public enum AppointmentStatus {
    REQUESTED, DEPOSIT_REQUIRED, CONFIRMED, ARRIVED, NO_SHOW, CANCELLED, RESCHEDULED;

    /** Still holding capacity and expecting the customer. */
    public boolean isOpen() {
        return this == REQUESTED || this == DEPOSIT_REQUIRED || this == CONFIRMED;
    }
}
