package com.fours.dms.repairorder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Prices the estimate. Exact decimals only (never double). Documented rounding:
 * <ul>
 * <li>each line is rounded once, HALF_UP to 0.01 of the store currency: a job is hours × labour rate
 * (× (1 + risk margin %) for SYMPTOM pricing, R-CHK-4), a part quantity × unit price, a fee its amount;</li>
 * <li>totals by pay type (R-CHK-7) are sums of the rounded lines;</li>
 * <li>VAT applies to the customer-pay subtotal only (warranty is claimed from the manufacturer, internal
 * and goodwill are not invoiced to the customer): tax = customer-pay × rate %, rounded HALF_UP to 0.01;</li>
 * <li>total = all lines + tax; the customer pays customer-pay + tax.</li>
 * </ul>
 * A DECLINED order keeps only its fee lines payable (R-CHK-3: diagnosis/estimate fee); a line the
 * customer declined is priced (to show what it would cost) but counts in no total (R-PRE-3).
 */
public final class EstimatePricing {
    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private EstimatePricing() {}

    /** R-CHK-4: a job's labour under its pricing mode. */
    public static BigDecimal labour(BigDecimal hours, BigDecimal rate, PricingMode mode, BigDecimal riskMarginPercent) {
        BigDecimal amount = hours.multiply(rate);
        if (mode == PricingMode.SYMPTOM) {
            amount = amount.multiply(BigDecimal.ONE.add(riskMarginPercent.divide(HUNDRED)));
        }
        return money(amount);
    }

    public static BigDecimal amount(RepairOrderLine l, BigDecimal riskMarginPercent) {
        return switch (l.kind) {
            case JOB -> labour(l.hours, l.labourRate, l.pricingMode, riskMarginPercent);
            case PART -> money(l.quantity.multiply(l.unitPrice));
            case FEE -> money(l.feeAmount);
        };
    }

    /** R-CHK-5: customer-supplied parts, and aftermarket parts on critical systems, carry no quality warranty. */
    public static boolean noQualityWarranty(PartSupplier supplier, PartGrade grade, boolean criticalSystem) {
        return supplier == PartSupplier.CUSTOMER || (grade == PartGrade.AFTERMARKET && criticalSystem);
    }

    /** The disclaimers a line carries (R-CHK-4 item pricing, R-CHK-5, R-CHK-6); computed, never typed. */
    public static List<DisclaimerCode> disclaimers(RepairOrderLine l) {
        List<DisclaimerCode> d = new ArrayList<>();
        if (l.kind == LineKind.PART && noQualityWarranty(l.supplier, l.grade, l.criticalSystem)) {
            d.add(DisclaimerCode.NO_QUALITY_WARRANTY);
        }
        if (l.kind == LineKind.JOB && l.pricingMode == PricingMode.ITEM) {
            d.add(DisclaimerCode.QUALITY_NOT_GUARANTEED);
        }
        if (l.kind == LineKind.JOB && l.disassemblyNote != null && !l.disassemblyNote.isBlank()) {
            d.add(DisclaimerCode.COST_AFTER_DISASSEMBLY);
        }
        return d;
    }

    /** A priced line for the totals. */
    public record Priced(LineKind kind, PayType payType, BigDecimal amount) {}

    public record Totals(BigDecimal customerPay, BigDecimal warranty, BigDecimal internal, BigDecimal goodwill,
            BigDecimal subtotal, BigDecimal tax, BigDecimal total, BigDecimal customerPayable) {}

    /** The order's totals as priced now: the lines the customer accepts (a declined order, also once released, counts its fees only, R-CHK-3). */
    public static Totals totals(RepairOrder o) {
        return totals(o.acceptedLines().stream().map(l -> new Priced(l.kind, l.payType, amount(l, o.symptomRiskMarginPercent))).toList(),
                o.taxRatePercent, o.declinedAt != null);
    }

    public static Totals totals(Collection<Priced> lines, BigDecimal taxRatePercent, boolean feesOnly) {
        BigDecimal customer = BigDecimal.ZERO.setScale(SCALE);
        BigDecimal warranty = customer;
        BigDecimal internal = customer;
        BigDecimal goodwill = customer;
        for (Priced p : lines) {
            if (feesOnly && p.kind() != LineKind.FEE) {
                continue;
            }
            switch (p.payType()) {
                case CUSTOMER -> customer = customer.add(p.amount());
                case WARRANTY -> warranty = warranty.add(p.amount());
                case INTERNAL -> internal = internal.add(p.amount());
                case GOODWILL -> goodwill = goodwill.add(p.amount());
            }
        }
        BigDecimal subtotal = customer.add(warranty).add(internal).add(goodwill);
        BigDecimal tax = tax(customer, taxRatePercent);
        return new Totals(customer, warranty, internal, goodwill, subtotal, tax, subtotal.add(tax), customer.add(tax));
    }

    /** VAT on a customer-pay subtotal: subtotal × rate %, rounded HALF_UP to 0.01. */
    public static BigDecimal tax(BigDecimal customerPay, BigDecimal taxRatePercent) {
        return money(customerPay.multiply(taxRatePercent).divide(HUNDRED));
    }

    /** What the customer pays for a customer-pay subtotal: the subtotal plus its VAT (the same rule as {@link #totals}). */
    public static BigDecimal customerPayable(BigDecimal customerPay, BigDecimal taxRatePercent) {
        BigDecimal net = money(customerPay);
        return net.add(tax(net, taxRatePercent));
    }

    public static BigDecimal money(BigDecimal v) {
        return v.setScale(SCALE, ROUNDING);
    }
}
