package com.fours.dms.settlement;

import com.fours.dms.repairorder.EstimatePricing;
import com.fours.dms.repairorder.PayType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The bill's arithmetic (R-DEL-1..3), exact decimals end to end, and one rounding rule: HALF_UP
 * to the fen (0.01), applied once per line (the estimate's rule, {@link EstimatePricing}), once per
 * discount given as a percent, and once for the VAT of the customer-pay total. Everything else is
 * sums and differences of rounded figures, so the screen, the print and the API show the same.
 * <ul>
 * <li>Discounts only reduce customer-pay lines: a line discount at most the line, a total discount
 * at most what is left.</li>
 * <li>Prices include VAT (store setting, the Chinese retail default): the customer pays the
 * discounted customer-pay sum; VAT = sum × rate / (100 + rate), net = sum − VAT.
 * Prices exclude VAT: net = the discounted sum; VAT = net × rate / 100; the customer pays net + VAT.</li>
 * <li>Warranty, internal and goodwill lines are not the customer's: they are totalled per pay type.</li>
 * <li>Payments: the balance is the customer payable less what was paid (deposit included) plus
 * refunds; cash above the balance is given back as change.</li>
 * </ul>
 */
public final class SettlementMoney {
    public static final RoundingMode ROUNDING = EstimatePricing.ROUNDING;
    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final BigDecimal ZERO = money(BigDecimal.ZERO);

    private SettlementMoney() {}

    public static BigDecimal money(BigDecimal v) {
        return v.setScale(EstimatePricing.SCALE, ROUNDING);
    }

    /** A percent of a base, rounded once. */
    public static BigDecimal percentOf(BigDecimal base, BigDecimal percent) {
        return money(base.multiply(percent).divide(HUNDRED));
    }

    /** One line as billed: its amount, its pay type and the discounts applied to it. */
    public record Billed(PayType payType, BigDecimal amount, BigDecimal discount) {}

    public record Totals(Map<PayType, BigDecimal> byPayType, BigDecimal customerLines, BigDecimal lineDiscounts, BigDecimal totalDiscount,
            BigDecimal net, BigDecimal vat, BigDecimal customerPayable) {}

    public static Totals totals(Collection<Billed> lines, BigDecimal totalDiscount, boolean pricesIncludeVat, BigDecimal taxRatePercent) {
        Map<PayType, BigDecimal> by = new EnumMap<>(PayType.class);
        for (PayType p : PayType.values()) {
            by.put(p, ZERO);
        }
        BigDecimal lineDiscounts = ZERO;
        for (Billed b : lines) {
            by.merge(b.payType(), b.payType() == PayType.CUSTOMER ? b.amount().subtract(b.discount()) : b.amount(), BigDecimal::add);
            lineDiscounts = lineDiscounts.add(b.payType() == PayType.CUSTOMER ? b.discount() : ZERO);
        }
        BigDecimal customerLines = by.get(PayType.CUSTOMER).add(lineDiscounts);
        BigDecimal sum = by.get(PayType.CUSTOMER).subtract(totalDiscount);
        BigDecimal vat;
        BigDecimal net;
        BigDecimal payable;
        if (pricesIncludeVat) {
            vat = money(sum.multiply(taxRatePercent).divide(HUNDRED.add(taxRatePercent), 10, ROUNDING));
            net = sum.subtract(vat);
            payable = sum;
        } else {
            net = sum;
            vat = percentOf(sum, taxRatePercent);
            payable = sum.add(vat);
        }
        return new Totals(by, customerLines, lineDiscounts, totalDiscount, net, vat, payable);
    }

    /**
     * R-DEL-2: whether discounts totalling {@code discounts} on customer-pay lines worth
     * {@code customerLines} are within the limit: at most the percent of the lines and at most the
     * amount (at the limit is within it).
     */
    public static boolean withinLimit(BigDecimal discounts, BigDecimal customerLines, BigDecimal limitPercent, BigDecimal limitAmount) {
        return discounts.compareTo(limitAmount) <= 0 && discounts.compareTo(percentOf(customerLines, limitPercent)) <= 0;
    }

    /** Cash: what is applied to the balance and the change given back. */
    public record Cash(BigDecimal applied, BigDecimal change) {}

    public static Cash cash(BigDecimal tendered, BigDecimal balance) {
        BigDecimal applied = tendered.min(balance);
        return new Cash(applied, tendered.subtract(applied));
    }
}
