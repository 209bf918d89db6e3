package com.fours.dms.customer;

import java.time.LocalDate;
import java.util.UUID;

/**
 * CDI event fired (inside its transaction) when a vehicle is registered, its archive data changes or
 * it changes owner, so contexts that plan around the vehicle (the maintenance reminders, R-REM-1)
 * keep their own view of its interval, last service and owner without reading the archive's tables.
 */
public record VehicleChanged(String storeCode, UUID vehicleId, UUID ownerId, Integer intervalMonths, Integer intervalKm,
        LocalDate lastServiceDate, Integer lastServiceMileage, LocalDate purchaseDate, boolean soldHere, LocalDate insuranceExpiresOn,
        LocalDate inspectionDueOn) {

    static VehicleChanged of(Vehicle v) {
        return new VehicleChanged(v.storeCode, v.id, v.owner.id, v.maintenanceIntervalMonths, v.maintenanceIntervalKm, v.lastServiceDate,
                v.lastServiceMileage, v.purchaseDate, v.soldHere, v.insuranceExpiresOn, v.inspectionDueOn);
    }
}
