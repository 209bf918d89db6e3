package com.fours.dms.appointment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * R-APT-4: if high-value or special-order parts must be ordered for the appointment, the customer
 * pays a deposit of at least the store's share (default 50 %) of those parts' price before they are
 * ordered. Rounded up to the fen so that the deposit is never below the share.
 */
public final class DepositPolicy {
    private DepositPolicy() {}

    public static BigDecimal requiredDeposit(List<AppointmentPart> parts, int sharePercent) {
        BigDecimal highValue = parts.stream().filter(p -> p.highValue).map(AppointmentPart::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return highValue.multiply(BigDecimal.valueOf(sharePercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.CEILING);
    }

    public static boolean covers(BigDecimal paid, BigDecimal required) {
        return paid != null && paid.compareTo(required) >= 0;
    }
}
