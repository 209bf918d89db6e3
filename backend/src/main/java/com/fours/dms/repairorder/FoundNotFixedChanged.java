package com.fours.dms.repairorder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * CDI event, fired inside the transaction whenever a found-not-fixed item (R-PRE-3) is recorded, declined
 * again, fixed or opened again: its whole state, so the follow-up side (declined work comes back, issue 11)
 * keeps its own view without reading the repair order's tables. {@code declinedAmount} is what the declined
 * estimate line or supplementary item was priced at (null when not known to this change: keep the earlier);
 * {@code resolvedByOrderId} and {@code resolvedAmount} the order and line that fixed it.
 */
public record FoundNotFixedChanged(String storeCode, UUID findingId, UUID repairOrderId, UUID vehicleId, UUID customerId, String description,
        FindingDisposition disposition, BigDecimal declinedAmount, Instant foundAt, Instant resolvedAt, UUID resolvedByOrderId,
        BigDecimal resolvedAmount) {}
