package com.fours.dms.repairorder;

import java.util.List;
import java.util.UUID;

/**
 * CDI event, fired inside the transaction when the customer's approval of supplementary items added
 * lines to a repair order (R-REP-3): the workshop may now work on them (dispatch creates their jobs).
 */
public record RepairOrderLinesAuthorized(String storeCode, UUID repairOrderId, List<UUID> lineIds) {}
