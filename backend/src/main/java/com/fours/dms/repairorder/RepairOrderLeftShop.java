package com.fours.dms.repairorder;

import java.util.UUID;

/** CDI event, fired inside the transition's transaction when an order leaves the shop (cancelled, declined; later settled/closed): its key tag and slot are free again. */
public record RepairOrderLeftShop(String storeCode, UUID repairOrderId) {}
