package com.fours.dms.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What holds stock: a signed repair order's dealer-supplied part, or a part ordered for an appointment (R-APT-4/5). */
@Schema(name = "CatalogueReservationSource")
public enum ReservationSource {
    REPAIR_ORDER, APPOINTMENT
}
