package com.fours.dms.repairorder;

import java.util.UUID;

/**
 * CDI event, fired inside the transaction when the order is handed over to the workshop (R-CHK-10):
 * its jobs go on the workshop's board (R-REP-1). {@code technicianId} is the technician who received
 * it, or null when it went to the foreman's queue.
 */
public record RepairOrderHandedOver(String storeCode, UUID repairOrderId, UUID technicianId) {}
