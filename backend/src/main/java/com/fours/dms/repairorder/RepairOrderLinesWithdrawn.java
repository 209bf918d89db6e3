package com.fours.dms.repairorder;

import java.util.List;
import java.util.UUID;

/**
 * CDI event, fired inside the transaction when lines of an earlier approved version of a
 * supplementary item left the order because the customer approved its new version (R-REP-3): work
 * on them stops (their replacement comes with {@link RepairOrderLinesAuthorized}).
 */
public record RepairOrderLinesWithdrawn(String storeCode, UUID repairOrderId, List<UUID> lineIds) {}
