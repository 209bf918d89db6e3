package com.fours.dms.repairorder;

import java.util.UUID;

/**
 * CDI event, fired inside the transaction when an order passed its quality check and the car is
 * cleaned and parked (R-QC-1, R-QC-4): the advisor is briefed and delivery can start.
 */
public record OrderReadyForDelivery(String storeCode, UUID repairOrderId, UUID advisorId, String parkingSpot) {}
