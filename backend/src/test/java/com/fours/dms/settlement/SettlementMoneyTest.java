package com.fours.dms.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fours.dms.repairorder.PayType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bill's arithmetic (R-DEL-1..3): exact to the fen, HALF_UP once per line, per percent discount and for the VAT. */
class SettlementMoneyTest {
    static final BigDecimal VAT = new BigDecimal("13.00");

    static BigDecimal m(String v) {
        return new BigDecimal(v);
    }

    static SettlementMoney.Billed customer(String amount, String discount) {
        return new SettlementMoney.Billed(PayType.CUSTOMER, m(amount), m(discount));
    }

    @Test
    void pricesIncludingVatContainItAndTheVatIsRoundedOnceHalfUp() {
        SettlementMoney.Totals t = SettlementMoney.totals(List.of(customer("100.00", "0.00")), m("0.00"), true, VAT);
        // 100 × 13 / 113 = 11.504… → 11.50
        assertEquals(m("11.50"), t.vat());
        assertEquals(m("88.50"), t.net());
        assertEquals(m("100.00"), t.customerPayable());
        // 0.05 × 13 / 113 = 0.00575… → 0.01 (half up, not truncated)
        assertEquals(m("0.01"), SettlementMoney.totals(List.of(customer("0.05", "0.00")), m("0.00"), true, VAT).vat());
    }

    @Test
    void pricesExcludingVatGetItAddedOnTop() {
        SettlementMoney.Totals t = SettlementMoney.totals(List.of(customer("238.00", "0.00")), m("0.00"), false, VAT);
        assertEquals(m("30.94"), t.vat());
        assertEquals(m("238.00"), t.net());
        assertEquals(m("268.94"), t.customerPayable());
        // 0.50 × 13 % = 0.065 → 0.07
        assertEquals(m("0.57"), SettlementMoney.totals(List.of(customer("0.50", "0.00")), m("0.00"), false, VAT).customerPayable());
    }

    @Test
    void warrantyInternalAndGoodwillLinesAreTotalledApartAndNotTheCustomers() {
        SettlementMoney.Totals t = SettlementMoney.totals(List.of(customer("150.00", "0.00"),
                new SettlementMoney.Billed(PayType.WARRANTY, m("420.00"), m("0.00")), new SettlementMoney.Billed(PayType.INTERNAL, m("30.00"), m("0.00")),
                new SettlementMoney.Billed(PayType.GOODWILL, m("12.34"), m("0.00"))), m("0.00"), false, VAT);
        assertEquals(m("169.50"), t.customerPayable());
        assertEquals(m("420.00"), t.byPayType().get(PayType.WARRANTY));
        assertEquals(m("30.00"), t.byPayType().get(PayType.INTERNAL));
        assertEquals(m("12.34"), t.byPayType().get(PayType.GOODWILL));
    }

    @Test
    void lineAndTotalDiscountsComeOffTheCustomerPayBeforeTheVat() {
        SettlementMoney.Totals t = SettlementMoney.totals(List.of(customer("150.00", "15.00"), customer("88.00", "0.00")), m("11.90"), true, VAT);
        assertEquals(m("238.00"), t.customerLines());
        assertEquals(m("211.10"), t.customerPayable());
        assertEquals(m("24.29"), t.vat(), "211.10 × 13 / 113 = 24.2858… → 24.29");
        assertEquals(m("186.81"), t.net());
        // a percent discount is rounded once: 10 % of 33.35 = 3.335 → 3.34
        assertEquals(m("3.34"), SettlementMoney.percentOf(m("33.35"), m("10")));
    }

    @Test
    void theDiscountLimitIsTheStricterOfThePercentAndTheAmountAndAtTheLimitIsWithinIt() {
        BigDecimal pct = m("5.00");
        BigDecimal amount = m("200.00");
        assertTrue(SettlementMoney.withinLimit(m("11.90"), m("238.00"), pct, amount), "5 % of 238.00 = 11.90: at the limit");
        assertFalse(SettlementMoney.withinLimit(m("11.91"), m("238.00"), pct, amount), "one fen over");
        assertTrue(SettlementMoney.withinLimit(m("200.00"), m("10000.00"), pct, amount), "the amount at its limit");
        assertFalse(SettlementMoney.withinLimit(m("200.01"), m("10000.00"), pct, amount), "5 % would allow 500.00, the amount only 200.00");
    }

    @Test
    void cashAboveTheBalanceIsGivenBackAsChangeAndPartCashLeavesABalance() {
        assertEquals(new SettlementMoney.Cash(m("138.00"), m("62.00")), SettlementMoney.cash(m("200.00"), m("138.00")));
        assertEquals(new SettlementMoney.Cash(m("100.00"), m("0.00")), SettlementMoney.cash(m("100.00"), m("138.00")));
        assertEquals(new SettlementMoney.Cash(m("138.00"), m("0.00")), SettlementMoney.cash(m("138.00"), m("138.00")));
    }
}
