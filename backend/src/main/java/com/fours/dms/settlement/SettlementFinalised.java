package com.fours.dms.settlement;

import java.math.BigDecimal;
import java.util.UUID;

/** CDI event, fired inside the transaction that finalised a bill (numbered, customer payable fixed). */
public record SettlementFinalised(String storeCode, UUID settlementId, UUID repairOrderId, String number, String currency, BigDecimal customerPayable) {}
