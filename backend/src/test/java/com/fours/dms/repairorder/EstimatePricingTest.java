package com.fours.dms.repairorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-CHK-4 pricing modes, R-CHK-5/6 disclaimers, R-CHK-7 totals by pay type, and the documented rounding. */
class EstimatePricingTest {
    static final BigDecimal RATE = new BigDecimal("150.00");
    static final BigDecimal MARGIN = new BigDecimal("20.00");

    static RepairOrderLine job(String hours, PricingMode mode) {
        RepairOrderLine l = new RepairOrderLine();
        l.kind = LineKind.JOB;
        l.payType = PayType.CUSTOMER;
        l.hours = new BigDecimal(hours);
        l.labourRate = RATE;
        l.pricingMode = mode;
        return l;
    }

    static RepairOrderLine part(PartSupplier supplier, PartGrade grade, boolean critical) {
        RepairOrderLine l = new RepairOrderLine();
        l.kind = LineKind.PART;
        l.payType = PayType.CUSTOMER;
        l.quantity = new BigDecimal("3");
        l.unitPrice = new BigDecimal("33.335");
        l.supplier = supplier;
        l.grade = grade;
        l.criticalSystem = critical;
        return l;
    }

    @Test
    void systemPricingIsHoursTimesRate() {
        assertEquals(new BigDecimal("180.00"), EstimatePricing.amount(job("1.2", PricingMode.SYSTEM), MARGIN));
    }

    @Test
    void symptomPricingAddsTheStoresRiskMargin() {
        assertEquals(new BigDecimal("216.00"), EstimatePricing.amount(job("1.2", PricingMode.SYMPTOM), MARGIN));
        assertEquals(new BigDecimal("180.00"), EstimatePricing.amount(job("1.2", PricingMode.SYMPTOM), BigDecimal.ZERO));
    }

    @Test
    void itemPricingCostsLikeSystemButCarriesTheQualityNotice() {
        RepairOrderLine l = job("1.2", PricingMode.ITEM);
        assertEquals(new BigDecimal("180.00"), EstimatePricing.amount(l, MARGIN));
        assertEquals(List.of(DisclaimerCode.QUALITY_NOT_GUARANTEED), EstimatePricing.disclaimers(l));
        assertEquals(List.of(), EstimatePricing.disclaimers(job("1.2", PricingMode.SYSTEM)));
    }

    @Test
    void eachLineRoundsHalfUpToACent() {
        // 0.33 h × 150.00 = 49.50; symptom × 1.2 = 59.40; 0.01 h × 150.00 × 1.125 = 1.6875 → 1.69
        assertEquals(new BigDecimal("59.40"), EstimatePricing.amount(job("0.33", PricingMode.SYMPTOM), MARGIN));
        assertEquals(new BigDecimal("1.69"), EstimatePricing.labour(new BigDecimal("0.01"), RATE, PricingMode.SYMPTOM, new BigDecimal("12.5")));
        // 3 × 33.335 = 100.005 → 100.01 (HALF_UP, not banker's rounding)
        assertEquals(new BigDecimal("100.01"), EstimatePricing.amount(part(PartSupplier.DEALER, PartGrade.OEM, false), MARGIN));
    }

    @Test
    void customerSuppliedAndCriticalAftermarketPartsCarryNoQualityWarranty() {
        assertEquals(List.of(DisclaimerCode.NO_QUALITY_WARRANTY), EstimatePricing.disclaimers(part(PartSupplier.CUSTOMER, PartGrade.OEM, false)));
        assertEquals(List.of(DisclaimerCode.NO_QUALITY_WARRANTY), EstimatePricing.disclaimers(part(PartSupplier.DEALER, PartGrade.AFTERMARKET, true)));
        assertEquals(List.of(), EstimatePricing.disclaimers(part(PartSupplier.DEALER, PartGrade.AFTERMARKET, false)));
        assertEquals(List.of(), EstimatePricing.disclaimers(part(PartSupplier.DEALER, PartGrade.OEM, true)));
    }

    @Test
    void costAfterDisassemblyIsNotedOnTheJob() {
        RepairOrderLine l = job("3", PricingMode.SYSTEM);
        l.disassemblyNote = "变速箱内部需拆检后报价";
        assertEquals(List.of(DisclaimerCode.COST_AFTER_DISASSEMBLY), EstimatePricing.disclaimers(l));
        l.disassemblyNote = "  ";
        assertTrue(EstimatePricing.disclaimers(l).isEmpty());
    }

    @Test
    void totalsByPayTypeWithTaxOnTheCustomerPaySubtotalOnly() {
        var t = EstimatePricing.totals(List.of(
                new EstimatePricing.Priced(LineKind.JOB, PayType.CUSTOMER, new BigDecimal("180.00")),
                new EstimatePricing.Priced(LineKind.PART, PayType.CUSTOMER, new BigDecimal("100.01")),
                new EstimatePricing.Priced(LineKind.JOB, PayType.WARRANTY, new BigDecimal("300.00")),
                new EstimatePricing.Priced(LineKind.PART, PayType.INTERNAL, new BigDecimal("20.00")),
                new EstimatePricing.Priced(LineKind.FEE, PayType.GOODWILL, new BigDecimal("50.00"))), new BigDecimal("13.00"), false);
        assertEquals(new BigDecimal("280.01"), t.customerPay());
        assertEquals(new BigDecimal("300.00"), t.warranty());
        assertEquals(new BigDecimal("20.00"), t.internal());
        assertEquals(new BigDecimal("50.00"), t.goodwill());
        assertEquals(new BigDecimal("650.01"), t.subtotal());
        // 280.01 × 13 % = 36.4013 → 36.40
        assertEquals(new BigDecimal("36.40"), t.tax());
        assertEquals(new BigDecimal("686.41"), t.total());
        assertEquals(new BigDecimal("316.41"), t.customerPayable());
    }

    @Test
    void taxRoundsHalfUp() {
        // 0.50 × 13 % = 0.065 → 0.07
        var t = EstimatePricing.totals(List.of(new EstimatePricing.Priced(LineKind.FEE, PayType.CUSTOMER, new BigDecimal("0.50"))), new BigDecimal("13"), false);
        assertEquals(new BigDecimal("0.07"), t.tax());
    }

    @Test
    void aDeclinedOrderOwesOnlyItsFees() {
        var t = EstimatePricing.totals(List.of(
                new EstimatePricing.Priced(LineKind.JOB, PayType.CUSTOMER, new BigDecimal("180.00")),
                new EstimatePricing.Priced(LineKind.FEE, PayType.CUSTOMER, new BigDecimal("200.00"))), new BigDecimal("13.00"), true);
        assertEquals(new BigDecimal("200.00"), t.customerPay());
        assertEquals(new BigDecimal("26.00"), t.tax());
        assertEquals(new BigDecimal("226.00"), t.customerPayable());
    }
}
