package com.fours.dms.repairorder;

import java.util.UUID;

/**
 * CDI event, fired inside the transaction when the walk-around of a repair order starts (its
 * check-in inspection is created): the car is at the desk, so its appointment, if any, has arrived.
 */
public record CheckInStarted(String storeCode, UUID repairOrderId, UUID appointmentId) {}
