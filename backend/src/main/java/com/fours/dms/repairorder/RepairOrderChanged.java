package com.fours.dms.repairorder;

import java.util.UUID;

/**
 * CDI event, fired inside the transaction when an order is created (walk-in or drafted from an
 * appointment), or when the customer declines it or it is cancelled; the event feed and webhooks
 * carry it to integrators (issue 12).
 *
 * @param action created, declined or cancelled
 * @param reason the decline or cancel reason (null for created)
 */
public record RepairOrderChanged(String storeCode, UUID repairOrderId, String action, String number, UUID customerId, UUID vehicleId,
        UUID appointmentId, String reason) {}
