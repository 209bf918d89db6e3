package com.fours.dms.customer;

import java.time.LocalDate;
import java.util.UUID;

/**
 * CDI event fired (inside its transaction) by the context that serves the car, e.g. when a repair
 * order is signed or its check-in inspection reads the odometer: the vehicle's last service date
 * and mileage, and so the next due (R-REM-1), follow the visits (R-ARC-4) instead of being typed.
 *
 * @param mileage the visit's odometer reading; null when not read yet
 */
public record VehicleVisited(String storeCode, UUID vehicleId, UUID repairOrderId, LocalDate date, Integer mileage) {}
