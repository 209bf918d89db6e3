package com.fours.dms.catalogue;

/** What holds stock: a signed repair order's dealer-supplied part, or a part ordered for an appointment (R-APT-4/5). */
public enum ReservationSource {
    REPAIR_ORDER, APPOINTMENT
}
