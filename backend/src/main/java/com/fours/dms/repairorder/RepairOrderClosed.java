package com.fours.dms.repairorder;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * CDI event, fired inside the transaction when a settled order is closed at delivery (R-DEL-4,
 * R-DEL-5): the customer signed the delivery checklist. Follow-up and webhooks start from it.
 */
public record RepairOrderClosed(String storeCode, UUID repairOrderId, UUID vehicleId, UUID customerId, UUID advisorId, String settlementNumber,
        BigDecimal customerPaid) {}
