package com.fours.dms.store;

import java.math.BigDecimal;
import java.time.LocalTime;

/**
 * R-REP-3: a store's numbers for supplementary-item approval: how long a link to the customer is
 * valid, how much an order may exceed its authorized total, and the calendar and cashier rush hours
 * a promised time moved by added work respects (R-CHK-8).
 */
public record ApprovalSettings(
        String storeCode,
        String storeName,
        String currency,
        int linkValidHours,
        BigDecimal authorizationTolerance,
        LocalTime cashierRushStart,
        LocalTime cashierRushEnd,
        StoreCalendar calendar) {}
