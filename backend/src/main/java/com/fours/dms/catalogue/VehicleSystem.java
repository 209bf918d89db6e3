package com.fours.dms.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * R-CHK-4: the vehicle system a labour operation works on; SYSTEM pricing (the default mode) prices
 * the job by the system involved, with the operation's flat-rate hours.
 */
@Schema(name = "VehicleSystem")
public enum VehicleSystem {
    ENGINE, TRANSMISSION, BRAKES, STEERING, SUSPENSION, ELECTRICAL, AIR_CONDITIONING, BODY, PAINT, TYRES, MAINTENANCE, OTHER
}
