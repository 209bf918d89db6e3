package com.fours.dms.approval;

import java.util.UUID;

/**
 * CDI event, fired inside the transaction when the workshop reports a supplementary item or a new
 * version of one (R-REP-3): the order's advisor must get the customer's decision at once (the board
 * and live updates observe it).
 */
public record SupplementaryItemReported(String storeCode, UUID repairOrderId, UUID itemId, int version, boolean safetyCritical, UUID advisorId) {}
