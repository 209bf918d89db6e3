package com.fours.dms.approval;

import java.util.List;
import java.util.UUID;

/**
 * CDI event, fired inside the transaction when the customer's decision on supplementary items was
 * recorded in the ledger (R-REP-3). The approved lines' own event is
 * {@link com.fours.dms.repairorder.RepairOrderLinesAuthorized}.
 */
public record SupplementaryItemsDecided(String storeCode, UUID repairOrderId, UUID ledgerEntryId, DecisionChannel channel,
        List<UUID> approvedItemIds, List<UUID> declinedItemIds) {}
