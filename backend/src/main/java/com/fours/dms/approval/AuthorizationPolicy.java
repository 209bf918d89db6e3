package com.fours.dms.approval;

import com.fours.dms.repairorder.EstimatePricing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * R-REP-3 / R-DEL-1: the arithmetic of the customer's authorization, in exact decimals.
 * <ul>
 * <li>What is authorized is a customer-pay subtotal: the signed estimate's, plus what each approved
 * item version adds (a revision of an approved item adds the change against the version in force).
 * The authorized total is that subtotal with its VAT, by the estimate's own rule
 * ({@link EstimatePricing#customerPayable}), so it equals the order's customer payable exactly when
 * the order carries just what was authorized.</li>
 * <li>An order is within its authorization while its customer payable is at most the authorized
 * total plus the store's tolerance (default 0).</li>
 * </ul>
 */
public final class AuthorizationPolicy {
    /** Subsets of more items than this are not tabulated for the sheet (only "none" and "all" are). */
    static final int MAX_TABULATED_ITEMS = 10;

    private AuthorizationPolicy() {}

    public static BigDecimal total(BigDecimal customerPay, BigDecimal taxRatePercent) {
        return EstimatePricing.customerPayable(customerPay, taxRatePercent);
    }

    /** What approving a version adds to the authorized customer-pay subtotal: its own, less the version it replaces. */
    public static BigDecimal adds(BigDecimal customerPay, BigDecimal replacedCustomerPay) {
        return EstimatePricing.money(replacedCustomerPay == null ? customerPay : customerPay.subtract(replacedCustomerPay));
    }

    /** Minutes approving a version adds to the promised time: a revision adds only what it takes longer (never earlier). */
    public static int addsMinutes(int extraMinutes, Integer replacedExtraMinutes) {
        return replacedExtraMinutes == null ? extraMinutes : Math.max(0, extraMinutes - replacedExtraMinutes);
    }

    public static boolean withinAuthorization(BigDecimal currentTotal, BigDecimal authorizedTotal, BigDecimal tolerance) {
        return currentTotal.compareTo(authorizedTotal.add(tolerance)) <= 0;
    }

    public static BigDecimal exceededBy(BigDecimal currentTotal, BigDecimal authorizedTotal, BigDecimal tolerance) {
        BigDecimal over = currentTotal.subtract(authorizedTotal.add(tolerance));
        return EstimatePricing.money(over.signum() > 0 ? over : BigDecimal.ZERO);
    }

    /** Every distinct sum of a subset of the values (the empty subset too), ascending; for many items only none and all. */
    public static <T extends Comparable<T>> List<T> subsetSums(List<T> values, T zero, java.util.function.BinaryOperator<T> plus) {
        TreeSet<T> sums = new TreeSet<>();
        sums.add(zero);
        if (values.size() > MAX_TABULATED_ITEMS) {
            sums.add(values.stream().reduce(zero, plus));
            return new ArrayList<>(sums);
        }
        for (T v : values) {
            List<T> next = new ArrayList<>(sums);
            next.forEach(s -> sums.add(plus.apply(s, v)));
        }
        return new ArrayList<>(sums);
    }

    /** The sums mapped to what they lead to (a total, a time). */
    static <T extends Comparable<T>, R> List<R> tabulate(List<T> values, T zero, java.util.function.BinaryOperator<T> plus, Function<T, R> outcome) {
        return subsetSums(values, zero, plus).stream().map(outcome).toList();
    }
}
