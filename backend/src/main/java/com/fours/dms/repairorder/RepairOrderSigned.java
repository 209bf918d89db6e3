package com.fours.dms.repairorder;

import java.util.UUID;

/** CDI event, fired inside the transaction when the customer signs the repair order (R-CHK-9): the car stays for the work. */
public record RepairOrderSigned(String storeCode, UUID repairOrderId) {}
